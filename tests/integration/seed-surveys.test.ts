/**
 * The demo's survey data (issue 4, item 5): ~12 weeks of answers that tell a story on /surveys —
 * agents and channels scoring differently, comments in Korean and English that fit the scores,
 * colleagues answering too, staff pulses — and rows that agree with what the app itself would
 * have written (snapshots, weeks, expiry, denormalized copies, the rollup).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcileSurveyRollups } from "@/lib/surveys/rollups";
import { addTotals, emptyTotals, isLowScore, surveyFigures, SURVEY_TTL_MS, type SurveyTotals } from "@/lib/surveys/rules";
import { surveyExpiry } from "@/lib/surveys/token";
import { weekStart } from "@/lib/time/week";
import { demoNow, seedDemo } from "@/prisma/seed/demo";
import { DEMO_SPAM_TAG } from "@/prisma/seed/demo-surveys";
import { db, resetDb } from "./helpers";

const now = demoNow(new Date("2026-03-04T05:37:00Z"));
const DAY = 86_400_000;
const TZ = "Asia/Seoul";

const surveyCounts = async () => ({
  requests: await db.surveyRequest.count(),
  responses: await db.surveyResponse.count(),
  pulses: await db.surveyPulse.count(),
  weeks: await db.surveyWeek.count(),
});

/** Figures per group from the rollup, the way /surveys computes them. */
async function figuresBy(key: "agentId" | "channel" | "customerType") {
  const rows = await db.surveyWeek.findMany();
  const totals = new Map<string, SurveyTotals>();
  for (const row of rows) totals.set(row[key], addTotals(totals.get(row[key]) ?? emptyTotals(), row));
  return new Map([...totals].map(([k, t]) => [k, surveyFigures(t)]));
}

