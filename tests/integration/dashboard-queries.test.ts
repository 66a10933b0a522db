import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createProblem } from "@/lib/board/mutations";
import {
  DASHBOARD_LIST_MAX, dashboardStatements, dashboardWeekOptions, getDashboard, loadDashboard, resolveDashboardWeek,
} from "@/lib/dashboard/queries";
import { reconcileDashboardRollups } from "@/lib/dashboard/rollups";
import type { DashboardData } from "@/lib/dashboard/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { NO_AGENT } from "@/lib/surveys/rules";
import { lastCompleteWeek } from "@/lib/dashboard/rules";
import { demoNow, seedDemo } from "@/prisma/seed/demo";
import { seedDemoVisibility } from "@/prisma/seed/demo-visibility";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, allRoles, db, resetDb } from "./helpers";

// The dashboard's figures against a small fixture whose every number is worked out by hand below.
// Weeks are Seoul weeks: W1 = Mon 2026-03-02 (from 2026-03-01T15:00Z), W2 = Mon 2026-03-09 (from
// 2026-03-08T15:00Z). "Now" is Wednesday of the week after W2, so W2 is the last complete week.

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-03-18T03:00:00.000Z");
const W1 = new Date("2026-03-01T15:00:00.000Z");
const W2 = new Date("2026-03-08T15:00:00.000Z");
const iso = (s: string) => new Date(s);

type Fixture = Awaited<ReturnType<typeof buildFixture>>;

