/**
 * The weekly digest: built once per week, mailed once per recipient (admins + subscribers, active
 * only) however often or concurrently the job runs; the job picks the last complete week in the
 * org time zone; admins build by hand; the profile opt-in changes only the actor's own setting.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createInquiry, createUser } from "@/prisma/seed/factories";
import { buildDigest, buildDigestNow, getDigest, getProfile, listDigests, runDigestJob, setDigestOptIn } from "@/lib/dashboard/digest";
import { DIGEST_MESSAGE_KIND, digestDedupeKey } from "@/lib/dashboard/digest-rules";
import { weekParam } from "@/lib/dashboard/rules";
import { runningBoss, startJobs, stopJobs, DIGEST_WEEKLY } from "@/lib/jobs/boss";
import { lastCompleteWeek } from "@/lib/dashboard/rules";
import { digestDue } from "@/lib/dashboard/digest-rules";
import { actorFromUser } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { actorFor, db, resetDb } from "./helpers";

const TZ = "Asia/Seoul";
/** Monday 2026-11-16 00:00 in Seoul (= Sunday 15:00 UTC). */
const WEEK = new Date("2026-11-15T15:00:00Z");
const WEEK_PARAM = "2026-11-16";
/** Tuesday of the week after: the week of WEEK is complete. */
const NOW = new Date("2026-11-24T01:00:00Z");

/** Recipients and non-recipients: who must and must not get the mail. */
async function seedPeople() {
  const admin = await createUser(db, { role: "ADMIN", name: "Founder", email: "founder@loopdesk.test" });
  const subscriber = await createUser(db, { role: "MEMBER", name: "Marketer", email: "marketer@loopdesk.test", digestOptIn: true });
  const inactiveAdmin = await createUser(db, { role: "ADMIN", email: "gone-admin@loopdesk.test", active: false });
  const inactiveSubscriber = await createUser(db, { role: "PRODUCT", email: "gone@loopdesk.test", active: false, digestOptIn: true });
  const agent = await createUser(db, { role: "AGENT", email: "agent@loopdesk.test" });
  return { admin, subscriber, inactiveAdmin, inactiveSubscriber, agent };
}

async function seedWeek() {
  // Three inquiries in the week (one at its very first second, one at its very last), one before, one after.
  await createInquiry(db, { createdAt: new Date("2026-11-15T15:00:00Z"), subject: "월요일 0시 문의" });
  await createInquiry(db, { createdAt: new Date("2026-11-18T03:00:00Z"), channel: "CHAT" });
  await createInquiry(db, { createdAt: new Date("2026-11-22T14:59:59Z") });
  await createInquiry(db, { createdAt: new Date("2026-11-15T14:59:59Z") });
  await createInquiry(db, { createdAt: new Date("2026-11-22T15:00:00Z") });
}

const digestMails = () => db.outboxMessage.findMany({ where: { kind: DIGEST_MESSAGE_KIND }, orderBy: { toEmail: "asc" } });

