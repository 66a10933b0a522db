import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { enqueueOutboxDelivery } from "@/lib/jobs/enqueue";
import type { RoleName } from "@/lib/authz/permissions";
import { addWeeks, weekStart } from "@/lib/time/week";
import { lastCompleteWeek, weekParam } from "./rules";
import { DIGEST_MESSAGE_KIND, digestDue, digestMail } from "./digest-rules";
import { loadDashboard } from "./queries";
import type { DashboardData } from "./types";

export type BuildDigestResult = {
  /** A Digest row was inserted by this call (false: it existed, or a concurrent call won). */
  created: boolean;
  /** Mails queued by this call (0 whenever `created` is false: a digest is mailed once). */
  queued: number;
  /** `force` replaced the stored figures of an existing digest. */
  rebuilt: boolean;
};

export type BuildDigestOptions = {
  now?: Date;
  /** Replace the stored figures of an existing digest (admins). Never mails again. */
  force?: boolean;
  /** Who asked (null: the weekly job). */
  actor?: Actor | null;
  timeZone?: string;
  /** The figures of a week; defaults to the dashboard's loadDashboard. */
  load?: (week: Date, now: Date) => Promise<DashboardData>;
};

/**
 * Builds the digest of a week and mails it, once. Idempotent and safe to run concurrently:
 * - a stored digest is left alone (no rebuild, no mail) unless `force`, which replaces its data
 *   but still sends nothing;
 * - the Digest row is inserted ON CONFLICT DO NOTHING: of two concurrent builds one inserts and
 *   mails, the other waits on the primary key, inserts nothing and mails nothing;
 * - the mails (one per active ADMIN and active subscriber) carry the dedupe key
 *   "digest:<week>:<user>" and are inserted ON CONFLICT DO NOTHING besides.
 * The row and its mails commit together, so a crash never leaves a digest nobody was told about.
 * The cost is loadDashboard (rollups only), so a build takes well under a second at any volume.
 */