async function buildFixture() {
  const admin = await actorFor("ADMIN", "Ada Admin");
  const product = await actorFor("PRODUCT", "Pia Product");
  const member = await actorFor("MEMBER", "Mo Member");
  const member2 = await actorFor("MEMBER", "Mia Member");
  const agent = await actorFor("AGENT", "Gus Agent");

  const buyer = await createCustomer(db, { type: "BUYER", name: "Buyer Co" });
  const user = await createCustomer(db, { type: "USER", name: "Una User" });
  const internal = await createCustomer(db, { type: "INTERNAL", name: "Field Team", email: null });
  const noEmail = await createCustomer(db, { type: "USER", name: "No Mail", email: null });
  const churner = await createCustomer(db, { type: "BUYER", name: "Leaving Ltd" });
  const churner2 = await createCustomer(db, { type: "BUYER", name: "Gone Before" });
  const billing = await db.tag.create({ data: { name: "billing" } });
  const bug = await db.tag.create({ data: { name: "bug" } });

  const far = iso("2026-04-30T00:00:00.000Z"); // not yet due at NOW
  const closed = { status: "CLOSED" as const, dueAt: far };
  // W1 (4): a1 is Sunday 23:30 Seoul, the last half hour of W1.
  const a1 = await createInquiry(db, { ...closed, customerId: buyer.id, channel: "EMAIL", createdAt: iso("2026-03-08T14:30:00Z"), tagIds: [billing.id] });
  const a2 = await createInquiry(db, { ...closed, customerId: user.id, channel: "PHONE", createdAt: iso("2026-03-03T01:00:00Z"), tagIds: [billing.id, bug.id] });
  const a3 = await createInquiry(db, { ...closed, status: "RESOLVED", customerId: internal.id, channel: "INTERNAL", createdAt: iso("2026-03-04T01:00:00Z") });
  await createInquiry(db, { ...closed, customerId: churner.id, channel: "EMAIL", createdAt: iso("2026-03-05T01:00:00Z"), body: "First question" });
  // W2 (6): b1 is Monday 00:30 Seoul, the first hour of W2.
  const b1 = await createInquiry(db, { ...closed, customerId: buyer.id, channel: "EMAIL", createdAt: iso("2026-03-08T15:30:00Z"), tagIds: [billing.id] });
  const b2 = await createInquiry(db, { status: "OPEN", dueAt: iso("2026-03-17T00:00:00Z"), customerId: buyer.id, channel: "CHAT", createdAt: iso("2026-03-10T02:00:00Z"), tagIds: [bug.id] });
  const b3 = await createInquiry(db, { status: "PENDING", dueAt: far, customerId: user.id, channel: "CHAT", createdAt: iso("2026-03-11T02:00:00Z") });
  const b4 = await createInquiry(db, { ...closed, status: "RESOLVED", customerId: internal.id, channel: "INTERNAL", createdAt: iso("2026-03-12T02:00:00Z") });
  const b5 = await createInquiry(db, {
    ...closed, customerId: churner.id, channel: "EMAIL", createdAt: iso("2026-03-12T05:00:00Z"),
    subject: "Invoice doubled", body: "We were charged twice again. <b>Cancel</b> if this happens once more.",
  });
  await createInquiry(db, { status: "NEW", dueAt: iso("2026-03-15T00:00:00Z"), customerId: churner.id, customerType: "CHURNED", channel: "PHONE", createdAt: iso("2026-03-14T01:00:00Z") });
  // Older: two in W2−3 (inside the 28 days of W2), one in W2−4 (outside).
  const o1 = await createInquiry(db, { ...closed, customerId: user.id, channel: "WEB_FORM", createdAt: iso("2026-02-17T01:00:00Z") });
  const o2 = await createInquiry(db, { ...closed, customerId: user.id, channel: "WEB_FORM", createdAt: iso("2026-02-18T01:00:00Z") });
  const o3 = await createInquiry(db, { ...closed, customerId: noEmail.id, channel: "WEB_FORM", createdAt: iso("2026-02-10T01:00:00Z") });

  // Service times (the triggers file them under the week of the event).
  const setTimes = (id: string, data: Prisma.InquiryUpdateInput) => db.inquiry.update({ where: { id }, data });
  await setTimes(a2.id, { firstResponseAt: new Date(a2.createdAt.getTime() + HOUR) }); // W1: 1h
  await setTimes(b1.id, { firstResponseAt: new Date(b1.createdAt.getTime() + 30 * MINUTE) }); // W2: 30m
  await setTimes(b2.id, { firstResponseAt: new Date(b2.createdAt.getTime() + 2 * HOUR) }); // W2: 2h
  await setTimes(b3.id, { firstResponseAt: new Date(b3.createdAt.getTime() + 3 * HOUR + 12 * MINUTE) }); // W2: 3h 12m
  // Internal fulfillment in W2: a3 resolved late (6 days, due after 1), b4 within target (3h).
  await setTimes(a3.id, { dueAt: iso("2026-03-05T01:00:00Z"), resolvedAt: iso("2026-03-10T01:00:00Z") });
  await setTimes(b4.id, { dueAt: iso("2026-03-13T02:00:00Z"), resolvedAt: iso("2026-03-12T05:00:00Z") });

  // Problems. P1: a1 (W1), b1 + b2 (W2). P2: b3. P3: o1 (W2−3), shipped in W2 with a queued
  // "it's fixed" message. P4: o3 (no email: nobody to tell), shipped in W2. P5: o2, shipped in W2,
  // nobody told yet.
  const { problemId: p1 } = await createProblem(admin, { title: "Double charge", inquiryIds: [a1.id, b1.id, b2.id] });
  const { problemId: p2 } = await createProblem(admin, { title: "Chat freezes", inquiryIds: [b3.id] });
  const { problemId: p3 } = await createProblem(admin, { title: "Printer timeout", inquiryIds: [o1.id] });
  const { problemId: p4 } = await createProblem(admin, { title: "Grey photos", inquiryIds: [o3.id] });
  const { problemId: p5 } = await createProblem(admin, { title: "Export fails", inquiryIds: [o2.id] });
  const setProblem = (id: string, data: Prisma.ProblemUpdateInput) => db.problem.update({ where: { id }, data });
  await setProblem(p1, { status: "ACCEPTED", createdAt: iso("2026-03-05T00:00:00Z"), respondedAt: iso("2026-03-10T00:00:00Z") }); // 5 days
  await setProblem(p2, { status: "DECLINED", createdAt: iso("2026-03-09T00:00:00Z"), respondedAt: iso("2026-03-11T00:00:00Z") }); // 2 days
  await setProblem(p3, { status: "SHIPPED", createdAt: iso("2026-03-01T00:00:00Z"), respondedAt: iso("2026-03-12T00:00:00Z"), shippedAt: iso("2026-03-12T03:00:00Z") }); // 11 days
  await setProblem(p4, { status: "SHIPPED", createdAt: iso("2026-02-20T00:00:00Z"), respondedAt: iso("2026-03-03T00:00:00Z"), shippedAt: iso("2026-03-13T03:00:00Z") });
  await setProblem(p5, { status: "SHIPPED", createdAt: iso("2026-02-20T00:00:00Z"), shippedAt: iso("2026-03-14T03:00:00Z") });
  await db.outboxMessage.create({
    data: { dedupeKey: `problem-shipped:${p3}:${user.id}`, kind: "problem.shipped", toEmail: user.email!, problemId: p3, customerId: user.id, subject: "Fixed", body: "Fixed" },
  });

  // Churn: churner leaves in W2 (two inquiries before), churner2 left in W1.
  const price = await db.churnReasonCategory.create({ data: { name: "Price" } });
  await db.customer.update({ where: { id: churner.id }, data: { type: "CHURNED", churnedAt: iso("2026-03-13T00:00:00Z"), churnReason: "Too expensive", churnReasonCategoryId: price.id } });
  await db.customerTypeChange.create({ data: { customerId: churner.id, fromType: "BUYER", toType: "CHURNED", reason: "Too expensive", reasonCategoryId: price.id, createdAt: iso("2026-03-13T00:00:00Z") } });
  await db.customerTypeChange.create({ data: { customerId: churner2.id, fromType: "BUYER", toType: "CHURNED", reason: "Moved", createdAt: iso("2026-03-03T00:00:00Z") } });

  // Surveys: the rollup rows (by request week) and the low-score answers behind the voices.
  const survey = (weekStart: Date, channel: "EMAIL" | "CHAT" | "INTERNAL", customerType: "BUYER" | "USER" | "INTERNAL", t: number[]) => ({
    weekStart, agentId: NO_AGENT, channel, customerType,
    requests: t[0], responses: t[1], csatCount: t[2], csatSum: t[3], csatHigh: t[4], cesCount: t[5], cesSum: t[6], cesHigh: t[7],
  });
  await db.surveyWeek.createMany({
    data: [
      survey(W2, "EMAIL", "BUYER", [4, 3, 3, 10, 2, 2, 8, 1]), // CSAT 4, 5, 1; CES 6, 2
      survey(W2, "CHAT", "USER", [2, 1, 1, 5, 1, 0, 0, 0]), // CSAT 5
      survey(W2, "INTERNAL", "INTERNAL", [2, 2, 2, 8, 1, 0, 0, 0]), // CSAT 3, 5
      survey(W1, "EMAIL", "USER", [2, 2, 2, 6, 1, 1, 7, 1]), // CSAT 2, 4; CES 7
    ],
  });
  const answer = async (inquiry: { id: string; channel: string; customerType: string }, csat: number, comment: string | null, createdAt: Date) => {
    const request = await db.surveyRequest.create({
      data: { form: "CSAT", inquiryId: inquiry.id, weekStart: W2, expiresAt: iso("2026-04-30T00:00:00Z"), answeredAt: createdAt },
    });
    await db.surveyResponse.create({
      data: {
        requestId: request.id, csatScore: csat, comment, low: csat <= 2, inquiryId: inquiry.id, weekStart: W2,
        channel: inquiry.channel as never, customerType: inquiry.customerType as never, createdAt,
      },
    });
  };
  await answer(b1, 1, "Terrible <script>alert(1)</script> wait", iso("2026-03-13T01:00:00Z"));
  await answer(b2, 2, "Slow", iso("2026-03-12T01:00:00Z"));
  await answer(b3, 2, "   ", iso("2026-03-12T02:00:00Z")); // blank: not a quote
  await answer(b4, 1, "internal gripe", iso("2026-03-12T03:00:00Z")); // colleagues are not customer voices
  await answer(a1, 1, "last week's", iso("2026-03-06T03:00:00Z")); // another week
  await answer(o1, 5, "great", iso("2026-03-12T04:00:00Z")); // not low

  // Visibility: distinct non-CS staff (ADMIN twice counts once; the agent does not count).
  await db.staffWeek.createMany({
    data: [
      { weekStart: W2, userId: admin.id, surface: "INQUIRY" },
      { weekStart: W2, userId: admin.id, surface: "DASHBOARD" },
      { weekStart: W2, userId: product.id, surface: "BOARD" },
      { weekStart: W2, userId: member.id, surface: "INQUIRY" },
      { weekStart: W2, userId: agent.id, surface: "INQUIRY" },
      { weekStart: W1, userId: member2.id, surface: "DASHBOARD" },
    ],
  });
  await db.inquiryNonCsRead.createMany({
    data: [{ inquiryId: b1.id, userId: member.id }, { inquiryId: b2.id, userId: admin.id }, { inquiryId: a1.id, userId: product.id }],
  });

  return { admin, product, member, agent, customers: { churner }, problems: { p1, p2, p3, p4, p5 }, inquiries: { b1, b2, b5 }, billing, bug };
}

