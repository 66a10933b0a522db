import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { rebuildProblemRollups, reconcileProblemRollups, weekStartSql } from "@/lib/board/rollups";
import { weekStart } from "@/lib/time/week";
import { createCustomer, createInquiry, createTag } from "@/prisma/seed/factories";
import { db, resetDb } from "./helpers";

// The seed and the bench insert links directly and then call rebuildProblemRollups: if it
// miscounts, every card on the board (counts, customer types, sparkline, impact) is wrong.

const TZ = "Asia/Seoul";

beforeEach(resetDb);

async function problem(title = "Login fails") {
  return db.problem.create({ data: { title } });
}

describe("rebuildProblemRollups", () => {
  it("recomputes counts, distinct customers by the type of their latest inquiry, and weeks", async () => {
    const p = await problem();
    const other = await problem("Other");
    const alice = await createCustomer(db, { type: "PROSPECT" });
    const bob = await createCustomer(db, { type: "BUYER" });
    // Alice asked twice: first as a prospect, later as a buyer (the latest snapshot wins).
    const a1 = await createInquiry(db, { customerId: alice.id, customerType: "PROSPECT", createdAt: new Date("2026-03-02T01:00:00Z"), problemId: p.id });
    const a2 = await createInquiry(db, { customerId: alice.id, customerType: "BUYER", createdAt: new Date("2026-03-10T01:00:00Z"), problemId: p.id });
    // Sunday 23:30 in Seoul is still the week of Monday 2026-03-02 (local), though UTC says Sunday 14:30.
    const b1 = await createInquiry(db, { customerId: bob.id, createdAt: new Date("2026-03-08T14:30:00Z"), problemId: p.id });
    await createInquiry(db, { customerId: bob.id }); // not linked
    // Stale values a rebuild must overwrite.
    await db.problem.update({ where: { id: other.id }, data: { linkedCount: 9, customerCount: 4, userCustomers: 4 } });

    await rebuildProblemRollups(db, undefined, { timeZone: TZ });

    const stored = await db.problem.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored).toMatchObject({
      linkedCount: 3, customerCount: 2, buyerCustomers: 2, prospectCustomers: 0, userCustomers: 0,
      lastLinkedAt: a2.createdAt,
    });
    const customers = await db.problemCustomer.findMany({ where: { problemId: p.id }, orderBy: { inquiryCount: "desc" } });
    expect(customers.map((c) => [c.customerId, c.customerType, c.inquiryCount])).toEqual([
      [alice.id, "BUYER", 2],
      [bob.id, "BUYER", 1],
    ]);
    const weeks = await db.problemWeek.findMany({ where: { problemId: p.id }, orderBy: { weekStart: "asc" } });
    expect(weeks.map((w) => [w.weekStart.toISOString(), w.count])).toEqual([
      [weekStart(a1.createdAt, TZ).toISOString(), 2],
      [weekStart(a2.createdAt, TZ).toISOString(), 1],
    ]);
    expect(weekStart(b1.createdAt, TZ).toISOString()).toBe(weekStart(a1.createdAt, TZ).toISOString());
    expect(await db.problem.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ linkedCount: 0, customerCount: 0, userCustomers: 0, lastLinkedAt: null });
    expect(await reconcileProblemRollups(db, { timeZone: TZ })).toEqual([]);
  });

  it("counts linked inquiries per (problem, subject); reconcile reports a wrong, missing or stray row", async () => {
    const p = await problem();
    const other = await problem("Other");
    for (let k = 0; k < 3; k++) await createInquiry(db, { subject: "App crashes on startup", problemId: p.id });
    await createInquiry(db, { subject: "앱이 자꾸 꺼져요", problemId: p.id });
    await createInquiry(db, { subject: "App crashes on startup", problemId: other.id });
    await createInquiry(db, { subject: "App crashes on startup" }); // not linked

    await rebuildProblemRollups(db, undefined, { timeZone: TZ });
    const rows = await db.problemSubject.findMany({ orderBy: [{ count: "desc" }, { subject: "asc" }] });
    expect(rows.map((r) => [r.problemId, r.subject, r.count])).toEqual([
      [p.id, "App crashes on startup", 3],
      [other.id, "App crashes on startup", 1],
      [p.id, "앱이 자꾸 꺼져요", 1],
    ]);
    expect(await reconcileProblemRollups(db, { timeZone: TZ })).toEqual([]);

    await db.problemSubject.update({ where: { problemId_subject: { problemId: p.id, subject: "App crashes on startup" } }, data: { count: 2 } });
    await db.problemSubject.delete({ where: { problemId_subject: { problemId: p.id, subject: "앱이 자꾸 꺼져요" } } });
    await db.problemSubject.create({ data: { problemId: other.id, subject: "Refund please", count: 1 } });
    const diffs = await reconcileProblemRollups(db, { timeZone: TZ });
    expect(diffs.map(({ table, problemId, key, stored, expected }) => ({ table, problemId, key, stored, expected }))).toEqual(
      expect.arrayContaining([
        { table: "ProblemSubject", problemId: p.id, key: "App crashes on startup", stored: "2", expected: "3" },
        { table: "ProblemSubject", problemId: p.id, key: "앱이 자꾸 꺼져요", stored: null, expected: "1" },
        { table: "ProblemSubject", problemId: other.id, key: "Refund please", stored: "1", expected: null },
      ]),
    );
    expect(diffs).toHaveLength(3);
  });

  it("counts linked inquiries per (problem, tag); reconcile reports a wrong, missing or stray row", async () => {
    const p = await problem();
    const other = await problem("Other");
    const [bug, billing, login] = await Promise.all(["bug", "billing", "login"].map((name) => createTag(db, { name })));
    await createInquiry(db, { problemId: p.id, tagIds: [bug.id, billing.id] });
    await createInquiry(db, { problemId: p.id, tagIds: [bug.id] });
    await createInquiry(db, { problemId: p.id });
    await createInquiry(db, { problemId: other.id, tagIds: [bug.id] });
    await createInquiry(db, { tagIds: [login.id, bug.id] }); // not linked
    // A stale row a rebuild must remove.
    await db.problemTag.create({ data: { problemId: other.id, tagId: login.id, inquiryCount: 4 } });

    await rebuildProblemRollups(db, undefined, { timeZone: TZ });
    const rows = await db.problemTag.findMany({ orderBy: [{ inquiryCount: "desc" }, { problemId: "asc" }, { tagId: "asc" }] });
    const byKey = (r: { problemId: string; tagId: string; inquiryCount: number }) => `${r.problemId === p.id ? "p" : "other"}:${[bug, billing, login].find((t) => t.id === r.tagId)!.name}=${r.inquiryCount}`;
    expect(rows.map(byKey).sort()).toEqual(["other:bug=1", "p:billing=1", "p:bug=2"]);
    expect(await reconcileProblemRollups(db, { timeZone: TZ })).toEqual([]);

    await db.problemTag.update({ where: { problemId_tagId: { problemId: p.id, tagId: bug.id } }, data: { inquiryCount: 1 } });
    await db.problemTag.delete({ where: { problemId_tagId: { problemId: p.id, tagId: billing.id } } });
    await db.problemTag.create({ data: { problemId: other.id, tagId: login.id, inquiryCount: 1 } });
    const diffs = await reconcileProblemRollups(db, { timeZone: TZ });
    expect(diffs.map(({ table, problemId, key, stored, expected }) => ({ table, problemId, key, stored, expected }))).toEqual(
      expect.arrayContaining([
        { table: "ProblemTag", problemId: p.id, key: bug.id, stored: "1", expected: "2" },
        { table: "ProblemTag", problemId: p.id, key: billing.id, stored: null, expected: "1" },
        { table: "ProblemTag", problemId: other.id, key: login.id, stored: "1", expected: null },
      ]),
    );
    expect(diffs).toHaveLength(3);
  });

  it("rebuilds only the listed problems, and works inside a transaction", async () => {
    const p = await problem();
    const q = await problem("Other");
    const tag = await createTag(db);
    await createInquiry(db, { problemId: p.id, tagIds: [tag.id] });
    await createInquiry(db, { problemId: q.id, tagIds: [tag.id] });
    await db.$transaction((tx) => rebuildProblemRollups(tx, [p.id], { timeZone: TZ }));
    expect((await db.problem.findUniqueOrThrow({ where: { id: p.id } })).linkedCount).toBe(1);
    expect((await db.problem.findUniqueOrThrow({ where: { id: q.id } })).linkedCount).toBe(0);
    const diffs = await reconcileProblemRollups(db, { timeZone: TZ });
    expect(diffs.map((d) => [d.table, d.problemId])).toEqual(
      expect.arrayContaining([["Problem", q.id], ["ProblemCustomer", q.id], ["ProblemWeek", q.id], ["ProblemSubject", q.id], ["ProblemTag", q.id]]),
    );
    expect(diffs.every((d) => d.problemId === q.id)).toBe(true);
    expect(await db.problemTag.findMany({ select: { problemId: true, inquiryCount: true } })).toEqual([{ problemId: p.id, inquiryCount: 1 }]);
  });

  it("computes week starts like lib/time/week.ts around local midnight", async () => {
    const instants = [
      "2026-01-04T14:59:59.999Z", "2026-01-04T15:00:00.000Z", "2026-06-30T23:00:00Z", "2026-12-27T15:00:00Z",
    ].map((s) => new Date(s));
    for (const zone of [TZ, "America/New_York", "Europe/Berlin"]) {
      for (const at of instants) {
        const [row] = await db.$queryRaw<{ wk: Date }[]>`SELECT ${weekStartSql(Prisma.sql`${at}::timestamp`, zone)} AS wk`;
        expect(row.wk.toISOString(), `${zone} ${at.toISOString()}`).toBe(weekStart(at, zone).toISOString());
      }
    }
  });
});
