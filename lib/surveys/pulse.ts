import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { roles, type RoleName } from "@/lib/authz/permissions";
import { messageLanguage } from "@/lib/board/rules";
import { FieldError } from "@/lib/errors";
import { enqueueOutboxDelivery } from "@/lib/jobs/enqueue";
import { weekStart } from "@/lib/time/week";
import { PULSE_MESSAGE_KIND, pulseMail, surveyDedupeKey } from "./mail";
import { surveyUrl } from "./requests";
import { PULSE_MAX, pulseFigures, SURVEY_TTL_MS } from "./rules";
import { surveyExpiry } from "./token";
import { sendPulseSchema, type PulseAudience, type SendPulseInput } from "./send-schema";

/** Comments shown per pulse (newest first); the count says how many there are in all. */
export const PULSE_COMMENTS_SHOWN = 50;
/** Past pulses listed on the admin page. */
export const PULSES_LISTED = 20;

export type SendPulseResult = { pulseId: string; recipients: number; created: boolean };

const roleOf = (audience: PulseAudience): RoleName | null => (audience === "ALL" ? null : audience);

async function pulseByKey(idempotencyKey: string): Promise<Omit<SendPulseResult, "created"> | null> {
  const pulse = await db.surveyPulse.findUnique({
    where: { idempotencyKey },
    select: { id: true, _count: { select: { requests: true } } },
  });
  return pulse ? { pulseId: pulse.id, recipients: pulse._count.requests } : null;
}

/**
 * Sends an employee-satisfaction pulse (1–5 with a comment) to every ACTIVE user of the audience
 * (everyone, or one role): one survey request and one outbox mail per person, set-based, in one
 * transaction. The idempotency key (one per form render) makes a retried or double submit — also
 * two at the same time — return the first pulse instead of asking everyone twice: the insert of
 * the pulse does nothing on a key conflict (waiting for the other transaction to commit first).
 * @throws ForbiddenError, FieldError("audience", "pulseNoRecipients")
 */