const within5 = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected) / expected).toBeLessThanOrEqual(0.05);
};
const count = (current: number, previous: number) => ({ current, previous, delta: current - previous, ratio: previous === 0 ? null : (current - previous) / previous });
const row = (data: DashboardData, list: "byCustomerType" | "byChannel" | "byTag", key: string) =>
  data.inquiries[list].find((r) => r.key === key || r.label === key)?.count;

describe("loadDashboard", () => {
  let f: Fixture;
  beforeEach(async () => {
    await resetDb();
    f = await buildFixture();
  });

  it("the rollups it reads are exact for the fixture (nothing below is an artifact of a stale rollup)", async () => {
    expect(await reconcileDashboardRollups(db)).toEqual([]);
  });

  it("inquiries by type, channel and tag, with the change vs the week before — Sunday 23:30 / Monday 00:30 Seoul", async () => {
    const d = await loadDashboard(W2, NOW);
    expect(d.week).toEqual({ start: W2.toISOString(), end: "2026-03-15T15:00:00.000Z", param: "2026-03-09", lastDay: "2026-03-15", timeZone: "Asia/Seoul" });
    expect(d.inquiries.total).toEqual(count(6, 4));
    expect(d.inquiries.byCustomerType.map((r) => [r.key, r.count.current, r.count.previous])).toEqual([
      ["INTERNAL", 1, 1], ["PROSPECT", 0, 0], ["BUYER", 3, 2], ["USER", 1, 1], ["CHURNED", 1, 0],
    ]);
    expect(row(d, "byCustomerType", "BUYER")).toEqual(count(3, 2));
    expect(row(d, "byCustomerType", "CHURNED")).toEqual(count(1, 0));
    // Channels with a count in either week, most this week first (ties in channel order).
    expect(d.inquiries.byChannel.map((r) => [r.key, r.count.current, r.count.previous])).toEqual([
      ["EMAIL", 2, 2], ["CHAT", 2, 0], ["PHONE", 1, 1], ["INTERNAL", 1, 1],
    ]);
    expect(d.inquiries.byTag.map((r) => [r.key, r.label, r.count.current, r.count.previous])).toEqual([
      [f.billing.id, "billing", 1, 2], [f.bug.id, "bug", 1, 1],
    ]);
  });

  it("a 12-week trend and the operating stage over the 28 days ending with the week", async () => {
    const d = await loadDashboard(W2, NOW);
    expect(d.inquiries.trend).toHaveLength(12);
    expect(d.inquiries.trend[0].week).toBe("2025-12-22");
    expect(d.inquiries.trend.map((w) => w.total)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 4, 6]);
    expect(d.inquiries.trend[11]).toEqual({ week: "2026-03-09", total: 6, byCustomerType: { INTERNAL: 1, PROSPECT: 0, BUYER: 3, USER: 1, CHURNED: 1 } });
    // W2−3 (2) + W2−2 (0) + W1 (4) + W2 (6); W2−4's one is outside.
    expect(d.stage).toEqual({ inquiriesIn28Days: 12, meanPerDay: 12 / 28, stage: "stage1" });
  });

  it("top problems, shipped problems with their ship windows, fix-board coverage, product response, loop closure", async () => {
    const d = await loadDashboard(W2, NOW);
    const { p1, p2, p3, p4, p5 } = f.problems;
    expect(d.problems.top.map((p) => [p.id, p.status, p.newLinked])).toEqual([
      [p1, "ACCEPTED", count(2, 1)],
      [p2, "DECLINED", count(1, 0)],
    ]);
    expect(d.problems.shipped.map((p) => [p.id, p.notified, p.beforePerWeek, p.weeksAfter, p.removedPerWeek])).toEqual([
      [p3, true, 0.25, 0, null], // o1 in W2−3: 1 of 4 weeks before
      [p4, true, 0.25, 0, null], // o3 in W2−4; nobody has an email: nothing left to tell
      [p5, false, 0.25, 0, null], // o2 in W2−3; its asker has an email and nothing was queued
    ]);
    expect(d.problems.shipped[0].shippedAt).toBe("2026-03-12T03:00:00.000Z");
    // P1: 2 (b1, b2) + P2: 1 (b3) of 6; the week before P1 had a1 of 4.
    expect(d.visibility.fixBoardCoverage).toEqual({ share: 0.5, linked: 3, created: 6, previous: 0.25 });
    // Responded in W2: P1 5 days, P2 2 days, P3 11 days → median 5 days (P4 responded in W1).
    expect(d.visibility.productResponseMedianMs).toBe(5 * DAY);
    expect(d.visibility.productResponded).toBe(3);
    expect(d.visibility.loopClosure).toEqual({ share: 2 / 3, notified: 2, shipped: 3 });

    // Once the four weeks after the ship week have ended, the removal is final (nothing after: 0.25 − 0).
    const later = await loadDashboard(W2, iso("2026-04-13T00:00:00Z"));
    expect(later.problems.shipped.map((p) => [p.weeksAfter, p.removedPerWeek])).toEqual([[4, 0.25], [4, 0.25], [4, 0.25]]);
  });

  it("new churned customers with reason, category and the inquiries they sent before leaving", async () => {
    const d = await loadDashboard(W2, NOW);
    expect(d.churn.count).toEqual(count(1, 1));
    expect(d.churn.customers).toEqual([{
      id: f.customers.churner.id, name: "Leaving Ltd", churnedAt: "2026-03-13T00:00:00.000Z",
      reason: "Too expensive", category: "Price", inquiriesBefore: 2,
    }]);
  });

  it("CSAT and CES overall and by channel, internal satisfaction apart, fulfillment from the resolution rollup", async () => {
    const s = (await loadDashboard(W2, NOW)).satisfaction;
    // External W2: CSAT 4, 5, 1, 5 → 3 of 4 satisfied, mean 3.75; CES 6, 2 → mean 4, 1 of 2 easy.
    expect(s.csat).toEqual({ value: 0.75, mean: 3.75, responses: 4, previous: 0.5, small: true });
    expect(s.ces).toEqual({ value: 4, easy: 0.5, responses: 2, previous: 7, small: true });
    expect(s.byChannel).toEqual([
      { channel: "EMAIL", csat: 2 / 3, ces: 4, responses: 3, small: true },
      { channel: "CHAT", csat: 1, ces: null, responses: 1, small: true },
    ]);
    // INTERNAL: CSAT 3, 5 → 1 of 2; resolved in W2: a3 (late) and b4 (in time).
    expect(s.internal).toEqual({ csat: 0.5, responses: 2, small: true, fulfillmentRate: 0.5, resolved: 2, withinTarget: 1 });
  });

  it("first response and resolution median and p90 (within the histogram's 5%), backlog and overdue now", async () => {
    const s = (await loadDashboard(W2, NOW)).service;
    // First responses in W2: 30m, 2h, 3h12m → median 2h, p90 3h12m.
    within5(s.firstResponseMedianMs, 2 * HOUR);
    within5(s.firstResponseP90Ms, 3 * HOUR + 12 * MINUTE);
    // Resolutions in W2: 3h (b4), 6 days (a3) → median the lower, p90 the upper.
    within5(s.resolutionMedianMs, 3 * HOUR);
    within5(s.resolutionP90Ms, 6 * DAY);
    within5(s.previous.firstResponseMedianMs, HOUR);
    expect(s.previous.resolutionMedianMs).toBeNull();
    // Open now: b2 OPEN (due the 17th: overdue), b3 PENDING (not due), the NEW one (due the 15th: overdue).
    expect([s.backlog, s.overdue]).toEqual([3, 2]);
  });

  it("visibility: distinct non-CS staff by role, share of the week's inquiries read by non-CS", async () => {
    const v = (await loadDashboard(W2, NOW)).visibility;
    expect(v.staff.total).toEqual(count(3, 1));
    expect(v.staff.byRole).toEqual([{ role: "ADMIN", count: 1 }, { role: "PRODUCT", count: 1 }, { role: "MEMBER", count: 1 }]);
    expect(v.readByNonCs).toEqual({ share: 2 / 6, read: 2, created: 6, previous: 1 / 4 });
  });

  it("voices: the week's lowest customer comments, then churned customers' last inquiries, as plain text", async () => {
    const d = await loadDashboard(W2, NOW);
    expect(d.voices.map((v) => [v.kind, v.inquiryId, v.score, v.text])).toEqual([
      ["lowScore", f.inquiries.b1.id, 1, "Terrible <script>alert(1)</script> wait"],
      ["lowScore", f.inquiries.b2.id, 2, "Slow"],
      ["churned", f.inquiries.b5.id, null, "We were charged twice again. <b>Cancel</b> if this happens once more."],
    ]);
    const churned = d.voices[2];
    expect([churned.customerName, churned.subject, churned.inquiryNumber]).toEqual(["Leaving Ltd", "Invoice doubled", f.inquiries.b5.number]);
    expect(d.voices[0].customerName).toBe("Buyer Co");
  });

  it("an empty week: zeros and nulls, no rows — nothing to chart", async () => {
    const d = await loadDashboard(iso("2025-06-04T00:00:00Z"), NOW);
    expect(d.week.param).toBe("2025-06-02");
    expect(d.inquiries.total).toEqual(count(0, 0));
    expect(d.inquiries.byCustomerType.every((r) => r.count.current === 0 && r.count.previous === 0)).toBe(true);
    expect([d.inquiries.byChannel, d.inquiries.byTag, d.problems.top, d.problems.shipped, d.churn.customers, d.voices, d.satisfaction.byChannel]).toEqual([[], [], [], [], [], [], []]);
    expect(d.inquiries.trend.every((w) => w.total === 0)).toBe(true);
    expect(d.stage).toEqual({ inquiriesIn28Days: 0, meanPerDay: 0, stage: "stage1" });
    expect(d.satisfaction.csat).toEqual({ value: null, mean: null, responses: 0, previous: null, small: true });
    expect(d.satisfaction.internal.fulfillmentRate).toBeNull();
    expect([d.service.firstResponseMedianMs, d.service.resolutionP90Ms]).toEqual([null, null]);
    expect(d.visibility.readByNonCs.share).toBeNull();
    expect(d.visibility.fixBoardCoverage.share).toBeNull();
    expect(d.visibility.loopClosure).toEqual({ share: null, notified: 0, shipped: 0 });
    expect(d.visibility.productResponseMedianMs).toBeNull();
    expect(d.visibility.staff.total).toEqual(count(0, 0));
    // Backlog and overdue are "now", whatever the week.
    expect([d.service.backlog, d.service.overdue]).toEqual([3, 2]);
    // JSON-safe: the digest stores it as it is.
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it("reads rollups and indexes: the open count is an index-only scan, the low scores use their index", async () => {
    await db.$executeRaw`ANALYZE`;
    const plan = async (sql: Prisma.Sql) => {
      const [, rows] = await db.$transaction([
        db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`,
        db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`),
      ]);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    };
    const s = dashboardStatements(W2, NOW);
    expect(await plan(s.open)).toMatch(/Index Only Scan using "Inquiry_status_dueAt_idx"/);
    const people = await plan(s.people);
    expect(people).toMatch(/SurveyResponse_low_createdAt_id_idx/);
    expect(people).toMatch(/CustomerTypeChange_toType_createdAt_idx/);
    expect(people).toMatch(/Inquiry_customerId_createdAt_idx/);
    // No statement reads the Inquiry table for the week's counts.
    expect(s.rollups.sql).not.toMatch(/FROM "Inquiry"/);
  });
});