export async function buildDigest(week: Date, opts: BuildDigestOptions = {}): Promise<BuildDigestResult> {
  const now = opts.now ?? new Date();
  const tz = opts.timeZone ?? env.ORG_TIME_ZONE;
  const start = weekStart(week, tz);
  const param = weekParam(start, tz);
  const exists = await db.digest.findUnique({ where: { weekStart: start }, select: { weekStart: true } });
  if (exists && !opts.force) return { created: false, queued: 0, rebuilt: false };

  const data = await (opts.load ?? loadDashboard)(start, now);
  const json = JSON.stringify(data);
  const mail = digestMail(data, env.NEXTAUTH_URL);

  const result = await db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "Digest" ("weekStart", "data", "builtAt", "mailed")
      VALUES (${start}, ${json}::jsonb, ${now}, 0)
      ON CONFLICT ("weekStart") DO NOTHING`;
    if (!inserted) {
      if (!opts.force) return { created: false, queued: 0, rebuilt: false };
      await tx.$executeRaw`UPDATE "Digest" SET "data" = ${json}::jsonb, "builtAt" = ${now} WHERE "weekStart" = ${start}`;
      await tx.auditEvent.create({ data: auditEntry(opts.actor ?? null, "digest.rebuild", "Digest", param, { week: param }) });
      return { created: false, queued: 0, rebuilt: true };
    }
    // One statement for every recipient; the unique dedupe key makes a repeat a no-op.
    const queued = await tx.$executeRaw`
      INSERT INTO "OutboxMessage" ("id", "dedupeKey", "kind", "toEmail", "toName", "subject", "body")
      SELECT gen_random_uuid(), 'digest:' || ${param} || ':' || u."id"::text, ${DIGEST_MESSAGE_KIND},
             u."email", u."name", ${mail.subject}, ${mail.body}
      FROM "User" u
      WHERE u."active" AND (u."role" = 'ADMIN' OR u."digestOptIn")
      ON CONFLICT ("dedupeKey") DO NOTHING`;
    await tx.$executeRaw`UPDATE "Digest" SET "mailed" = ${queued} WHERE "weekStart" = ${start}`;
    await tx.auditEvent.create({
      data: auditEntry(opts.actor ?? null, "digest.build", "Digest", param, { week: param, queued }),
    });
    return { created: true, queued, rebuilt: false };
  });
  // After commit: the job only speeds delivery up; the outbox sweep sends them anyway.
  if (result.queued > 0) await enqueueOutboxDelivery();
  return result;
}

/**
 * The weekly job: the digest of the last complete week (Monday–Sunday, org time) before `now`.
 * `catchUp` (a server starting up): only once the Monday run is due, so a restart at 03:00 on a
 * Monday leaves it to the 07:00 schedule; a restart any later builds a digest the job missed.
 */
export async function runDigestJob(
  opts: { now?: Date; timeZone?: string; catchUp?: boolean; load?: BuildDigestOptions["load"] } = {},
): Promise<BuildDigestResult & { week: string; skipped?: "notDue" }> {
  const now = opts.now ?? new Date();
  const tz = opts.timeZone ?? env.ORG_TIME_ZONE;
  const week = lastCompleteWeek(now, tz);
  const param = weekParam(week, tz);
  if (opts.catchUp && !digestDue(now, tz)) return { week: param, created: false, queued: 0, rebuilt: false, skipped: "notDue" };
  return { week: param, ...(await buildDigest(week, { now, timeZone: tz, load: opts.load })) };
}

/** Whether the week (a week start) has ended by `now`: only those get a digest. */
export function isCompleteWeek(start: Date, now: Date, timeZone: string): boolean {
  return addWeeks(start, 1, timeZone).getTime() <= now.getTime();
}

/**
 * An admin builds (or, with `force`, rebuilds) the digest of a complete week by hand.
 * @throws ForbiddenError (not an admin), NotFoundError (the week is not over yet)
 */
export async function buildDigestNow(actor: Actor, input: { week: Date; force?: boolean }, now = new Date()): Promise<BuildDigestResult & { week: string }> {
  assertCan(actor, "admin.manage");
  const tz = env.ORG_TIME_ZONE;
  const start = weekStart(input.week, tz);
  if (!isCompleteWeek(start, now, tz)) throw new NotFoundError("week");
  const result = await buildDigest(start, { now, force: input.force, actor });
  return { week: weekParam(start, tz), ...result };
}

export type DigestListItem = { week: string; weekStart: Date; lastDay: string; builtAt: Date; mailed: number };

/** Past digests, newest first (one a week: ten years is 520 rows). @throws ForbiddenError */
export async function listDigests(actor: Actor, opts: { limit?: number } = {}): Promise<DigestListItem[]> {
  assertCan(actor, "dashboard.read");
  const tz = env.ORG_TIME_ZONE;
  const rows = await db.digest.findMany({
    select: { weekStart: true, builtAt: true, mailed: true },
    orderBy: { weekStart: "desc" },
    take: Math.min(opts.limit ?? 520, 520),
  });
  return rows.map((r) => ({
    week: weekParam(r.weekStart, tz),
    weekStart: r.weekStart,
    lastDay: weekParam(new Date(addWeeks(r.weekStart, 1, tz).getTime() - 1), tz),
    builtAt: r.builtAt,
    mailed: r.mailed,
  }));
}

export type StoredDigest = { week: string; data: DashboardData; builtAt: Date; mailed: number };

/** The stored digest of a week, or null. @throws ForbiddenError */
export async function getDigest(actor: Actor, week: Date): Promise<StoredDigest | null> {
  assertCan(actor, "dashboard.read");
  const tz = env.ORG_TIME_ZONE;
  const start = weekStart(week, tz);
  const row = await db.digest.findUnique({ where: { weekStart: start }, select: { data: true, builtAt: true, mailed: true } });
  if (!row) return null;
  return { week: weekParam(start, tz), data: row.data as unknown as DashboardData, builtAt: row.builtAt, mailed: row.mailed };
}

/** How many people a digest built now would be mailed to (the confirmation names it). */
export async function countDigestRecipients(actor: Actor): Promise<number> {
  assertCan(actor, "admin.manage");
  return db.user.count({ where: { active: true, OR: [{ role: "ADMIN" }, { digestOptIn: true }] } });
}

export type Profile = { id: string; name: string; email: string; role: RoleName; digestOptIn: boolean };

/** The actor's own account (read-only fields and the digest opt-in). */
export async function getProfile(actor: Actor): Promise<Profile> {
  const user = await db.user.findFirst({
    where: { id: actor.id, active: true },
    select: { id: true, name: true, email: true, role: true, digestOptIn: true },
  });
  if (!user) throw new NotFoundError("user");
  return user;
}

/**
 * Turns the weekly digest mail on or off for the actor — only for the actor: there is no user id
 * in the input. Admins get it regardless (see buildDigest); their choice is still kept.
 * @throws NotFoundError (the account was deactivated meanwhile)
 */
export async function setDigestOptIn(actor: Actor, input: { optIn: boolean }): Promise<{ digestOptIn: boolean; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: actor.id, active: true }, select: { digestOptIn: true } });
    if (!before) throw new NotFoundError("user");
    if (before.digestOptIn === input.optIn) return { digestOptIn: input.optIn, changed: false };
    await tx.user.update({ where: { id: actor.id }, data: { digestOptIn: input.optIn } });
    await tx.auditEvent.create({
      data: auditEntry(actor, "user.digestOptIn", "User", actor.id, { from: before.digestOptIn, to: input.optIn }),
    });
    return { digestOptIn: input.optIn, changed: true };
  });
}