export async function sendPulse(actor: Actor, input: SendPulseInput): Promise<SendPulseResult> {
  assertCan(actor, "surveys.manage");
  const { question, audience, idempotencyKey } = sendPulseSchema.parse(input);
  const earlier = await pulseByKey(idempotencyKey);
  if (earlier) return { ...earlier, created: false };
  const role = roleOf(audience);
  const now = new Date();
  const week = weekStart(now, env.ORG_TIME_ZONE);
  const expiresAt = surveyExpiry(now, SURVEY_TTL_MS);
  const language = messageLanguage(question);

  const sent = await db.$transaction(async (tx) => {
    const [pulse] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "SurveyPulse" ("id", "question", "audience", "createdById", "idempotencyKey", "createdAt")
      VALUES (gen_random_uuid(), ${question}, ${role}::"Role", ${actor.id}::uuid, ${idempotencyKey}, ${now})
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING "id"::text AS "id"`;
    if (!pulse) return null;
    const requests = await tx.$queryRaw<{ id: string; email: string; name: string; expiresAt: Date }[]>`
      INSERT INTO "SurveyRequest" ("id", "form", "pulseId", "staffId", "recipientEmail", "recipientName", "weekStart", "expiresAt", "createdAt")
      SELECT gen_random_uuid(), 'PULSE', ${pulse.id}::uuid, u."id", u."email", u."name", ${week}, ${expiresAt}, ${now}
      FROM "User" u
      WHERE u."active" AND (${role}::"Role" IS NULL OR u."role" = ${role}::"Role")
      RETURNING "id"::text AS "id", "recipientEmail" AS "email", "recipientName" AS "name", "expiresAt"`;
    if (!requests.length) throw new FieldError("audience", "pulseNoRecipients");
    const mails = requests.map((r) => ({
      key: surveyDedupeKey(r.id),
      email: r.email,
      name: r.name,
      ...pulseMail({ recipientName: r.name, question, link: surveyUrl(r) }, language),
    }));
    await tx.$executeRaw`
      INSERT INTO "OutboxMessage" ("id", "dedupeKey", "kind", "toEmail", "toName", "subject", "body", "status", "sendAfter", "createdAt")
      SELECT gen_random_uuid(), m.key, ${PULSE_MESSAGE_KIND}, m.email, m.name, m.subject, m.body, 'PENDING', ${now}, ${now}
      FROM unnest(
        ${mails.map((m) => m.key)}::text[], ${mails.map((m) => m.email)}::text[], ${mails.map((m) => m.name)}::text[],
        ${mails.map((m) => m.subject)}::text[], ${mails.map((m) => m.body)}::text[]
      ) AS m(key, email, name, subject, body)
      ON CONFLICT ("dedupeKey") DO NOTHING`;
    await tx.auditEvent.create({
      data: auditEntry(actor, "survey.pulse.send", "SurveyPulse", pulse.id, { question, audience, recipients: requests.length }),
    });
    return { pulseId: pulse.id, recipients: requests.length };
  });

  if (!sent) {
    // The same key committed first in another transaction: that is the pulse.
    const first = await pulseByKey(idempotencyKey);
    if (!first) throw new Error("pulse idempotency key conflict without a pulse");
    return { ...first, created: false };
  }
  await enqueueOutboxDelivery();
  return { ...sent, created: true };
}

/** How many active people each audience reaches (the send form confirms the number). */
export async function pulseAudienceSizes(actor: Actor): Promise<Record<PulseAudience, number>> {
  assertCan(actor, "surveys.manage");
  const rows = await db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } });
  const sizes = Object.fromEntries(roles.map((r) => [r, 0])) as Record<PulseAudience, number>;
  sizes.ALL = 0;
  for (const row of rows) {
    sizes[row.role] = row._count._all;
    sizes.ALL += row._count._all;
  }
  return sizes;
}

export type PulseResult = {
  id: string;
  question: string;
  audience: PulseAudience;
  createdAt: Date;
  createdBy: string | null;
  /** People asked (one request each). */
  sent: number;
  figures: ReturnType<typeof pulseFigures>;
  /** Answers per score 1–5 (index 0 is score 1). */
  distribution: number[];
  /** Newest first, text only: nothing says who wrote what. */
  comments: string[];
  commentCount: number;
};

type PulseRow = {
  id: string; question: string; audience: RoleName | null; createdAt: Date; createdBy: string | null;
  sent: number; responses: number; sum: number; high: number; distribution: number[]; commentCount: number;
};

/**
 * The latest pulses with their results: how many were asked and answered, the mean and share of
 * 4–5 (pulseFigures), the spread of scores and the comments. Answers are anonymous here: no
 * respondent is selected, and comments come without a time or score that could point at someone.
 * @throws ForbiddenError
 */
export async function listPulses(actor: Actor): Promise<PulseResult[]> {
  assertCan(actor, "surveys.manage");
  const scores = Array.from({ length: PULSE_MAX }, (_, k) => k + 1);
  // Responses are reached through their requests (pulseId on the request is the source of truth).
  const rows = await db.$queryRaw<PulseRow[]>`
    WITH recent AS (
      SELECT p."id", p."question", p."audience", p."createdAt", p."createdById"
      FROM "SurveyPulse" p ORDER BY p."createdAt" DESC, p."id" DESC LIMIT ${PULSES_LISTED}
    )
    SELECT p."id"::text AS "id", p."question", p."audience"::text AS "audience", p."createdAt", u."name" AS "createdBy",
           count(q."id")::int AS "sent",
           count(r."pulseScore")::int AS "responses",
           coalesce(sum(r."pulseScore"), 0)::int AS "sum",
           count(*) FILTER (WHERE r."pulseScore" >= 4)::int AS "high",
           ARRAY[${Prisma.join(scores.map((score) => Prisma.sql`count(*) FILTER (WHERE r."pulseScore" = ${score})::int`))}] AS "distribution",
           count(*) FILTER (WHERE btrim(coalesce(r."comment", '')) <> '')::int AS "commentCount"
    FROM recent p
    LEFT JOIN "User" u ON u."id" = p."createdById"
    LEFT JOIN "SurveyRequest" q ON q."pulseId" = p."id"
    LEFT JOIN "SurveyResponse" r ON r."requestId" = q."id"
    GROUP BY p."id", p."question", p."audience", p."createdAt", u."name"
    ORDER BY p."createdAt" DESC, p."id" DESC`;
  if (!rows.length) return [];
  const comments = await db.$queryRaw<{ pulseId: string; comment: string }[]>`
    SELECT c."pulseId", c."comment" FROM (
      SELECT q."pulseId"::text AS "pulseId", r."comment", r."createdAt", r."id",
             row_number() OVER (PARTITION BY q."pulseId" ORDER BY r."createdAt" DESC, r."id" DESC) AS n
      FROM "SurveyResponse" r JOIN "SurveyRequest" q ON q."id" = r."requestId"
      WHERE q."pulseId" = ANY(${rows.map((r) => r.id)}::uuid[]) AND btrim(coalesce(r."comment", '')) <> ''
    ) c
    WHERE c.n <= ${PULSE_COMMENTS_SHOWN}
    ORDER BY c."createdAt" DESC, c."id" DESC`;
  const byPulse = new Map<string, string[]>();
  for (const c of comments) {
    const list = byPulse.get(c.pulseId) ?? [];
    list.push(c.comment);
    byPulse.set(c.pulseId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    audience: r.audience ?? "ALL",
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    sent: r.sent,
    figures: pulseFigures({ count: r.responses, sum: r.sum, high: r.high }),
    distribution: r.distribution.map(Number),
    comments: byPulse.get(r.id) ?? [],
    commentCount: r.commentCount,
  }));
}
