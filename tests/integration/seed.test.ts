/**
 * The demo seed: what a newcomer sees on the first `npm run dev`. Guards that it stays
 * idempotent (a second run duplicates nothing), deterministic, fast, and realistic enough for the
 * queue, the filters and the search to have something true to show.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcileProblemRollups } from "@/lib/board/rollups";
import { inquiriesRemoved, problemStatuses, SHIPPED_MESSAGE_KIND, shippedDedupeKey } from "@/lib/board/rules";
import { customerTypes, defaultSlaTargets, inquiryStatuses, openStatuses, priorities, channels, type Priority } from "@/lib/inquiries/rules";
import { addWeeks, weekStart } from "@/lib/time/week";
import { DEMO_INQUIRY_COUNT, demoNow, demoTags, seedDemo } from "@/prisma/seed/demo";
import { db, resetDb } from "./helpers";

const now = demoNow(new Date("2026-03-04T05:37:00Z"));
const DAY = 86_400_000;

const TZ = "Asia/Seoul";

async function counts() {
  const [users, customers, typeChanges, inquiries, events, inquiryTags, views, tags, reasons, sla, problems, problemEvents, linked, outbox] = await Promise.all([
    db.user.count(), db.customer.count(), db.customerTypeChange.count(), db.inquiry.count(), db.inquiryEvent.count(),
    db.inquiryTag.count(), db.inquiryView.count(), db.tag.count(), db.churnReasonCategory.count(), db.slaTarget.count(),
    db.problem.count(), db.problemEvent.count(), db.inquiry.count({ where: { problemId: { not: null } } }), db.outboxMessage.count(),
  ]);
  return { users, customers, typeChanges, inquiries, events, inquiryTags, views, tags, reasons, sla, problems, problemEvents, linked, outbox };
}

describe("demo seed", () => {
  let first: Awaited<ReturnType<typeof counts>>;
  let seconds = 0;

  beforeAll(async () => {
    await resetDb();
    const started = Date.now();
    await seedDemo(db, { now });
    seconds = (Date.now() - started) / 1000;
    first = await counts();
    // An hour later, as a second `npm run dev` or `db:seed` would run it.
    await seedDemo(db, { now: new Date(now.getTime() + 3_600_000) });
  });

  it("is idempotent: a second run creates nothing", async () => {
    expect(await counts()).toEqual(first);
    expect(first.inquiries).toBe(DEMO_INQUIRY_COUNT);
    expect(first.problems).toBeGreaterThanOrEqual(15);
    expect(first.users).toBe(5);
    // The demo tags, and "spam" (no surveys: demo-surveys.ts).
    expect(first.tags).toBe(demoTags.length + 1);
  });

  it("is fast", () => {
    expect(seconds).toBeLessThan(30);
  });

  it("has ~40 customers of all five types", async () => {
    expect(first.customers).toBeGreaterThanOrEqual(35);
    expect(first.customers).toBeLessThanOrEqual(45);
    const byType = await db.customer.groupBy({ by: ["type"], _count: true });
    expect(byType.map((g) => g.type).sort()).toEqual([...customerTypes].sort());
  });

  it("links every paid-for USER to a BUYER", async () => {
    const paid = await db.customer.findMany({ where: { paidById: { not: null } }, select: { type: true, paidBy: { select: { type: true } } } });
    expect(paid.filter((c) => c.type === "USER").length).toBeGreaterThanOrEqual(4);
    for (const c of paid) expect(c.paidBy?.type).toBe("BUYER");
  });

  it("gives every CHURNED customer a reason, a category, a date and a history row", async () => {
    const churned = await db.customer.findMany({
      where: { type: "CHURNED" },
      select: { churnReason: true, churnReasonCategoryId: true, churnedAt: true, typeChanges: { where: { toType: "CHURNED" } } },
    });
    expect(churned.length).toBeGreaterThanOrEqual(3);
    for (const c of churned) {
      expect(c.churnReason).toBeTruthy();
      expect(c.churnReasonCategoryId).toBeTruthy();
      expect(c.churnedAt!.getTime()).toBeLessThan(now.getTime());
      expect(c.typeChanges).toHaveLength(1);
      expect(c.typeChanges[0].fromType).not.toBeNull();
      expect(c.typeChanges[0].reasonCategoryId).toBe(c.churnReasonCategoryId);
    }
  });

  it("snapshots the customer's type at the time of each inquiry", async () => {
    const rows = await db.$queryRaw<{ mismatched: bigint; before_churn: bigint }[]>`
      SELECT
        count(*) FILTER (WHERE i."customerType" <> (
          SELECT c."toType" FROM "CustomerTypeChange" c
          WHERE c."customerId" = i."customerId" AND c."createdAt" <= i."createdAt"
          ORDER BY c."createdAt" DESC LIMIT 1)) AS mismatched,
        count(*) FILTER (WHERE cu.type = 'CHURNED' AND i."createdAt" < cu."churnedAt") AS before_churn
      FROM "Inquiry" i JOIN "Customer" cu ON cu.id = i."customerId"`;
    expect(Number(rows[0].mismatched)).toBe(0);
    // Churned customers wrote before they left, and those inquiries were logged as BUYER/USER.
    expect(Number(rows[0].before_churn)).toBeGreaterThan(20);
    expect(await db.inquiry.count({ where: { customerType: "CHURNED" } })).toBeGreaterThan(0);
  });

  it("spreads inquiries over the last 12 weeks, busier on weekdays", async () => {
    const span = await db.inquiry.aggregate({ _min: { createdAt: true }, _max: { createdAt: true } });
    expect(span._max.createdAt!.getTime()).toBeLessThan(now.getTime());
    expect(span._max.createdAt!.getTime()).toBeGreaterThan(now.getTime() - 2 * DAY);
    expect(span._min.createdAt!.getTime()).toBeGreaterThanOrEqual(now.getTime() - 84 * DAY);
    expect(span._min.createdAt!.getTime()).toBeLessThan(now.getTime() - 80 * DAY);
    // Timestamps are stored as UTC in "timestamp without time zone" columns.
    const [weekend] = await db.$queryRaw<{ share: number }[]>`
      SELECT avg((extract(isodow FROM ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Seoul') >= 6)::int)::float AS share FROM "Inquiry"`;
    expect(weekend.share).toBeLessThan(0.2);
  });

  it("covers every channel, priority, status and tag, with 1–2 tags each", async () => {
    const distinct = async (by: "channel" | "priority" | "status" | "customerType") =>
      (await db.inquiry.groupBy({ by: [by], _count: true })).map((g) => g[by] as string).sort();
    expect(await distinct("channel")).toEqual([...channels].sort());
    expect(await distinct("priority")).toEqual([...priorities].sort());
    expect(await distinct("status")).toEqual([...inquiryStatuses].sort());
    expect(await distinct("customerType")).toEqual([...customerTypes].sort());
    expect((await db.inquiryTag.groupBy({ by: ["tagId"], _count: true })).length).toBe(demoTags.length);
    const [tagsPer] = await db.$queryRaw<{ min: number; max: number }[]>`
      SELECT min(n)::int AS min, max(n)::int AS max FROM (
        SELECT i.id, count(t."tagId") AS n FROM "Inquiry" i LEFT JOIN "InquiryTag" t ON t."inquiryId" = i.id GROUP BY i.id) x`;
    expect(tagsPer).toEqual({ min: 1, max: 2 });
  });

  it("is written in Korean and English, with words the search can find", async () => {
    const [lang] = await db.$queryRaw<{ ko: number }[]>`
      SELECT avg((subject ~ '[가-힣]')::int)::float AS ko FROM "Inquiry"`;
    expect(lang.ko).toBeGreaterThan(0.5);
    expect(lang.ko).toBeLessThan(0.75);
    for (const word of ["배송", "환불", "결제", "세금계산서", "로그인", "login", "invoice", "refund"]) {
      const n = await db.inquiry.count({
        where: { OR: [{ subject: { contains: word, mode: "insensitive" } }, { body: { contains: word, mode: "insensitive" } }] },
      });
      expect(n, word).toBeGreaterThan(5);
    }
    expect(await db.inquiry.count({ where: { body: { contains: "{" } } })).toBe(0);
  });

  it("closes old inquiries, keeps recent ones open, and leaves some overdue", async () => {
    const old = await db.inquiry.groupBy({ by: ["status"], where: { createdAt: { lt: new Date(now.getTime() - 28 * DAY) } }, _count: true });
    const oldTotal = old.reduce((s, g) => s + g._count, 0);
    const oldDone = old.filter((g) => g.status === "RESOLVED" || g.status === "CLOSED").reduce((s, g) => s + g._count, 0);
    expect(oldDone / oldTotal).toBeGreaterThan(0.97);

    const recent = await db.inquiry.count({ where: { createdAt: { gte: new Date(now.getTime() - 3 * DAY) } } });
    const recentOpen = await db.inquiry.count({ where: { createdAt: { gte: new Date(now.getTime() - 3 * DAY) }, status: { in: [...openStatuses] } } });
    expect(recentOpen / recent).toBeGreaterThan(0.4);

    const open = await db.inquiry.count({ where: { status: { in: [...openStatuses] } } });
    const overdue = await db.inquiry.count({ where: { status: { in: [...openStatuses] }, dueAt: { lt: now } } });
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(open);
    // Some are still waiting for triage: nobody has taken them yet.
    expect(await db.inquiry.count({ where: { status: "NEW", assigneeId: null } })).toBeGreaterThan(0);
  });

  it("keeps timestamps, due times and the timeline coherent", async () => {
    const inquiries = await db.inquiry.findMany({
      select: {
        status: true, priority: true, createdAt: true, dueAt: true, firstResponseAt: true, resolvedAt: true, closedAt: true, assigneeId: true,
        events: { select: { kind: true, createdAt: true, actorId: true, data: true }, orderBy: { createdAt: "asc" } },
      },
    });
    for (const i of inquiries) {
      const sla = defaultSlaTargets[i.priority as Priority];
      expect(i.dueAt.getTime() - i.createdAt.getTime()).toBe(sla.resolutionMinutes * 60_000);
      expect(i.events[0].kind).toBe("CREATED");
      expect(i.events.every((e) => e.createdAt.getTime() < now.getTime() && e.createdAt >= i.createdAt)).toBe(true);
      const replies = i.events.filter((e) => e.kind === "REPLY");
      expect(i.firstResponseAt?.getTime() ?? null).toBe(replies[0]?.createdAt.getTime() ?? null);
      const statuses = i.events.filter((e) => e.kind === "STATUS").map((e) => e.data as { from: string; to: string });
      expect(statuses.at(-1)?.to ?? "NEW").toBe(i.status);
      const firstResolved = i.events.find((e) => e.kind === "STATUS" && (e.data as { to: string }).to === "RESOLVED");
      expect(i.resolvedAt?.getTime() ?? null).toBe(firstResolved?.createdAt.getTime() ?? null);
      expect(i.closedAt !== null).toBe(i.status === "CLOSED");
      if (i.status !== "NEW") expect(i.assigneeId).not.toBeNull();
    }
  });

  it("records notes from the product team and views by non-CS staff", async () => {
    const product = await db.user.findUniqueOrThrow({ where: { email: "product@loopdesk.test" } });
    const member = await db.user.findUniqueOrThrow({ where: { email: "member@loopdesk.test" } });
    expect(await db.inquiryEvent.count({ where: { kind: "NOTE", actorId: product.id } })).toBeGreaterThan(10);
    expect(await db.inquiryView.count({ where: { userId: member.id } })).toBeGreaterThan(10);
    expect(await db.inquiryView.count({ where: { userId: product.id } })).toBeGreaterThan(10);
  });

  it("is deterministic, and --reset rebuilds the same demo", async () => {
    const snapshot = async () => ({
      inquiries: await db.inquiry.findMany({
        orderBy: { number: "asc" },
        select: { id: true, subject: true, createdAt: true, status: true, problemId: true, customer: { select: { email: true } } },
      }),
      problems: await db.problem.findMany({
        orderBy: { number: "asc" },
        select: { id: true, number: true, title: true, status: true, linkedCount: true, customerCount: true, createdAt: true, shippedAt: true },
      }),
    });
    const before = await snapshot();
    await seedDemo(db, { reset: true, now });
    expect(await snapshot()).toEqual(before);
    expect(await counts()).toEqual(first);
  });

  describe("fix board", () => {
    const shippedProblems = () =>
      db.problem.findMany({
        where: { status: "SHIPPED" },
        select: { id: true, title: true, shippedAt: true, weeks: { select: { weekStart: true, count: true } } },
      });

    it("has 15–20 problems in every column, ranked by real links", async () => {
      expect(first.problems).toBeGreaterThanOrEqual(15);
      expect(first.problems).toBeLessThanOrEqual(20);
      const byStatus = await db.problem.groupBy({ by: ["status"], _count: true });
      expect(byStatus.map((g) => g.status).sort()).toEqual([...problemStatuses].sort());
      for (const g of byStatus) expect(g._count, g.status).toBeGreaterThanOrEqual(2);
      // Nearly every card carries evidence; the big ones many inquiries from many customers.
      expect(await db.problem.count({ where: { linkedCount: { gt: 0 } } })).toBeGreaterThanOrEqual(first.problems - 2);
      expect(await db.problem.count({ where: { linkedCount: { gte: 15 }, customerCount: { gte: 8 } } })).toBeGreaterThanOrEqual(3);
      expect(first.linked).toBeGreaterThan(250);
      // Customers who left over a problem are on its card (as the type they had when they asked).
      expect(await db.problemCustomer.count({ where: { customer: { type: "CHURNED" } } })).toBeGreaterThan(0);
    });

    it("gives each column what it needs: owners, responses, decline reasons, release notes", async () => {
      const product = await db.user.findUniqueOrThrow({ where: { email: "product@loopdesk.test" } });
      const problems = await db.problem.findMany({
        select: {
          status: true, ownerId: true, respondedAt: true, shippedAt: true, declineReason: true, releaseNote: true, createdAt: true, version: true,
          events: { select: { kind: true, actorId: true, createdAt: true, data: true, body: true }, orderBy: { createdAt: "asc" } },
        },
      });
      for (const p of problems) {
        // Created and its evidence linked in one go (same time, as createProblem does).
        expect(p.events.find((e) => e.kind === "CREATED")?.createdAt).toEqual(p.createdAt);
        expect(p.events.every((e) => e.createdAt >= p.createdAt && e.createdAt < now)).toBe(true);
        const moves = p.events.filter((e) => e.kind === "STATUS");
        expect(moves.at(-1)?.data ? (moves.at(-1)!.data as { to: string }).to : "REPORTED").toBe(p.status);
        // The product team's first move out of REPORTED is its response.
        expect(p.respondedAt?.getTime() ?? null).toBe(moves[0]?.createdAt.getTime() ?? null);
        for (const m of moves) expect(m.actorId).toBe(product.id);
        expect(p.version).toBe(1 + moves.length + p.events.filter((e) => e.kind === "OWNER").length);
        if (p.ownerId) expect(p.ownerId).toBe(product.id);
        expect(p.declineReason !== null).toBe(p.status === "DECLINED");
        expect(p.releaseNote !== null && p.shippedAt !== null).toBe(p.status === "SHIPPED");
      }
      expect(problems.filter((p) => p.ownerId === null).length).toBeGreaterThanOrEqual(3);
      expect(problems.filter((p) => p.ownerId !== null).length).toBeGreaterThanOrEqual(10);
      const comments = problems.flatMap((p) => p.events.filter((e) => e.kind === "COMMENT"));
      expect(comments.length).toBeGreaterThan(20);
      expect(comments.some((c) => /[가-힣]/.test(c.body ?? ""))).toBe(true);
      expect(comments.some((c) => c.body && !/[가-힣]/.test(c.body))).toBe(true);
      expect(new Set(comments.map((c) => c.actorId)).size).toBeGreaterThanOrEqual(3);
    });

    it("names in the discussion only stores that are on the card", async () => {
      const customers = await db.customer.findMany({ where: { company: { not: null } }, select: { id: true, company: true } });
      const comments = await db.problemEvent.findMany({
        where: { kind: "COMMENT" },
        select: { body: true, problem: { select: { customers: { select: { customerId: true } } } } },
      });
      let named = 0;
      for (const c of comments) {
        const onCard = new Set(c.problem.customers.map((pc) => pc.customerId));
        // Longest first, so "Seoul Craft Brewing Taproom" is not read as "Seoul Craft Brewing".
        let text = c.body ?? "";
        for (const cu of [...customers].sort((a, b) => b.company!.length - a.company!.length)) {
          if (!text.includes(cu.company!)) continue;
          named++;
          expect(onCard.has(cu.id), `${cu.company} in "${c.body}"`).toBe(true);
          text = text.split(cu.company!).join("");
        }
      }
      expect(named).toBeGreaterThan(3);
    });

    it("links inquiries with a PROBLEM entry on their timelines, after they came in", async () => {
      const linked = await db.inquiry.findMany({
        where: { problemId: { not: null } },
        select: { problemId: true, createdAt: true, problem: { select: { title: true } }, events: { where: { kind: "PROBLEM" }, select: { createdAt: true, data: true } } },
      });
      expect(linked.length).toBe(first.linked);
      for (const i of linked) {
        expect(i.events).toHaveLength(1);
        expect(i.events[0].data).toEqual({ from: null, to: i.problemId, fromTitle: null, toTitle: i.problem!.title });
        expect(i.events[0].createdAt.getTime()).toBeGreaterThan(i.createdAt.getTime());
      }
      // Every linked inquiry is counted in a LINKED event of its problem.
      const [{ n }] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "ProblemEvent" e, jsonb_array_elements_text(e."data"->'inquiryIds') AS x(id)
        WHERE e."kind" = 'LINKED'`;
      expect(n).toBe(first.linked);
    });

    it("keeps the rollups equal to the links", async () => {
      expect(await reconcileProblemRollups(db, { timeZone: TZ })).toEqual([]);
    });

    it("has fixes shipped weeks ago whose inquiries stopped (inquiries removed > 0)", async () => {
      const shipped = await shippedProblems();
      const weeksAgo = shipped.map((p) => (now.getTime() - p.shippedAt!.getTime()) / (7 * DAY));
      expect(weeksAgo.filter((w) => w >= 3 && w <= 6).length).toBeGreaterThanOrEqual(2);
      const removed = shipped.map((p) => {
        const weekly = new Map(p.weeks.map((w) => [w.weekStart.toISOString(), w.count]));
        return { title: p.title, ...inquiriesRemoved(weekly, weekStart(p.shippedAt!, TZ), (s, n) => addWeeks(s, n, TZ)) };
      });
      const working = removed.filter((r) => r.removedPerWeek > 0);
      expect(working.length, JSON.stringify(removed)).toBeGreaterThanOrEqual(2);
      for (const r of working) expect(r.beforePerWeek).toBeGreaterThanOrEqual(1);
    });

    it("told every customer of a shipped problem exactly once (the outbox)", async () => {
      const shipped = await shippedProblems();
      for (const p of shipped) {
        const customers = await db.problemCustomer.findMany({
          where: { problemId: p.id, customer: { email: { not: null } } },
          select: { customerId: true, customer: { select: { email: true } } },
        });
        expect(customers.length, p.title).toBeGreaterThan(0);
        const messages = await db.outboxMessage.findMany({ where: { problemId: p.id } });
        expect(messages.map((m) => m.customerId).sort()).toEqual(customers.map((c) => c.customerId).sort());
        for (const m of messages) {
          expect(m.dedupeKey).toBe(shippedDedupeKey(p.id, m.customerId!));
          expect(m.kind).toBe(SHIPPED_MESSAGE_KIND);
          expect(m.toEmail).toBe(customers.find((c) => c.customerId === m.customerId)!.customer.email);
          expect(m.body).toContain(m.toName!);
          expect(m.createdAt.getTime()).toBe(p.shippedAt!.getTime());
          expect(m.status === "SENT").toBe(m.sentAt !== null);
        }
      }
      expect(await db.outboxMessage.count({ where: { problem: { status: { not: "SHIPPED" } } } })).toBe(0);
      const byStatus = await db.outboxMessage.groupBy({ by: ["status"], _count: true });
      expect(byStatus.map((g) => g.status).sort()).toEqual(["PENDING", "SENT"]);
    });
  });
});