describe("demo surveys", () => {
  let first: Awaited<ReturnType<typeof surveyCounts>>;
  let seconds = 0;
  let staff: Record<string, string>;

  beforeAll(async () => {
    await resetDb();
    const started = Date.now();
    const result = await seedDemo(db, { now });
    seconds = (Date.now() - started) / 1000;
    expect(result.surveysCreated.responses).toBeGreaterThan(0);
    first = await surveyCounts();
    staff = Object.fromEntries((await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  });

  it("asks about most inquiries resolved in the last 12 weeks, and about half answer", async () => {
    const resolved = await db.inquiry.count({ where: { resolvedAt: { gte: new Date(now.getTime() - 84 * DAY), lt: now } } });
    const inquiryRequests = await db.surveyRequest.count({ where: { inquiryId: { not: null } } });
    expect(inquiryRequests / resolved).toBeGreaterThan(0.9);
    expect(inquiryRequests).toBeLessThanOrEqual(resolved);
    const answered = await db.surveyResponse.count({ where: { inquiryId: { not: null } } });
    expect(answered / inquiryRequests).toBeGreaterThan(0.4);
    expect(answered / inquiryRequests).toBeLessThan(0.6);
    // Every kind an admin can choose, CSAT most.
    const forms = await db.surveyRequest.groupBy({ by: ["form"], _count: true });
    const byForm = Object.fromEntries(forms.map((f) => [f.form, f._count]));
    expect(byForm.CSAT).toBeGreaterThan(byForm.CSAT_CES);
    expect(byForm.CSAT_CES).toBeGreaterThan(100);
    expect(byForm.CES).toBeGreaterThan(20);
  });

  it("spreads answers over ~12 weeks, none in the future and the newest still waiting", async () => {
    const span = await db.surveyResponse.aggregate({ where: { inquiryId: { not: null } }, _min: { createdAt: true }, _max: { createdAt: true } });
    expect(span._max.createdAt!.getTime()).toBeLessThan(now.getTime());
    expect(span._max.createdAt!.getTime()).toBeGreaterThan(now.getTime() - 2 * DAY);
    expect(span._min.createdAt!.getTime()).toBeLessThan(now.getTime() - 77 * DAY);
    const weeks = await db.surveyWeek.groupBy({ by: ["weekStart"], _sum: { responses: true } });
    expect(weeks.length).toBeGreaterThanOrEqual(12);
    expect(weeks.length).toBeLessThanOrEqual(13);
    // Every full week has enough answers for a figure that is not flagged as a small sample.
    const full = weeks.filter((w) => w.weekStart.getTime() > now.getTime() - 80 * DAY && w.weekStart.getTime() < now.getTime() - 7 * DAY);
    for (const w of full) expect(w._sum.responses, w.weekStart.toISOString()).toBeGreaterThanOrEqual(20);
    // Recent invitations not answered yet; old unanswered ones have expired.
    expect(await db.surveyRequest.count({ where: { answeredAt: null, createdAt: { gte: new Date(now.getTime() - 2 * DAY) } } })).toBeGreaterThan(0);
    expect(await db.surveyRequest.count({ where: { answeredAt: null, expiresAt: { lt: now } } })).toBeGreaterThan(100);
  });

  it("has agents who score differently: one consistently lower on CES", async () => {
    const byAgent = await figuresBy("agentId");
    const jisoo = byAgent.get(staff["agent@loopdesk.test"])!;
    const alex = byAgent.get(staff["agent2@loopdesk.test"])!;
    for (const f of [jisoo, alex]) {
      expect(f.csatResponses).toBeGreaterThan(100);
      expect(f.cesResponses).toBeGreaterThan(40);
    }
    expect(jisoo.csat! - alex.csat!).toBeGreaterThan(0.03);
    expect(jisoo.ces! - alex.ces!).toBeGreaterThan(1);
    expect(alex.cesEasy!).toBeLessThan(jisoo.cesEasy! - 0.2);
    // Consistently: lower CES in most weeks, not one bad week.
    const weekly = await db.surveyWeek.groupBy({ by: ["weekStart", "agentId"], _sum: { cesSum: true, cesCount: true } });
    const mean = (w: string, a: string) => {
      const row = weekly.find((x) => x.weekStart.toISOString() === w && x.agentId === a);
      return row?._sum.cesCount ? row._sum.cesSum! / row._sum.cesCount : null;
    };
    const weeks = [...new Set(weekly.map((w) => w.weekStart.toISOString()))];
    const compared = weeks.map((w) => [mean(w, staff["agent@loopdesk.test"]), mean(w, staff["agent2@loopdesk.test"])] as const)
      .filter(([a, b]) => a !== null && b !== null);
    expect(compared.filter(([a, b]) => b! < a!).length).toBeGreaterThanOrEqual(compared.length - 2);
  });

  it("has channels and customer types that score differently (phone better than email)", async () => {
    const byChannel = await figuresBy("channel");
    expect(byChannel.get("PHONE")!.csat!).toBeGreaterThan(byChannel.get("EMAIL")!.csat! + 0.1);
    expect(byChannel.get("PHONE")!.ces!).toBeGreaterThan(byChannel.get("EMAIL")!.ces! + 0.8);
    expect(byChannel.size).toBe(7);
    const byType = await figuresBy("customerType");
    expect(byType.size).toBe(5);
    expect(byType.get("CHURNED")!.csat!).toBeLessThan(byType.get("USER")!.csat!);
    // Colleagues answer: internal service satisfaction has real numbers, and a higher response rate.
    const internal = byType.get("INTERNAL")!;
    expect(internal.responses).toBeGreaterThan(60);
    expect(internal.small).toBe(false);
    expect(internal.responseRate!).toBeGreaterThan(byType.get("BUYER")!.responseRate!);
  });

  it("has comments in Korean and English that fit the scores", async () => {
    const rows = await db.surveyResponse.findMany({
      where: { inquiryId: { not: null } },
      select: { csatScore: true, cesScore: true, comment: true, low: true, request: { select: { customer: { select: { name: true } } } } },
    });
    const commented = rows.filter((r) => r.comment);
    const korean = commented.filter((r) => /[가-힣]/.test(r.comment!));
    const english = commented.filter((r) => !/[가-힣]/.test(r.comment!));
    expect(korean.length).toBeGreaterThan(100);
    expect(english.length).toBeGreaterThan(30);
    expect(commented.length / rows.length).toBeGreaterThan(0.4);
    expect(commented.length).toBeLessThan(rows.length);
    // Many different comments, no template placeholders left.
    expect(new Set(commented.map((r) => r.comment)).size, "distinct comments").toBeGreaterThan(120);
    expect(commented.some((r) => /[{}]/.test(r.comment!))).toBe(false);
    // A good number of low scores, nearly all with a complaint; praise among the high scores.
    const low = rows.filter((r) => r.low);
    expect(low.length).toBeGreaterThan(60);
    expect(low.filter((r) => r.comment).length / low.length).toBeGreaterThan(0.75);
    const complaints = new Set(low.map((r) => r.comment).filter(Boolean));
    const praise = new Set(rows.filter((r) => r.csatScore === 5 && !r.low && r.comment).map((r) => r.comment));
    expect([...complaints].filter((c) => praise.has(c))).toEqual([]);
    expect([...praise].some((c) => /감사|Thanks|thanks/.test(c!))).toBe(true);
    // The comment's language is the customer's (Korean names write Korean).
    for (const r of commented) expect(/[가-힣]/.test(r.comment!), r.comment!).toBe(/[가-힣]/.test(r.request.customer!.name));
  });

  it("keeps the low flag, snapshots, weeks and expiry as the app writes them", async () => {
    const requests = await db.surveyRequest.findMany({
      where: { inquiryId: { not: null } },
      select: {
        form: true, customerId: true, recipientEmail: true, agentId: true, channel: true, customerType: true, weekStart: true,
        expiresAt: true, answeredAt: true, createdAt: true,
        inquiry: { select: { customerId: true, assigneeId: true, channel: true, customerType: true, resolvedAt: true, customer: { select: { email: true } } } },
        response: true,
      },
    });
    for (const q of requests) {
      expect(q.createdAt).toEqual(q.inquiry!.resolvedAt);
      expect(q.customerId).toBe(q.inquiry!.customerId);
      expect(q.recipientEmail).toBe(q.inquiry!.customer.email);
      expect([q.agentId, q.channel, q.customerType]).toEqual([q.inquiry!.assigneeId, q.inquiry!.channel, q.inquiry!.customerType]);
      expect(q.weekStart).toEqual(weekStart(q.createdAt, TZ));
      expect(q.expiresAt).toEqual(surveyExpiry(q.createdAt, SURVEY_TTL_MS));
      const a = q.response;
      expect(q.answeredAt?.getTime() ?? null).toBe(a?.createdAt.getTime() ?? null);
      if (!a) continue;
      expect(a.createdAt.getTime()).toBeGreaterThan(q.createdAt.getTime());
      expect(a.createdAt.getTime()).toBeLessThan(Math.min(now.getTime(), q.expiresAt.getTime()));
      expect([a.agentId, a.channel, a.customerType, a.weekStart]).toEqual([q.agentId, q.channel, q.customerType, q.weekStart]);
      expect(a.csatScore !== null).toBe(q.form !== "CES");
      expect(a.cesScore !== null).toBe(q.form !== "CSAT");
      expect(a.low).toBe(isLowScore({ csat: a.csatScore, ces: a.cesScore }));
    }
    expect(await reconcileSurveyRollups(db)).toEqual([]);
  });

  it("has staff pulses with answers and comments", async () => {
    const pulses = await db.surveyPulse.findMany({
      select: { audience: true, question: true, requests: { select: { staffId: true, form: true, inquiryId: true, response: { select: { pulseScore: true, comment: true, low: true } } } } },
    });
    expect(pulses.length).toBe(2);
    for (const p of pulses) {
      const recipients = await db.user.count({ where: p.audience ? { role: p.audience } : {} });
      expect(p.requests.length).toBe(recipients);
      expect(p.requests.every((q) => q.form === "PULSE" && q.staffId && !q.inquiryId)).toBe(true);
      const answered = p.requests.filter((q) => q.response);
      expect(answered.length).toBeGreaterThan(0);
      for (const q of answered) expect(q.response!.low).toBe(q.response!.pulseScore! <= 2);
    }
    expect(pulses.some((p) => p.requests.some((q) => !q.response))).toBe(true);
  });

  it("has a spam tag that keeps inquiries out of surveys", async () => {
    const spam = await db.tag.findUniqueOrThrow({ where: { name: DEMO_SPAM_TAG } });
    expect(spam.noSurvey).toBe(true);
  });

  it("is fast, idempotent and deterministic", async () => {
    expect(seconds).toBeLessThan(30);
    const snapshot = () =>
      db.surveyResponse.findMany({ orderBy: { id: "asc" }, select: { id: true, requestId: true, csatScore: true, cesScore: true, pulseScore: true, comment: true, createdAt: true } });
    const before = await snapshot();
    const again = await seedDemo(db, { now: new Date(now.getTime() + 3_600_000) });
    expect(again.surveysCreated).toEqual({ requests: 0, responses: 0 });
    expect(await surveyCounts()).toEqual(first);
    await seedDemo(db, { reset: true, now });
    expect(await surveyCounts()).toEqual(first);
    expect(await snapshot()).toEqual(before);
  });
});