describe("loadDashboard lists", () => {
  beforeEach(resetDb);

  it("lists at most DASHBOARD_LIST_MAX shipped fixes (most linked first) and churned customers (newest first); the counts cover every row", async () => {
    const admin = await actorFor("ADMIN", "Ada Admin");
    const extra = DASHBOARD_LIST_MAX + 2;
    const shipped: { id: string; linked: number }[] = [];
    for (let k = 1; k <= extra; k++) {
      const customer = await createCustomer(db, { type: "BUYER", name: `Asker ${k}` });
      const inquiries = [];
      for (let i = 0; i < k; i++) inquiries.push(await createInquiry(db, { customerId: customer.id, channel: "EMAIL", createdAt: iso("2026-02-17T01:00:00Z") }));
      const { problemId } = await createProblem(admin, { title: `Fix ${k}`, inquiryIds: inquiries.map((i) => i.id) });
      await db.problem.update({ where: { id: problemId }, data: { status: "SHIPPED", shippedAt: new Date(W2.getTime() + k * HOUR) } });
      if (k <= 3) {
        await db.outboxMessage.create({
          data: { dedupeKey: `problem-shipped:${problemId}`, kind: "problem.shipped", toEmail: customer.email!, problemId, customerId: customer.id, subject: "Fixed", body: "Fixed" },
        });
      }
      shipped.push({ id: problemId, linked: k });
      const leaver = await createCustomer(db, { type: "CHURNED", name: `Leaver ${k}` });
      await db.customerTypeChange.create({ data: { customerId: leaver.id, fromType: "USER", toType: "CHURNED", reason: `Reason ${k}`, createdAt: new Date(W2.getTime() + k * HOUR) } });
    }

    const d = await loadDashboard(W2, NOW);

    expect(d.problems.shippedTotal).toBe(extra);
    expect(d.problems.shipped.map((p) => p.id)).toEqual([...shipped].reverse().slice(0, DASHBOARD_LIST_MAX).map((p) => p.id));
    // Loop closure counts every shipped fix, listed or not: the three least linked were told.
    expect(d.visibility.loopClosure).toEqual({ share: 3 / extra, notified: 3, shipped: extra });
    expect(d.churn.count.current).toBe(extra);
    expect(d.churn.customers).toHaveLength(DASHBOARD_LIST_MAX);
    expect(d.churn.customers.map((c) => c.name)).toEqual(
      Array.from({ length: DASHBOARD_LIST_MAX }, (_, i) => `Leaver ${extra - i}`),
    );
  });
});

