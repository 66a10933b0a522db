/**
 * The board's read side against a real PostgreSQL: columns, ranking by the rules' impact score,
 * filters, sparklines and "inquiries removed" from ProblemWeek, and a problem's page. Rows are
 * inserted directly (rollup columns and ProblemWeek as the write side maintains them), so these
 * tests pin what the reads do with known numbers.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createCustomer, createInquiry, createTag } from "@/prisma/seed/factories";
import { getBoard } from "@/lib/board/queries";
import { getProblemDetail, getShipPreview, searchMergeTargets } from "@/lib/board/queries-detail";
import { rebuildProblemRollups } from "@/lib/board/rollups";
import { impactScore, type ProblemStatus } from "@/lib/board/rules";
import { addWeeks, weekStart } from "@/lib/time/week";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actorFor, allRoles, db, resetDb } from "./helpers";

const TZ = "Asia/Seoul";
// A Wednesday afternoon in Seoul: the current week began Monday 2026-06-15 00:00 KST.
const now = new Date("2026-06-17T06:00:00Z");
const thisWeek = weekStart(now, TZ);
const week = (n: number) => addWeeks(thisWeek, n, TZ);

let seq = 0;
async function problem(data: Partial<Prisma.ProblemUncheckedCreateInput> = {}) {
  seq++;
  return db.problem.create({ data: { title: `Problem ${seq}`, ...data } });
}

async function weeks(problemId: string, counts: Record<number, number>) {
  await db.problemWeek.createMany({
    data: Object.entries(counts).map(([offset, count]) => ({ problemId, weekStart: week(Number(offset)), count })),
  });
}

const titles = (board: Awaited<ReturnType<typeof getBoard>>, status: ProblemStatus) =>
  board.columns.find((c) => c.status === status)!.cards.map((c) => c.title);

describe("getBoard", () => {
  beforeEach(resetDb);

  it("returns five columns, ranks each by the rules' impact score, and never shows merged problems", async () => {
    const actor = await actorFor("MEMBER");
    // 2 churned × 3 + 1 buyer × 2 = 8 people-points; 2 of 4 inquiries recent → × 1.5 = 12.
    const big = await problem({ title: "Big", status: "REPORTED", linkedCount: 4, customerCount: 3, churnedCustomers: 2, buyerCustomers: 1 });
    await weeks(big.id, { 0: 1, [-3]: 1, [-4]: 2 });
    // 5 prospects × 0.5 = 2.5, nothing recent.
    await problem({ title: "Wide but light", status: "REPORTED", linkedCount: 5, customerCount: 5, prospectCustomers: 5 });
    // 4 users × 1.5 = 6, all recent → × 2 = 12: ties with Big on score; more links ranks first.
    const tie = await problem({ title: "Tie, more links", status: "REPORTED", linkedCount: 6, customerCount: 4, userCustomers: 4 });
    await weeks(tie.id, { [-1]: 6 });
    await problem({ title: "Accepted one", status: "ACCEPTED", linkedCount: 1, customerCount: 1, userCustomers: 1 });
    await problem({ title: "Declined one", status: "DECLINED" });
    const target = await problem({ title: "Merge target", status: "IN_PROGRESS", linkedCount: 2, customerCount: 1, buyerCustomers: 1 });
    await problem({ title: "Merged away", status: "REPORTED", mergedIntoId: target.id, linkedCount: 9, customerCount: 9, churnedCustomers: 9 });

    const board = await getBoard(actor, {}, { now });
    expect(board.columns.map((c) => c.status)).toEqual(["REPORTED", "ACCEPTED", "IN_PROGRESS", "SHIPPED", "DECLINED"]);
    expect(titles(board, "REPORTED")).toEqual(["Tie, more links", "Big", "Wide but light"]);
    expect(titles(board, "IN_PROGRESS")).toEqual(["Merge target"]);
    expect(board.columns.map((c) => c.total)).toEqual([3, 1, 1, 0, 1]);
    const bigCard = board.columns[0].cards.find((c) => c.title === "Big")!;
    expect(bigCard.impact).toBe(12);
    expect(bigCard.impact).toBe(impactScore({ customersByType: bigCard.customersByType, linkedCount: 4, recentCount: 2 }));
    expect(bigCard).toMatchObject({
      number: big.number, linkedCount: 4, customerCount: 3, csat: null, version: 1, owner: null, removed: null,
      customersByType: { CHURNED: 2, BUYER: 1, USER: 0, PROSPECT: 0, INTERNAL: 0 },
    });
    expect(board.columns.flatMap((c) => c.cards).some((c) => c.title === "Merged away")).toBe(false);
  });

  it("uses the admin's CustomerTypeWeight rows over the defaults", async () => {
    const actor = await actorFor("AGENT");
    await problem({ title: "Prospects", linkedCount: 3, customerCount: 3, prospectCustomers: 3 });
    await problem({ title: "Churned", linkedCount: 1, customerCount: 1, churnedCustomers: 1 });
    expect(titles(await getBoard(actor, {}, { now }), "REPORTED")).toEqual(["Churned", "Prospects"]); // 3 vs 1.5
    await db.customerTypeWeight.create({ data: { type: "PROSPECT", weight: 4 } });
    const board = await getBoard(actor, {}, { now });
    expect(titles(board, "REPORTED")).toEqual(["Prospects", "Churned"]); // 12 vs 3
    expect(board.columns[0].cards[0].impact).toBe(12);
  });

  it("builds an 8-week sparkline from ProblemWeek, oldest first, the current week last", async () => {
    const actor = await actorFor("PRODUCT");
    const p = await problem({ linkedCount: 10, customerCount: 1, userCustomers: 1 });
    await weeks(p.id, { [-8]: 5, [-7]: 1, [-2]: 3, 0: 2 });
    const board = await getBoard(actor, {}, { now });
    expect(board.sparklineWeeks).toHaveLength(8);
    expect(board.sparklineWeeks[0]).toEqual(week(-7));
    expect(board.sparklineWeeks[7]).toEqual(thisWeek);
    expect(board.columns[0].cards[0].sparkline).toEqual([1, 0, 0, 0, 0, 3, 0, 2]);
    // Recent = the current week and the 3 before: 3 + 2 of 10 → × 1.5.
    expect(board.columns[0].cards[0].impact).toBe(2.3); // 1 user × 1.5 × 1.5 = 2.25 → 2.3
  });

  it("filters by owner (an id, me, none), by customer type (rollup > 0) and by a linked inquiry's tag", async () => {
    const product = await actorFor("PRODUCT", "Pat Product");
    const other = await actorFor("ADMIN");
    const billing = await createTag(db, { name: "billing" });
    const bug = await createTag(db, { name: "bug" });
    const mine = await problem({ title: "Mine", ownerId: product.id, churnedCustomers: 1, customerCount: 1, linkedCount: 1 });
    await problem({ title: "Theirs", ownerId: other.id, buyerCustomers: 1, customerCount: 1, linkedCount: 1 });
    const nobody = await problem({ title: "Nobody's", status: "ACCEPTED" });
    await createInquiry(db, { problemId: mine.id, tagIds: [billing.id] });
    await createInquiry(db, { problemId: nobody.id, tagIds: [bug.id] });
    await createInquiry(db, { tagIds: [billing.id] }); // not linked: matches no problem
    // The filter reads the ProblemTag rollup (kept by the write side, tests/integration/board-links.test.ts).
    await db.problemTag.createMany({ data: [{ problemId: mine.id, tagId: billing.id, inquiryCount: 1 }, { problemId: nobody.id, tagId: bug.id, inquiryCount: 1 }] });

    const all = (b: Awaited<ReturnType<typeof getBoard>>) => b.columns.flatMap((c) => c.cards.map((x) => x.title)).sort();
    expect(all(await getBoard(product, { owner: "me" }, { now }))).toEqual(["Mine"]);
    expect(all(await getBoard(product, { owner: other.id }, { now }))).toEqual(["Theirs"]);
    expect(all(await getBoard(product, { owner: "none" }, { now }))).toEqual(["Nobody's"]);
    expect(all(await getBoard(product, { customerType: "CHURNED" }, { now }))).toEqual(["Mine"]);
    expect(all(await getBoard(product, { customerType: "BUYER" }, { now }))).toEqual(["Theirs"]);
    expect(all(await getBoard(product, { customerType: "PROSPECT" }, { now }))).toEqual([]);
    expect(all(await getBoard(product, { tag: billing.id }, { now }))).toEqual(["Mine"]);
    expect(all(await getBoard(product, { tag: bug.id }, { now }))).toEqual(["Nobody's"]);
    expect(all(await getBoard(product, { tag: billing.id, owner: other.id }, { now }))).toEqual([]);
    const mineCard = (await getBoard(product, { owner: "me" }, { now })).columns[0].cards[0];
    expect(mineCard.owner).toEqual({ id: product.id, name: "Pat Product" });
  });

  it("shows the top 50 of a column with a count of the rest, and pages the column on its own", async () => {
    const actor = await actorFor("MEMBER");
    await db.problem.createMany({
      data: Array.from({ length: 53 }, (_, i) => ({ title: `P${String(i).padStart(2, "0")}`, linkedCount: i, customerCount: i, userCustomers: i })),
    });
    const board = await getBoard(actor, {}, { now });
    const reported = board.columns[0];
    expect(reported.total).toBe(53);
    expect(reported.cards).toHaveLength(50);
    expect(reported.more).toBe(3);
    expect(reported.cards[0].title).toBe("P52");
    const column = await getBoard(actor, { column: "REPORTED" }, { now });
    expect(column.columns).toHaveLength(1);
    expect(column.columns[0].cards).toHaveLength(53);
    expect(column.columns[0].more).toBe(0);
    expect(column.columnView).toEqual({ status: "REPORTED", page: 1, pageCount: 1 });
    expect(column.columns[0].cards.at(-1)!.title).toBe("P00");
  });

  it("computes inquiries removed for shipped cards from the 4 weeks before and after the ship week", async () => {
    const actor = await actorFor("MEMBER");
    // Shipped on Thursday of the week 6 weeks ago.
    const shippedAt = new Date(week(-6).getTime() + 3 * 86_400_000 + 5 * 3_600_000);
    const p = await problem({ title: "Fixed", status: "SHIPPED", shippedAt, linkedCount: 30, customerCount: 8, userCustomers: 8 });
    // Before: weeks -10..-7 = 4, 6, 5, 5 (mean 5); ship week -6 = 9 (in neither); after: -5..-2 = 1, 0, 1, 0 (mean 0.5).
    await weeks(p.id, { [-11]: 40, [-10]: 4, [-9]: 6, [-8]: 5, [-7]: 5, [-6]: 9, [-5]: 1, [-4]: 0, [-3]: 1, [-2]: 0, [-1]: 7 });
    const board = await getBoard(actor, {}, { now });
    const card = board.columns.find((c) => c.status === "SHIPPED")!.cards[0];
    expect(card.removed).toEqual({ beforePerWeek: 5, afterPerWeek: 0.5, removedPerWeek: 4.5, weeksAfterElapsed: 4 });

    const detail = await getProblemDetail(actor, p.id, { now });
    expect(detail.removed).toMatchObject({ shipWeek: week(-6), beforePerWeek: 5, afterPerWeek: 0.5, removedPerWeek: 4.5 });
    expect(detail.removed!.before).toEqual([
      { weekStart: week(-10), count: 4 }, { weekStart: week(-9), count: 6 }, { weekStart: week(-8), count: 5 }, { weekStart: week(-7), count: 5 },
    ]);
    expect(detail.removed!.after.map((w) => w.count)).toEqual([1, 0, 1, 0]);
  });

  it("agrees with the rollups rebuilt from real linked inquiries (week keys, customers, inquiries removed)", async () => {
    const actor = await actorFor("MEMBER");
    const shippedAt = new Date(week(-6).getTime() + 2 * 86_400_000);
    const p = await problem({ title: "From links", status: "SHIPPED", shippedAt });
    const buyer = await createCustomer(db, { type: "BUYER" });
    const churned = await createCustomer(db, { type: "CHURNED" });
    // Thursday 10:00 Seoul of week n; late Sunday night Seoul (still that week) for the second one.
    const thursday = (n: number) => new Date(week(n).getTime() + 3 * 86_400_000 + 10 * 3_600_000);
    const sundayNight = (n: number) => new Date(week(n).getTime() + 6 * 86_400_000 + 23.5 * 3_600_000);
    const perWeek: [number, number][] = [[-10, 2], [-9, 1], [-8, 3], [-7, 2], [-6, 4], [-5, 1], [-2, 1], [0, 2]];
    let k = 0;
    for (const [n, count] of perWeek) {
      for (let i = 0; i < count; i++, k++) {
        await createInquiry(db, { problemId: p.id, customerId: k % 2 ? churned.id : buyer.id, createdAt: i % 2 ? sundayNight(n) : thursday(n) });
      }
    }
    await rebuildProblemRollups(db, [p.id], { timeZone: TZ });

    const card = (await getBoard(actor, {}, { now })).columns.find((c) => c.status === "SHIPPED")!.cards[0];
    // Before: 2, 1, 3, 2 (mean 2); ship week 4 in neither; after: 1, 0, 0, 1 (mean 0.5).
    expect(card.removed).toEqual({ beforePerWeek: 2, afterPerWeek: 0.5, removedPerWeek: 1.5, weeksAfterElapsed: 4 });
    expect(card).toMatchObject({ linkedCount: 16, customerCount: 2, customersByType: { BUYER: 1, CHURNED: 1, USER: 0, INTERNAL: 0, PROSPECT: 0 } });
    expect(card.sparkline).toEqual([2, 4, 1, 0, 0, 1, 0, 2]); // weeks -7 … 0
    const detail = await getProblemDetail(actor, p.id, { now });
    expect(detail.removed!.before.map((w) => w.count)).toEqual([2, 1, 3, 2]);
    expect(detail.removed!.after.map((w) => w.count)).toEqual([1, 0, 0, 1]);
    expect(detail.weekly.find((w) => w.weekStart.getTime() === week(-6).getTime())?.count).toBe(4);
    expect(detail.customers.map((c) => c.type).sort()).toEqual(["BUYER", "CHURNED"]);
  });

  it("says how many weeks after shipping have begun when the fix is recent", async () => {
    const actor = await actorFor("MEMBER");
    const p = await problem({ status: "SHIPPED", shippedAt: new Date(week(-2).getTime() + 86_400_000) });
    await weeks(p.id, { [-3]: 8, [-1]: 1 });
    const card = (await getBoard(actor, {}, { now })).columns[3].cards[0];
    expect(card.removed).toEqual({ beforePerWeek: 2, afterPerWeek: 0.25, removedPerWeek: 1.75, weeksAfterElapsed: 2 });
  });

  it("every role may read the board", async () => {
    await problem({ title: "Visible" });
    for (const role of allRoles) {
      const board = await getBoard(await actorFor(role), {}, { now });
      expect(titles(board, "REPORTED"), role).toEqual(["Visible"]);
    }
  });
});

describe("getProblemDetail", () => {
  beforeEach(resetDb);

  it("returns the problem, its history with actor names, customers, weekly chart and impact in parts", async () => {
    const product = await actorFor("PRODUCT", "Pat Product");
    const agent = await actorFor("AGENT", "Ann Agent");
    const p = await problem({
      title: "Export fails", description: "CSV export times out", status: "DECLINED", declineReason: "Works as designed",
      ownerId: product.id, createdById: agent.id, createdAt: week(-3), linkedCount: 3, customerCount: 2,
      churnedCustomers: 1, buyerCustomers: 1,
    });
    const churned = await createCustomer(db, { name: "Lee Churned", type: "CHURNED" });
    const buyer = await createCustomer(db, { name: "Kim Buyer", type: "BUYER" });
    await db.problemCustomer.createMany({
      data: [
        { problemId: p.id, customerId: churned.id, customerType: "CHURNED", inquiryCount: 1, lastInquiryAt: week(-1) },
        { problemId: p.id, customerId: buyer.id, customerType: "BUYER", inquiryCount: 2, lastInquiryAt: week(-2) },
      ],
    });
    await weeks(p.id, { [-2]: 2, [-1]: 1 });
    await db.problemEvent.createMany({
      data: [
        { problemId: p.id, kind: "CREATED", actorId: agent.id, createdAt: week(-3) },
        { problemId: p.id, kind: "COMMENT", actorId: agent.id, body: "Customers <b>keep</b> asking", createdAt: week(-2) },
        { problemId: p.id, kind: "STATUS", actorId: product.id, data: { from: "REPORTED", to: "DECLINED", reason: "Works as designed" }, createdAt: week(-1) },
      ],
    });

    const detail = await getProblemDetail(product, p.id, { now });
    expect(detail).toMatchObject({
      number: p.number, title: "Export fails", description: "CSV export times out", status: "DECLINED",
      declineReason: "Works as designed", owner: { id: product.id, name: "Pat Product" }, createdBy: { id: agent.id, name: "Ann Agent" },
      version: 1, mergedInto: null, removed: null, linkedCount: 3, customerCount: 2,
    });
    expect(detail.events.map((e) => [e.kind, e.actor?.name])).toEqual([["CREATED", "Ann Agent"], ["COMMENT", "Ann Agent"], ["STATUS", "Pat Product"]]);
    expect(detail.events[1].body).toBe("Customers <b>keep</b> asking");
    expect(detail.events[2].data).toEqual({ from: "REPORTED", to: "DECLINED", reason: "Works as designed" });
    expect(detail.customers.map((c) => [c.name, c.type, c.inquiryCount])).toEqual([["Kim Buyer", "BUYER", 2], ["Lee Churned", "CHURNED", 1]]);
    // Created 3 weeks ago: the chart starts then, not 12 weeks back.
    expect(detail.weekly).toEqual([
      { weekStart: week(-3), count: 0 }, { weekStart: week(-2), count: 2 }, { weekStart: week(-1), count: 1 }, { weekStart: week(0), count: 0 },
    ]);
    // (1 churned × 3 + 1 buyer × 2) × (1 + 3/3) = 10.
    expect(detail.impact).toEqual({
      score: 10, people: 5, linkedCount: 3, recentCount: 3, recentWeeks: 4, recencyShare: 1,
      terms: [{ type: "CHURNED", customers: 1, weight: 3, points: 3 }, { type: "BUYER", customers: 1, weight: 2, points: 2 }],
      weights: { CHURNED: 3, BUYER: 2, USER: 1.5, INTERNAL: 1, PROSPECT: 0.5 },
    });
    expect(detail.allowedMoves).toEqual(["REPORTED"]);
    expect(detail.permissions).toEqual({ manage: true, push: true, comment: true });
    expect(detail.owners.map((o) => o.id)).toContain(product.id);

    const asAgent = await getProblemDetail(agent, p.id, { now });
    expect(asAgent.allowedMoves).toEqual([]);
    expect(asAgent.permissions).toEqual({ manage: false, push: true, comment: true });
    expect(asAgent.owners).toEqual([]);
    const asMember = await getProblemDetail(await actorFor("MEMBER"), p.id, { now });
    expect(asMember.title).toBe("Export fails");
    expect(asMember.permissions).toEqual({ manage: false, push: false, comment: false });
  });

  it("lists linked inquiries newest first with verbatim quotes, 20 a page by keyset", async () => {
    const actor = await actorFor("MEMBER");
    const p = await problem();
    const customer = await createCustomer(db, { name: "박지수", type: "USER" });
    const long = `결제 화면에서 ${"계속 오류가 납니다 ".repeat(40)}끝`;
    const created = [];
    for (let i = 0; i < 23; i++) {
      created.push(await createInquiry(db, {
        problemId: p.id, customerId: customer.id, subject: `Inquiry ${i}`, body: i === 22 ? long : `Body ${i}`,
        // Two share a timestamp across the page boundary: the id breaks the tie, neither is lost.
        createdAt: new Date(Date.UTC(2026, 5, 1, 0, i === 2 ? 3 : i)),
      }));
    }
    await createInquiry(db, { subject: "Not linked" });

    const first = await getProblemDetail(actor, p.id, { now });
    expect(first.inquiries.items).toHaveLength(20);
    expect(first.inquiries.items[0]).toMatchObject({ subject: "Inquiry 22", customer: { id: customer.id, name: "박지수" }, customerType: "USER", status: "NEW" });
    const quote = first.inquiries.items[0].quote;
    expect(quote.endsWith("…")).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(281);
    expect(long.startsWith(quote.slice(0, -1))).toBe(true);
    expect(first.inquiries.nextCursor).not.toBeNull();

    const second = await getProblemDetail(actor, p.id, { now, cursor: first.inquiries.nextCursor });
    expect(second.inquiries.nextCursor).toBeNull();
    const seen = [...first.inquiries.items, ...second.inquiries.items].map((i) => i.id);
    expect(new Set(seen).size).toBe(23);
    expect(seen).not.toContain((await db.inquiry.findFirstOrThrow({ where: { subject: "Not linked" } })).id);
    // A tampered cursor reads as the first page.
    expect((await getProblemDetail(actor, p.id, { now, cursor: "nonsense" })).inquiries.items[0].subject).toBe("Inquiry 22");
  });

  it("points a merged problem at its target and offers no moves", async () => {
    const product = await actorFor("PRODUCT");
    const target = await problem({ title: "Target" });
    const source = await problem({ title: "Source", mergedIntoId: target.id });
    const detail = await getProblemDetail(product, source.id, { now });
    expect(detail.mergedInto).toEqual({ id: target.id, number: target.number, title: "Target" });
    expect(detail.allowedMoves).toEqual([]);
    expect((await getProblemDetail(product, target.id, { now })).mergedFrom.map((m) => m.title)).toEqual(["Source"]);
  });

  it("throws NotFoundError for a missing or malformed id", async () => {
    const actor = await actorFor("ADMIN");
    await expect(getProblemDetail(actor, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProblemDetail(actor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("searchMergeTargets", () => {
  beforeEach(resetDb);

  it("finds by number or title, never the problem itself or a merged one; only board managers may ask", async () => {
    const product = await actorFor("PRODUCT");
    const self = await problem({ title: "Login loop on Safari" });
    const other = await problem({ title: "로그인 반복 오류 (Safari)" });
    const gone = await problem({ title: "Safari login again", mergedIntoId: other.id });
    expect((await searchMergeTargets(product, self.id, "safari")).map((c) => c.id)).toEqual([other.id]);
    expect((await searchMergeTargets(product, self.id, "로그인")).map((c) => c.id)).toEqual([other.id]);
    expect((await searchMergeTargets(product, self.id, `#${other.number}`)).map((c) => c.id)).toEqual([other.id]);
    expect(await searchMergeTargets(product, self.id, String(self.number))).toEqual([]);
    expect((await searchMergeTargets(product, self.id, String(gone.number))).map((c) => c.id)).toEqual([]);
    await expect(searchMergeTargets(await actorFor("AGENT"), self.id, "safari")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("getShipPreview", () => {
  beforeEach(resetDb);

  it("counts the open linked inquiries and the linked customers with an email; board managers only", async () => {
    const product = await actorFor("PRODUCT");
    const p = await problem({ status: "IN_PROGRESS" });
    const withEmail = await createCustomer(db, { email: "a@example.com" });
    const noEmail = await createCustomer(db, { email: null });
    await createInquiry(db, { problemId: p.id, customerId: withEmail.id, status: "OPEN" });
    await createInquiry(db, { problemId: p.id, customerId: withEmail.id, status: "RESOLVED" });
    await createInquiry(db, { problemId: p.id, customerId: noEmail.id, status: "NEW" });
    await createInquiry(db, { customerId: withEmail.id, status: "OPEN" }); // not linked
    await db.problemCustomer.createMany({
      data: [
        { problemId: p.id, customerId: withEmail.id, customerType: "USER", inquiryCount: 2, lastInquiryAt: now },
        { problemId: p.id, customerId: noEmail.id, customerType: "USER", inquiryCount: 1, lastInquiryAt: now },
      ],
    });
    expect(await getShipPreview(product, p.id)).toEqual({ openLinked: 2, notifiable: 1 });
    await expect(getShipPreview(await actorFor("AGENT"), p.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getShipPreview(product, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});