describe("buildDigest", () => {
  beforeEach(resetDb);

  it("stores the week's figures once and mails each active admin and subscriber once, however often it runs", async () => {
    const people = await seedPeople();
    await seedWeek();

    const first = await buildDigest(WEEK, { now: NOW });
    expect(first).toEqual({ created: true, queued: 2, rebuilt: false });
    const second = await buildDigest(WEEK, { now: NOW });
    expect(second).toEqual({ created: false, queued: 0, rebuilt: false });

    const digests = await db.digest.findMany();
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ weekStart: WEEK, mailed: 2 });
    const data = digests[0].data as { week: { param: string }; inquiries: { total: { current: number } } };
    expect(data.week.param).toBe(WEEK_PARAM);
    expect(data.inquiries.total.current).toBe(3);

    const mails = await digestMails();
    expect(mails.map((m) => m.toEmail)).toEqual(["founder@loopdesk.test", "marketer@loopdesk.test"]);
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(
      [digestDedupeKey(WEEK_PARAM, people.admin.id), digestDedupeKey(WEEK_PARAM, people.subscriber.id)].sort(),
    );
    for (const m of mails) {
      expect(m.status).toBe("PENDING");
      expect(m.subject).toContain(WEEK_PARAM);
      expect(m.body).toContain(`http://localhost:3000/digest/${WEEK_PARAM}`);
      expect(m.body).toContain("문의: 3건");
      expect(m.body).toContain("Inquiries: 3");
    }
    const audits = await db.auditEvent.findMany({ where: { action: "digest.build" } });
    expect(audits).toEqual([expect.objectContaining({ entityType: "Digest", entityId: WEEK_PARAM, actorId: null })]);
  });

  it("concurrent builds of the same week insert one digest and one mail per recipient", async () => {
    await seedPeople();
    await seedWeek();
    const results = await Promise.all([1, 2, 3, 4].map(() => buildDigest(WEEK, { now: NOW })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(2);
    expect(await db.digest.count()).toBe(1);
    expect((await digestMails()).map((m) => m.toEmail)).toEqual(["founder@loopdesk.test", "marketer@loopdesk.test"]);
  });

  it("leaves out inactive people and agents who did not subscribe; a later subscriber gets only later weeks", async () => {
    const people = await seedPeople();
    await buildDigest(WEEK, { now: NOW });
    const to = (await digestMails()).map((m) => m.toEmail);
    expect(to).not.toContain("gone-admin@loopdesk.test");
    expect(to).not.toContain("gone@loopdesk.test");
    expect(to).not.toContain("agent@loopdesk.test");

    await setDigestOptIn(actorFromUser(people.agent), { optIn: true });
    await buildDigest(WEEK, { now: NOW });
    expect(await db.outboxMessage.count({ where: { toEmail: "agent@loopdesk.test" } })).toBe(0);
    await buildDigest(new Date("2026-11-22T15:00:00Z"), { now: new Date("2026-12-01T00:00:00Z") });
    expect(await db.outboxMessage.count({ where: { toEmail: "agent@loopdesk.test" } })).toBe(1);
  });

  it("a forced rebuild replaces the figures and mails nobody again", async () => {
    await seedPeople();
    await buildDigest(WEEK, { now: NOW });
    await createInquiry(db, { createdAt: new Date("2026-11-19T00:00:00Z") });
    const admin = await actorFor("ADMIN");

    const rebuilt = await buildDigestNow(admin, { week: WEEK, force: true }, NOW);
    expect(rebuilt).toMatchObject({ week: WEEK_PARAM, created: false, queued: 0, rebuilt: true });
    const digest = await db.digest.findUniqueOrThrow({ where: { weekStart: WEEK } });
    expect((digest.data as { inquiries: { total: { current: number } } }).inquiries.total.current).toBe(1);
    expect(digest.mailed).toBe(2);
    expect(await digestMails()).toHaveLength(2);
    expect(await db.auditEvent.count({ where: { action: "digest.rebuild", actorId: admin.id } })).toBe(1);
  });
});