describe("getDashboard", () => {
  beforeEach(resetDb);

  it("every role reads it; a missing, garbage or future week falls back to the last complete week", async () => {
    await createInquiry(db, { createdAt: iso("2026-03-10T02:00:00Z") });
    for (const role of allRoles) {
      const actor: Actor = await actorFor(role);
      const d = await getDashboard(actor, { week: "2026-03-11" }, NOW);
      expect(d.week.param).toBe("2026-03-09");
      expect(d.inquiries.total.current).toBe(1);
    }
    const admin = await actorFor("ADMIN");
    for (const week of [undefined, null, "", "garbage", "2026-02-30", "2026-03-09'; DROP TABLE x; --", "9".repeat(500), "2026-04-06"]) {
      expect((await getDashboard(admin, { week }, NOW)).week.param).toBe("2026-03-09");
    }
    // The current week (partial) may be chosen.
    expect((await getDashboard(admin, { week: "2026-03-16" }, NOW)).week.param).toBe("2026-03-16");
    expect(resolveDashboardWeek("2026-03-02", NOW)).toEqual(W1);
  });

  it("the picker lists the current week, then complete weeks newest first, Monday to Sunday", () => {
    const weeks = dashboardWeekOptions(NOW, 3);
    expect(weeks).toEqual([
      { param: "2026-03-16", lastDay: "2026-03-22", current: true },
      { param: "2026-03-09", lastDay: "2026-03-15", current: false },
      { param: "2026-03-02", lastDay: "2026-03-08", current: false },
      { param: "2026-02-23", lastDay: "2026-03-01", current: false },
    ]);
  });
});

