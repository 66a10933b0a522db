/**
 * The demo seed gives the dashboard's default week — the last complete Monday–Sunday week in the
 * org time zone (lastCompleteWeek) — its churn and product-response stories whatever weekday and
 * hour the seed runs: customers who left that week (and a couple the week before, for the
 * comparison), each with a reason and the inquiries they sent first, the last one an unhappy
 * message; problems product accepted or declined that week; a fix shipped that week with its
 * askers told. The weeks are computed with the app's own helpers, relative to the seed's now.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcileProblemRollups } from "@/lib/board/rollups";
import { SHIPPED_MESSAGE_KIND } from "@/lib/board/rules";
import { reconcileDashboardRollups } from "@/lib/dashboard/rollups";
import { lastCompleteWeek } from "@/lib/dashboard/rules";
import { reconcileSurveyRollups } from "@/lib/surveys/rollups";
import { addWeeks } from "@/lib/time/week";
import { demoNow, seedDemo } from "@/prisma/seed/demo";
import { demoCustomers } from "@/prisma/seed/demo-customers";
import { db, resetDb } from "./helpers";

const TZ = "Asia/Seoul";
const DAY = 86_400_000;

// The hard cases are the ends of a week: on a Monday just after midnight the last complete week
// ended minutes ago; on a Sunday night it ended almost a week ago. Plus whenever this runs.
const runs = [
  ["Monday 00:20 in Seoul (2026-11-23)", demoNow(new Date("2026-11-22T15:20:00Z"))],
  ["Monday 10:00 in Seoul", demoNow(new Date("2026-11-23T01:00:00Z"))],
  ["Sunday 23:40 in Seoul", demoNow(new Date("2026-11-29T14:40:00Z"))],
  ["Thursday afternoon in Seoul", demoNow(new Date("2026-03-05T06:10:00Z"))],
  ["now", demoNow()],
] as const;

async function churnsIn(start: Date, end: Date) {
  return db.customerTypeChange.findMany({
    where: { toType: "CHURNED", createdAt: { gte: start, lt: end } },
    select: {
      createdAt: true, reason: true, reasonCategoryId: true, fromType: true,
      customer: { select: { id: true, email: true, type: true, churnedAt: true, churnReason: true, churnReasonCategoryId: true } },
    },
  });
}

describe.each(runs)("demo seed run on %s: the dashboard's default week", (_, now) => {
  const week = lastCompleteWeek(now, TZ);
  const end = addWeeks(week, 1, TZ);
  const previous = addWeeks(week, -1, TZ);

  beforeAll(async () => {
    await resetDb();
    await seedDemo(db, { now, timeZone: TZ });
  });

  it("has 2–4 customers who left that week, with reasons and what they wrote before, and some the week before", async () => {
    expect(end.getTime()).toBeLessThanOrEqual(now.getTime());

    const churned = await churnsIn(week, end);
    expect(new Set(churned.map((c) => c.customer.id)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(churned.map((c) => c.customer.id)).size).toBeLessThanOrEqual(4);
    for (const change of churned) {
      const c = change.customer;
      // The customer row agrees with its history.
      expect(c.type).toBe("CHURNED");
      expect(c.churnedAt).toEqual(change.createdAt);
      expect(change.reason).toBeTruthy();
      expect(c.churnReason).toBe(change.reason);
      expect(change.reasonCategoryId).toBeTruthy();
      expect(c.churnReasonCategoryId).toBe(change.reasonCategoryId);
      expect(change.fromType).not.toBeNull();

      const before = await db.inquiry.findMany({
        where: { customerId: c.id, createdAt: { lt: change.createdAt } },
        orderBy: { createdAt: "desc" },
        select: { subject: true, body: true, createdAt: true, customerType: true },
      });
      expect(before.length, c.email!).toBeGreaterThanOrEqual(3);
      // Their last message is the unhappy one written for them, a few days at most before leaving.
      const spec = demoCustomers.find((s) => s.email === c.email)!;
      expect(spec.lastWords, c.email!).toBeDefined();
      expect(before[0].subject).toBe(spec.lastWords!.subject);
      expect(before[0].body).toContain(spec.lastWords!.body);
      expect(before[0].customerType).not.toBe("CHURNED");
      expect(change.createdAt.getTime() - before[0].createdAt.getTime()).toBeLessThanOrEqual(5 * DAY);
    }

    const earlier = await churnsIn(previous, week);
    expect(new Set(earlier.map((c) => c.customer.id)).size).toBeGreaterThanOrEqual(2);
  });

  it("has problems product accepted or declined that week, with their timelines", async () => {
    const product = await db.user.findUniqueOrThrow({ where: { email: "product@loopdesk.test" } });
    const responded = await db.problem.findMany({
      where: { respondedAt: { gte: week, lt: end } },
      select: {
        title: true, status: true, createdAt: true, respondedAt: true, declineReason: true,
        events: { where: { kind: "STATUS" }, orderBy: { createdAt: "asc" }, select: { actorId: true, createdAt: true, data: true } },
      },
    });
    expect(responded.length).toBeGreaterThanOrEqual(2);
    expect(responded.length).toBeLessThanOrEqual(4);
    for (const p of responded) {
      const first = p.events[0];
      expect(first.createdAt, p.title).toEqual(p.respondedAt);
      expect(first.actorId).toBe(product.id);
      expect(first.data).toMatchObject({ from: "REPORTED" });
      expect(["ACCEPTED", "DECLINED"]).toContain((first.data as { to: string }).to);
      expect(p.createdAt.getTime()).toBeLessThan(p.respondedAt!.getTime());
      expect(p.declineReason !== null).toBe(p.status === "DECLINED");
    }
    expect(responded.some((p) => p.status === "ACCEPTED")).toBe(true);
    expect(responded.some((p) => p.status === "DECLINED")).toBe(true);
  });

  it("has a fix shipped that week whose askers were told", async () => {
    const shipped = await db.problem.findMany({
      where: { shippedAt: { gte: week, lt: end }, status: "SHIPPED" },
      select: { id: true, shippedAt: true, customers: { where: { customer: { email: { not: null } } }, select: { customerId: true } } },
    });
    expect(shipped.length).toBeGreaterThanOrEqual(1);
    for (const p of shipped) {
      const messages = await db.outboxMessage.findMany({ where: { problemId: p.id, kind: SHIPPED_MESSAGE_KIND } });
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.map((m) => m.customerId).sort()).toEqual(p.customers.map((c) => c.customerId).sort());
      for (const m of messages) expect(m.createdAt).toEqual(p.shippedAt);
    }
  });

  it("keeps every rollup exact", async () => {
    expect(await reconcileDashboardRollups(db)).toEqual([]);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
    expect(await reconcileProblemRollups(db, { timeZone: TZ })).toEqual([]);
  });
});