describe("runDigestJob (the weekly job's handler)", () => {
  beforeEach(resetDb);

  it("builds the last complete Seoul week: Sunday 23:59 is still the week before, Monday 00:00 the week that just ended", async () => {
    await seedPeople();
    // Sunday 2026-11-22 23:59:59 in Seoul: the week of the 16th is not over yet.
    const sunday = await runDigestJob({ now: new Date("2026-11-22T14:59:59Z"), timeZone: TZ });
    expect(sunday).toMatchObject({ week: "2026-11-09", created: true });
    // One second later it is Monday 00:00 in Seoul (still Sunday in UTC).
    const monday = await runDigestJob({ now: new Date("2026-11-22T15:00:00Z"), timeZone: TZ });
    expect(monday).toMatchObject({ week: WEEK_PARAM, created: true, queued: 2 });
    const weeks = (await db.digest.findMany({ orderBy: { weekStart: "asc" } })).map((d) => weekParam(d.weekStart, TZ));
    expect(weeks).toEqual(["2026-11-09", WEEK_PARAM]);
    // The job running again the same morning sends nothing.
    expect(await runDigestJob({ now: new Date("2026-11-22T22:00:00Z"), timeZone: TZ })).toMatchObject({ created: false, queued: 0 });
    expect(await digestMails()).toHaveLength(4);
  });

  it("a catch-up at start waits for Monday 07:00, then builds a missed digest", async () => {
    await seedPeople();
    // Monday 06:59 Seoul: leave it to the scheduled run.
    expect(await runDigestJob({ now: new Date("2026-11-22T21:59:00Z"), timeZone: TZ, catchUp: true })).toMatchObject({ skipped: "notDue", created: false });
    expect(await db.digest.count()).toBe(0);
    // Wednesday: the Monday run was missed (server down) — build it now.
    expect(await runDigestJob({ now: new Date("2026-11-25T02:00:00Z"), timeZone: TZ, catchUp: true })).toMatchObject({ week: WEEK_PARAM, created: true });
  });

  it("the worker schedules Monday 07:00 in the org time zone and catches up last week at start", async () => {
    await seedPeople();
    try {
      await startJobs({ transport: async () => null, pollingIntervalSeconds: 0.5, schedule: true });
      const boss = await runningBoss();
      expect(boss).not.toBeNull();
      const schedules = await db.$queryRaw<{ name: string; cron: string; timezone: string }[]>`
        SELECT name, cron, timezone FROM pgboss.schedule WHERE name = ${DIGEST_WEEKLY}`;
      expect(schedules).toEqual([{ name: DIGEST_WEEKLY, cron: "0 7 * * 1", timezone: "Asia/Seoul" }]);
      const now = new Date();
      if (digestDue(now, TZ)) {
        const week = lastCompleteWeek(now, TZ);
        let digest = null;
        for (let k = 0; k < 150 && !digest; k++) {
          digest = await db.digest.findUnique({ where: { weekStart: week } });
          if (!digest) await new Promise((r) => setTimeout(r, 100));
        }
        expect(digest).not.toBeNull();
      }
    } finally {
      await stopJobs();
    }
  }, 60_000);
});

describe("digest pages' reads and the admin build", () => {
  beforeEach(resetDb);

  it("every role reads the digests; only admins build, and only weeks that are over", async () => {
    await buildDigest(WEEK, { now: NOW });
    for (const role of ["ADMIN", "AGENT", "PRODUCT", "MEMBER"] as const) {
      const actor = await actorFor(role);
      expect((await listDigests(actor)).map((d) => [d.week, d.lastDay])).toEqual([[WEEK_PARAM, "2026-11-22"]]);
      expect((await getDigest(actor, new Date("2026-11-18T00:00:00Z")))?.data.week.param).toBe(WEEK_PARAM);
      expect(await getDigest(actor, new Date("2026-11-01T00:00:00Z"))).toBeNull();
    }
    const member = await actorFor("MEMBER");
    await expect(buildDigestNow(member, { week: new Date("2026-11-09T00:00:00Z") }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await actorFor("ADMIN");
    // The week containing NOW is not over.
    await expect(buildDigestNow(admin, { week: NOW }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await buildDigestNow(admin, { week: new Date("2026-11-09T00:00:00Z") }, NOW)).toMatchObject({ week: "2026-11-09", created: true });
    expect(await db.auditEvent.count({ where: { action: "digest.build", actorId: admin.id } })).toBe(1);
  });
});

describe("profile digest opt-in", () => {
  beforeEach(resetDb);

  it("changes only the actor's own setting, with an audit event; a no-op writes nothing", async () => {
    const me = await actorFor("MEMBER");
    const other = await actorFor("MEMBER");
    expect((await getProfile(me)).digestOptIn).toBe(false);
    expect(await setDigestOptIn(me, { optIn: true })).toEqual({ digestOptIn: true, changed: true });
    expect(await setDigestOptIn(me, { optIn: true })).toEqual({ digestOptIn: true, changed: false });
    expect(await getProfile(me)).toMatchObject({ id: me.id, role: "MEMBER", digestOptIn: true });
    expect((await getProfile(other)).digestOptIn).toBe(false);
    const audits = await db.auditEvent.findMany({ where: { action: "user.digestOptIn" } });
    expect(audits).toEqual([expect.objectContaining({ actorId: me.id, entityId: me.id, data: { from: false, to: true } })]);

    await db.user.update({ where: { id: me.id }, data: { active: false } });
    await expect(setDigestOptIn(me, { optIn: false })).rejects.toBeInstanceOf(NotFoundError);
  });
});