describe("demo data", () => {
  beforeEach(resetDb);

  it("gives last week's dashboard a story on first start: every section has something, visibility included", async () => {
    const now = demoNow(new Date("2026-03-04T05:37:00Z")); // a Wednesday
    await seedDemo(db, { now });
    const d = await loadDashboard(lastCompleteWeek(now, "Asia/Seoul"), now);
    expect(d.week.param).toBe("2026-02-23");
    expect(d.inquiries.total.current).toBeGreaterThan(50);
    expect(d.inquiries.byCustomerType.filter((r) => r.count.current > 0).length).toBeGreaterThanOrEqual(4);
    expect(d.inquiries.byChannel.length).toBeGreaterThanOrEqual(4);
    expect(d.inquiries.byTag.length).toBeGreaterThanOrEqual(5);
    expect(d.inquiries.trend.slice(1).every((w) => w.total > 0)).toBe(true);
    expect(d.problems.top.length).toBeGreaterThan(0);
    expect(d.satisfaction.csat.responses).toBeGreaterThan(0);
    expect(d.service.firstResponseMedianMs).not.toBeNull();
    expect(d.voices.length).toBeGreaterThan(0);
    // Visibility: every non-CS demo person looked, and part (not all) of the week was read outside CS.
    expect(d.visibility.staff.byRole.map((r) => r.count)).toEqual([1, 1, 1]);
    expect(d.visibility.readByNonCs.share).toBeGreaterThan(0.1);
    expect(d.visibility.readByNonCs.share).toBeLessThan(0.9);
    expect(await reconcileDashboardRollups(db)).toEqual([]);

    // Again: nothing new (idempotent), and the rollups stay exact.
    const staff = Object.fromEntries(
      (await db.user.findMany({ select: { id: true, email: true, name: true } })).map((u) => [u.email.split("@")[0], { id: u.id, name: u.name }]),
    );
    expect(await seedDemoVisibility(db, { now, staff: staff as never, timeZone: "Asia/Seoul" })).toEqual({ reads: 0, staffWeeks: 0 });
  });
});
