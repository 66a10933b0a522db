import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { changeInquiryStatus } from "@/lib/inquiries/mutations";
import { createProblem, linkInquiries } from "@/lib/board/mutations";
import { getBoard } from "@/lib/board/queries";
import { getProblemDetail } from "@/lib/board/queries-detail";
import { BOARD_CSAT_MAX_LINKED } from "@/lib/board/queries-shared";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { submitSurveyAnswer } from "@/lib/surveys/answer";
import { getSurveyResults, listLowScores } from "@/lib/surveys/queries";
import { rebuildSurveyRollups, reconcileSurveyRollups } from "@/lib/surveys/rollups";
import { isLowScore, NO_AGENT, surveyFigures, type SurveyForm, type SurveyTotals } from "@/lib/surveys/rules";
import { signSurveyToken } from "@/lib/surveys/token";
import { addWeeks, weekStart } from "@/lib/time/week";
import type { Channel, CustomerType } from "@/lib/inquiries/rules";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, allRoles, db, resetDb } from "./helpers";

// /surveys reads the SurveyWeek rollup only: these tests pin its figures to numbers worked out by
// hand from a small fixture, and check that the rollup the answer path maintains stays exact.

beforeEach(resetDb);

const TZ = process.env.ORG_TIME_ZONE ?? "Asia/Seoul";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const W2 = weekStart(now, TZ);
const W1 = addWeeks(W2, -1, TZ);
const W0 = addWeeks(W2, -2, TZ);
const at = (week: Date, hours: number) => new Date(week.getTime() + hours * HOUR);

type Spec = {
  n: number;
  week: Date;
  agent: "ann" | "ben" | null;
  channel: Channel;
  type: CustomerType;
  form: SurveyForm;
  csat?: number;
  ces?: number;
  comment?: string;
  /** When it was answered (no answer when absent). */
  answeredAt?: Date;
};

/**
 * The fixture. Range under test: W1..W2 (2 weeks); #11 lies in W0, outside it.
 * External = every type but INTERNAL.
 */
const specs: Spec[] = [
  { n: 1, week: W1, agent: "ann", channel: "EMAIL", type: "USER", form: "CSAT", csat: 5, answeredAt: at(W1, 10) },
  { n: 2, week: W1, agent: "ann", channel: "EMAIL", type: "USER", form: "CSAT", csat: 4, answeredAt: at(W1, 11) },
  { n: 3, week: W1, agent: "ann", channel: "CHAT", type: "BUYER", form: "CSAT", csat: 2, comment: "Slow and rude", answeredAt: at(W1, 48) },
  { n: 4, week: W1, agent: "ben", channel: "PHONE", type: "USER", form: "CSAT", csat: 3, answeredAt: at(W1, 12) },
  { n: 5, week: W1, agent: "ben", channel: "PHONE", type: "USER", form: "CSAT" },
  { n: 6, week: W2, agent: "ann", channel: "CHAT", type: "USER", form: "CSAT", csat: 1, comment: "Still broken", answeredAt: at(W2, 1) },
  { n: 7, week: W2, agent: "ben", channel: "EMAIL", type: "BUYER", form: "CSAT", csat: 5, answeredAt: at(W2, 1.5) },
  { n: 8, week: W2, agent: null, channel: "WEB_FORM", type: "USER", form: "CSAT" },
  { n: 9, week: W2, agent: "ben", channel: "INTERNAL", type: "INTERNAL", form: "CSAT_CES", csat: 4, ces: 6, answeredAt: at(W2, 0.5) },
  // Same answer time as #3: the list breaks the tie by id.
  { n: 10, week: W1, agent: "ann", channel: "INTERNAL", type: "INTERNAL", form: "CES", ces: 2, answeredAt: at(W1, 48) },
  { n: 11, week: W0, agent: "ann", channel: "EMAIL", type: "USER", form: "CSAT", csat: 1, comment: "Old", answeredAt: at(W0, 24) },
  { n: 12, week: W2, agent: "ann", channel: "EMAIL", type: "USER", form: "CSAT_CES", csat: 4, ces: 3, answeredAt: at(W2, 2) },
];

const totals = (t: Partial<SurveyTotals>): SurveyTotals => ({
  requests: 0, responses: 0, csatCount: 0, csatSum: 0, csatHigh: 0, cesCount: 0, cesSum: 0, cesHigh: 0, ...t,
});

type Fixture = {
  ann: Actor;
  ben: Actor;
  byN: Map<number, { inquiryId: string; responseId: string | null; number: number }>;
  pulseResponseId: string;
};

async function buildFixture(): Promise<Fixture> {
  const ann = await actorFor("AGENT", "Ann");
  const ben = await actorFor("AGENT", "Ben");
  const customers = {
    USER: await createCustomer(db, { name: "Dana User", type: "USER" }),
    BUYER: await createCustomer(db, { name: "Acme Buyer", type: "BUYER" }),
    INTERNAL: await createCustomer(db, { name: "Field Tech Kim", type: "INTERNAL" }),
    PROSPECT: await createCustomer(db, { name: "Pat Prospect", type: "PROSPECT" }),
    CHURNED: await createCustomer(db, { name: "Gone Gus", type: "CHURNED" }),
  };
  const agentId = (a: Spec["agent"]) => (a === "ann" ? ann.id : a === "ben" ? ben.id : null);
  const byN: Fixture["byN"] = new Map();
  for (const s of specs) {
    const inquiry = await createInquiry(db, {
      subject: `Fixture ${s.n}`, customerId: customers[s.type].id, channel: s.channel, assigneeId: agentId(s.agent),
      status: "RESOLVED", createdAt: at(s.week, -2), resolvedAt: at(s.week, 0),
    });
    const request = await db.surveyRequest.create({
      data: {
        form: s.form, inquiryId: inquiry.id, customerId: customers[s.type].id, agentId: agentId(s.agent), channel: s.channel,
        customerType: s.type, weekStart: s.week, expiresAt: at(s.week, 28 * 24), createdAt: at(s.week, 0), answeredAt: s.answeredAt ?? null,
      },
    });
    let responseId: string | null = null;
    if (s.answeredAt) {
      const answer = { csat: s.csat ?? null, ces: s.ces ?? null };
      const response = await db.surveyResponse.create({
        data: {
          requestId: request.id, csatScore: answer.csat, cesScore: answer.ces, comment: s.comment ?? null, low: isLowScore(answer),
          inquiryId: inquiry.id, agentId: agentId(s.agent), channel: s.channel, customerType: s.type, weekStart: s.week, createdAt: s.answeredAt,
        },
      });
      responseId = response.id;
    }
    byN.set(s.n, { inquiryId: inquiry.id, responseId, number: inquiry.number });
  }
  // A low pulse answer (staff survey): never in the rollup, never in the low-scores list.
  const admin = await actorFor("ADMIN");
  const pulse = await db.surveyPulse.create({ data: { question: "How was your week?", createdById: admin.id } });
  const pulseRequest = await db.surveyRequest.create({
    data: { form: "PULSE", pulseId: pulse.id, staffId: ann.id, weekStart: W2, expiresAt: at(W2, 28 * 24), createdAt: at(W2, 0), answeredAt: at(W2, 3) },
  });
  const pulseResponse = await db.surveyResponse.create({
    data: { requestId: pulseRequest.id, pulseScore: 1, comment: "Tired", low: true, pulseId: pulse.id, weekStart: W2, createdAt: at(W2, 3) },
  });
  await rebuildSurveyRollups(db);
  return { ann, ben, byN, pulseResponseId: pulseResponse.id };
}

describe("getSurveyResults against a hand-computed fixture", () => {
  it("gives every figure overall, by week, agent, channel and customer type, internal apart", async () => {
    const { ann, ben } = await buildFixture();
    expect(await reconcileSurveyRollups(db)).toEqual([]);
    const r = await getSurveyResults(ann, { weeks: 2 }, { now });

    expect(r.from).toEqual(W1);
    expect(r.to).toEqual(W2);
    expect(r.anySurveys).toBe(true);
    // External: #1–8 and #12 (9 requests), answered #1,2,3,4,6,7,12; CSAT 5,4,2,3,1,5,4; CES 3 (#12).
    expect(r.overall).toEqual(surveyFigures(totals({ requests: 9, responses: 7, csatCount: 7, csatSum: 24, csatHigh: 4, cesCount: 1, cesSum: 3, cesHigh: 0 })));
    expect(r.overall).toMatchObject({ csat: 4 / 7, csatMean: 24 / 7, ces: 3, cesEasy: 0, responseRate: 7 / 9, responses: 7, small: true });
    // Internal: #9 (CSAT 4, CES 6) and #10 (CES 2).
    expect(r.internal).toEqual(surveyFigures(totals({ requests: 2, responses: 2, csatCount: 1, csatSum: 4, csatHigh: 1, cesCount: 2, cesSum: 8, cesHigh: 1 })));
    expect(r.internal).toMatchObject({ csat: 1, csatMean: 4, ces: 4, cesEasy: 0.5, responseRate: 1 });

    expect(r.byWeek.map((w) => w.weekStart)).toEqual([W1, W2]);
    expect(r.byWeek[0].figures).toEqual(surveyFigures(totals({ requests: 5, responses: 4, csatCount: 4, csatSum: 14, csatHigh: 2 })));
    expect(r.byWeek[1].figures).toEqual(surveyFigures(totals({ requests: 4, responses: 3, csatCount: 3, csatSum: 10, csatHigh: 2, cesCount: 1, cesSum: 3 })));
    expect(r.internalByWeek[0].figures).toEqual(surveyFigures(totals({ requests: 1, responses: 1, cesCount: 1, cesSum: 2 })));
    expect(r.internalByWeek[1].figures).toEqual(surveyFigures(totals({ requests: 1, responses: 1, csatCount: 1, csatSum: 4, csatHigh: 1, cesCount: 1, cesSum: 6, cesHigh: 1 })));

    expect(r.byAgent).toEqual([
      { agentId: ann.id, name: "Ann", figures: surveyFigures(totals({ requests: 5, responses: 5, csatCount: 5, csatSum: 16, csatHigh: 3, cesCount: 1, cesSum: 3 })) },
      { agentId: ben.id, name: "Ben", figures: surveyFigures(totals({ requests: 3, responses: 2, csatCount: 2, csatSum: 8, csatHigh: 1 })) },
      { agentId: null, name: null, figures: surveyFigures(totals({ requests: 1 })) },
    ]);
    expect(r.byChannel).toEqual([
      { channel: "PHONE", figures: surveyFigures(totals({ requests: 2, responses: 1, csatCount: 1, csatSum: 3 })) },
      { channel: "EMAIL", figures: surveyFigures(totals({ requests: 4, responses: 4, csatCount: 4, csatSum: 18, csatHigh: 4, cesCount: 1, cesSum: 3 })) },
      { channel: "CHAT", figures: surveyFigures(totals({ requests: 2, responses: 2, csatCount: 2, csatSum: 3 })) },
      { channel: "WEB_FORM", figures: surveyFigures(totals({ requests: 1 })) },
    ]);
    expect(r.byCustomerType).toEqual([
      { customerType: "INTERNAL", figures: surveyFigures(totals({ requests: 2, responses: 2, csatCount: 1, csatSum: 4, csatHigh: 1, cesCount: 2, cesSum: 8, cesHigh: 1 })) },
      { customerType: "BUYER", figures: surveyFigures(totals({ requests: 2, responses: 2, csatCount: 2, csatSum: 7, csatHigh: 1 })) },
      { customerType: "USER", figures: surveyFigures(totals({ requests: 7, responses: 5, csatCount: 5, csatSum: 17, csatHigh: 3, cesCount: 1, cesSum: 3 })) },
    ]);
  });

  it("narrows every figure to one agent (my results), and to unassigned inquiries", async () => {
    const { ann } = await buildFixture();
    const mine = await getSurveyResults(ann, { weeks: 2, agentId: ann.id }, { now });
    expect(mine.agentId).toBe(ann.id);
    expect(mine.overall).toEqual(surveyFigures(totals({ requests: 5, responses: 5, csatCount: 5, csatSum: 16, csatHigh: 3, cesCount: 1, cesSum: 3 })));
    expect(mine.internal).toEqual(surveyFigures(totals({ requests: 1, responses: 1, cesCount: 1, cesSum: 2 })));
    expect(mine.byAgent.map((a) => a.agentId)).toEqual([ann.id]);
    expect(mine.byChannel.map((c) => c.channel)).toEqual(["EMAIL", "CHAT"]);

    const unassigned = await getSurveyResults(ann, { weeks: 2, agentId: NO_AGENT }, { now });
    expect(unassigned.overall).toEqual(surveyFigures(totals({ requests: 1 })));
    expect(unassigned.byAgent).toEqual([{ agentId: null, name: null, figures: surveyFigures(totals({ requests: 1 })) }]);
  });

  it("moves the range by weeks and until: three weeks take in #11, a range before any survey is empty", async () => {
    const { ann } = await buildFixture();
    const three = await getSurveyResults(ann, { weeks: 3 }, { now });
    expect(three.byWeek.map((w) => w.weekStart)).toEqual([W0, W1, W2]);
    expect(three.byWeek[0].figures).toEqual(surveyFigures(totals({ requests: 1, responses: 1, csatCount: 1, csatSum: 1 })));
    expect(three.overall.responses).toBe(8);

    const lastWeekOnly = await getSurveyResults(ann, { weeks: 1, until: new Date(W1.getTime() + 3 * DAY) }, { now });
    expect(lastWeekOnly.from).toEqual(W1);
    expect(lastWeekOnly.overall.requests).toBe(5);
    expect(lastWeekOnly.later).not.toBeNull();

    const before = await getSurveyResults(ann, { weeks: 4, until: new Date(W0.getTime() - 3 * DAY) }, { now });
    expect(before.anySurveys).toBe(true);
    expect(before.overall).toEqual(surveyFigures(totals({})));
    expect(before.byWeek).toHaveLength(4);
    expect(before.byAgent).toEqual([]);
  });

  it("says there are no surveys yet on an empty database, with zero-filled weeks", async () => {
    const member = await actorFor("MEMBER");
    const r = await getSurveyResults(member, {}, { now });
    expect(r.anySurveys).toBe(false);
    expect(r.weeks).toBe(12);
    expect(r.byWeek).toHaveLength(12);
    expect(r.byWeek.at(-1)!.weekStart).toEqual(W2);
    expect(r.overall.responses).toBe(0);
    expect(r.fulfillment).toEqual({ resolved: 0, withinTarget: 0, rate: null });
  });

  it("every role reads the same results and low scores (visibility)", async () => {
    const { ann } = await buildFixture();
    const expected = await getSurveyResults(ann, { weeks: 2 }, { now });
    const expectedLow = await listLowScores(ann, { limit: 50 });
    for (const role of allRoles) {
      const actor = await actorFor(role);
      expect(await getSurveyResults(actor, { weeks: 2 }, { now }), role).toEqual(expected);
      expect(await listLowScores(actor, { limit: 50 }), role).toEqual(expectedLow);
    }
  });

  it("refuses malformed input before the database (zod)", async () => {
    const { ann } = await buildFixture();
    await expect(getSurveyResults(ann, { weeks: 0 })).rejects.toThrow();
    await expect(getSurveyResults(ann, { weeks: 53 })).rejects.toThrow();
    await expect(getSurveyResults(ann, { agentId: "not-a-uuid" })).rejects.toThrow();
    await expect(listLowScores(ann, { limit: 0 })).rejects.toThrow();
    // A malformed cursor starts over rather than failing the page.
    expect((await listLowScores(ann, { cursor: "garbage" })).items).toHaveLength(5);
  });
});

describe("internal service fulfillment rate", () => {
  it("is the share of INTERNAL inquiries resolved in the range by their due time", async () => {
    const ann = await actorFor("AGENT", "Ann");
    const ben = await actorFor("AGENT", "Ben");
    const colleague = await createCustomer(db, { type: "INTERNAL" });
    const user = await createCustomer(db, { type: "USER" });
    const make = (data: Parameters<typeof createInquiry>[1]) => createInquiry(db, { customerId: colleague.id, ...data });
    // On time, resolved in W2 (ben).
    await make({ assigneeId: ben.id, status: "RESOLVED", createdAt: at(W2, 1), dueAt: at(W2, 30), resolvedAt: at(W2, 5) });
    // Late, resolved in W1 (ann).
    await make({ assigneeId: ann.id, status: "CLOSED", createdAt: at(W1, 1), dueAt: at(W1, 5), resolvedAt: at(W1, 50), closedAt: at(W1, 60) });
    // Resolved on time in W1, reopened since: its first resolution still counts.
    await make({ assigneeId: ben.id, status: "OPEN", createdAt: at(W1, 2), dueAt: at(W1, 80), resolvedAt: at(W1, 3) });
    // Not counted: resolved before the range, never resolved, not internal.
    await make({ assigneeId: ann.id, status: "RESOLVED", createdAt: at(W0, 1), dueAt: at(W0, 40), resolvedAt: at(W0, 2) });
    await make({ assigneeId: ann.id, status: "OPEN", createdAt: at(W1, 1), dueAt: at(W1, 2) });
    await createInquiry(db, { customerId: user.id, status: "RESOLVED", createdAt: at(W1, 1), dueAt: at(W1, 40), resolvedAt: at(W1, 2) });
    // Asked long ago and resolved (late) in W2: counts for everyone (the rollup has every resolution).
    await make({ assigneeId: null, status: "RESOLVED", createdAt: at(W0, -200 * 24), dueAt: at(W0, -190 * 24), resolvedAt: at(W2, 3) });

    const all = await getSurveyResults(ann, { weeks: 2 }, { now });
    expect(all.fulfillment).toEqual({ resolved: 4, withinTarget: 2, rate: 2 / 4 });
    const annOnly = await getSurveyResults(ann, { weeks: 2, agentId: ann.id }, { now });
    expect(annOnly.fulfillment).toEqual({ resolved: 1, withinTarget: 0, rate: 0 });
    const benOnly = await getSurveyResults(ann, { weeks: 2, agentId: ben.id }, { now });
    expect(benOnly.fulfillment).toEqual({ resolved: 2, withinTarget: 2, rate: 1 });
    const three = await getSurveyResults(ann, { weeks: 3 }, { now });
    expect(three.fulfillment).toEqual({ resolved: 5, withinTarget: 3, rate: 3 / 5 });
    // Per agent (raw count, bounded by FULFILLMENT_LOOKBACK_DAYS) the parts add up to the rollup's
    // total, except the inquiry asked 200 days before the range — the documented cost of the bound.
    const parts = await Promise.all([ann.id, ben.id, NO_AGENT].map((agentId) => getSurveyResults(ann, { weeks: 2, agentId }, { now })));
    expect(parts.reduce((n, p) => n + p.fulfillment.resolved, 0)).toBe(all.fulfillment.resolved - 1);
    expect(parts.reduce((n, p) => n + p.fulfillment.withinTarget, 0)).toBe(all.fulfillment.withinTarget);
  });
});

describe("listLowScores", () => {
  it("lists CSAT ≤ 2 / CES ≤ 3 answers newest first with what the page shows, never pulse answers", async () => {
    const { ann, byN, pulseResponseId } = await buildFixture();
    const { items, nextCursor } = await listLowScores(ann, { limit: 20 });
    expect(nextCursor).toBeNull();
    const tie = [byN.get(3)!, byN.get(10)!].sort((a, b) => (a.responseId! < b.responseId! ? 1 : -1));
    expect(items.map((i) => i.id)).toEqual([byN.get(12)!.responseId, byN.get(6)!.responseId, tie[0].responseId, tie[1].responseId, byN.get(11)!.responseId]);
    expect(items.map((i) => i.id)).not.toContain(pulseResponseId);

    const six = items[1];
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: byN.get(6)!.inquiryId } });
    expect(six).toEqual({
      id: byN.get(6)!.responseId, csat: 1, ces: null, comment: "Still broken", createdAt: at(W2, 1),
      channel: "CHAT", customerType: "USER", agent: { id: ann.id, name: "Ann" }, customerName: "Dana User",
      inquiry: { id: inquiry.id, number: inquiry.number, subject: "Fixture 6", status: "RESOLVED", version: inquiry.version, problemId: null, problem: null },
    });
    expect(items[0]).toMatchObject({ csat: 4, ces: 3, comment: null });
  });

  it("pages by keyset through ties, and filters by agent", async () => {
    const { ann, ben, byN } = await buildFixture();
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = await listLowScores(ann, { limit: 2, cursor });
      expect(res.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.items.map((i) => i.id));
      if (!res.nextCursor) break;
      cursor = res.nextCursor;
    }
    const all = (await listLowScores(ann, { limit: 20 })).items.map((i) => i.id);
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(5);

    expect((await listLowScores(ann, { agentId: ben.id })).items).toEqual([]);
    expect((await listLowScores(ben, { agentId: ann.id })).items).toHaveLength(5);
    await db.surveyResponse.update({ where: { id: byN.get(6)!.responseId! }, data: { agentId: null } });
    expect((await listLowScores(ann, { agentId: NO_AGENT })).items.map((i) => i.id)).toEqual([byN.get(6)!.responseId]);
  });

  it("shows the linked problem, and the reopen behind the button checks role and version", async () => {
    const { ann, byN } = await buildFixture();
    const problem = await db.problem.create({ data: { title: "Chat drops", description: "", createdById: ann.id } });
    await db.inquiry.update({ where: { id: byN.get(3)!.inquiryId }, data: { problemId: problem.id } });
    const items = (await listLowScores(ann, { limit: 20 })).items;
    const three = items.find((i) => i.id === byN.get(3)!.responseId)!;
    expect(three.inquiry!.problem).toEqual({ id: problem.id, number: problem.number, title: "Chat drops" });

    const six = items.find((i) => i.id === byN.get(6)!.responseId)!.inquiry!;
    const member = await actorFor("MEMBER");
    await expect(changeInquiryStatus(member, { inquiryId: six.id, expectedVersion: six.version, status: "OPEN" })).rejects.toThrow(ForbiddenError);
    await changeInquiryStatus(ann, { inquiryId: six.id, expectedVersion: six.version, status: "OPEN" });
    // The same stale version again (a second tab): a conflict, nothing overwritten.
    await expect(changeInquiryStatus(ann, { inquiryId: six.id, expectedVersion: six.version, status: "OPEN" })).rejects.toThrow(ConflictError);
    const after = (await listLowScores(ann, { limit: 20 })).items.find((i) => i.id === byN.get(6)!.responseId)!.inquiry!;
    expect(after).toMatchObject({ status: "OPEN", version: six.version + 1 });
  });
});

describe("CSAT on the fix board", () => {
  it("cards and the problem page show the CSAT share of the linked inquiries' answers, blank without any", async () => {
    const { ann, byN } = await buildFixture();
    // #1 (CSAT 5), #3 (2), #9 (4, internal — every answer of a linked inquiry counts), #10 (CES only), #5 (no answer).
    const { problemId } = await createProblem(ann, { title: "Checkout errors", inquiryIds: [1, 3, 9, 10, 5].map((n) => byN.get(n)!.inquiryId) });
    const { problemId: quietId } = await createProblem(ann, { title: "Quiet one", inquiryIds: [byN.get(8)!.inquiryId] });
    const member = await actorFor("MEMBER");
    const board = await getBoard(member);
    const cards = board.columns.flatMap((c) => c.cards);
    expect(cards.find((c) => c.id === problemId)).toMatchObject({ csat: 2 / 3, csatResponses: 3 });
    expect(cards.find((c) => c.id === quietId)).toMatchObject({ csat: null, csatResponses: 0 });
    expect((await getProblemDetail(member, problemId)).csat).toEqual({ csat: 2 / 3, responses: 3 });
    expect((await getProblemDetail(member, quietId)).csat).toEqual({ csat: null, responses: 0 });

    // Linking one more answered inquiry (#7, CSAT 5) moves it.
    await linkInquiries(ann, { problemId, inquiryIds: [byN.get(7)!.inquiryId] });
    expect((await getProblemDetail(member, problemId)).csat).toEqual({ csat: 3 / 4, responses: 4 });
  });

  it("leaves card CSAT to the problem page when the cards shown link more inquiries than the board's budget", async () => {
    const { ann, byN } = await buildFixture();
    const { problemId } = await createProblem(ann, { title: "Checkout errors", inquiryIds: [byN.get(1)!.inquiryId] });
    const { problemId: bigId } = await createProblem(ann, { title: "Huge one", inquiryIds: [byN.get(3)!.inquiryId] });
    // The guard reads the linkedCount rollup; pretend the second problem is huge.
    await db.problem.update({ where: { id: bigId }, data: { linkedCount: BOARD_CSAT_MAX_LINKED } });
    const cards = (await getBoard(ann)).columns.flatMap((c) => c.cards);
    expect(cards.find((c) => c.id === problemId)).toMatchObject({ csat: null, csatResponses: null });
    expect(cards.find((c) => c.id === bigId)).toMatchObject({ csat: null, csatResponses: null });
    expect((await getProblemDetail(ann, problemId)).csat).toEqual({ csat: 1, responses: 1 });
    expect((await getProblemDetail(ann, bigId)).csat).toEqual({ csat: 0, responses: 1 });
  });
});

describe("rollup under a random workload", () => {
  it("resolves, reopens and answers at random; the rollup stays exact and the results match the raw answers", async () => {
    // Seeded LCG so a failure reproduces.
    let seed = 20261123;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

    const agents = [await actorFor("AGENT", "Ann"), await actorFor("AGENT", "Ben"), await actorFor("ADMIN", "Ada")];
    const types: CustomerType[] = ["INTERNAL", "PROSPECT", "BUYER", "USER", "CHURNED"];
    const chans: Channel[] = ["PHONE", "EMAIL", "CHAT", "WEB_FORM", "INTERNAL"];
    const customers = await Promise.all(types.map((type) => createCustomer(db, { type })));
    const inquiries = [];
    for (let i = 0; i < 30; i++) {
      inquiries.push(await createInquiry(db, {
        customerId: pick(customers).id, channel: pick(chans), status: "OPEN",
        assigneeId: rand() < 0.15 ? null : pick(agents).id,
      }));
    }
    const secret = process.env.NEXTAUTH_SECRET!;
    let accepted = 0;
    for (let step = 0; step < 90; step++) {
      const op = rand();
      if (step === 30) await db.surveySettings.upsert({ where: { id: 1 }, create: { id: 1, mode: "CSAT_CES" }, update: { mode: "CSAT_CES" } });
      if (step === 60) await db.surveySettings.update({ where: { id: 1 }, data: { mode: "CES" } });
      const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: pick(inquiries).id }, select: { id: true, status: true, version: true } });
      if (op < 0.45) {
        if (inquiry.status === "OPEN") await changeInquiryStatus(pick(agents), { inquiryId: inquiry.id, expectedVersion: inquiry.version, status: "RESOLVED" });
      } else if (op < 0.6) {
        if (inquiry.status === "RESOLVED") await changeInquiryStatus(pick(agents), { inquiryId: inquiry.id, expectedVersion: inquiry.version, status: "OPEN" });
      } else {
        const request = await db.surveyRequest.findFirst({ where: { inquiryId: inquiry.id }, select: { id: true, form: true, expiresAt: true } });
        if (!request) continue;
        const answer = {
          csat: request.form === "CSAT" || request.form === "CSAT_CES" ? 1 + Math.floor(rand() * 5) : undefined,
          ces: request.form === "CES" || request.form === "CSAT_CES" ? 1 + Math.floor(rand() * 7) : undefined,
          comment: rand() < 0.5 ? `Comment ${step}` : undefined,
        };
        const outcome = await submitSurveyAnswer(signSurveyToken(request.id, request.expiresAt, secret), answer, { ip: `10.0.${step}.1` });
        if (outcome.status === "stored") accepted++;
        else expect(outcome.status).toBe("already");
      }
    }
    expect(await db.surveyRequest.count()).toBeGreaterThan(5);
    expect(accepted).toBeGreaterThan(3);
    expect(await reconcileSurveyRollups(db)).toEqual([]);

    // The page's figures equal the same formulas applied to the raw answers.
    const responses = await db.surveyResponse.findMany({ where: { inquiryId: { not: null } } });
    const requests = await db.surveyRequest.findMany({ where: { inquiryId: { not: null } } });
    expect(responses).toHaveLength(accepted);
    const raw = (keep: (x: { customerType: CustomerType | null }) => boolean) => {
      const rs = responses.filter(keep);
      const csat = rs.flatMap((r) => (r.csatScore === null ? [] : [r.csatScore]));
      const ces = rs.flatMap((r) => (r.cesScore === null ? [] : [r.cesScore]));
      return surveyFigures({
        requests: requests.filter(keep).length, responses: rs.length,
        csatCount: csat.length, csatSum: csat.reduce((a, b) => a + b, 0), csatHigh: csat.filter((s) => s >= 4).length,
        cesCount: ces.length, cesSum: ces.reduce((a, b) => a + b, 0), cesHigh: ces.filter((s) => s >= 5).length,
      });
    };
    const results = await getSurveyResults(agents[0], { weeks: 1 });
    expect(results.overall).toEqual(raw((x) => x.customerType !== "INTERNAL"));
    expect(results.internal).toEqual(raw((x) => x.customerType === "INTERNAL"));
    const low = await listLowScores(agents[0], { limit: 100 });
    expect(low.items.map((i) => i.id).sort()).toEqual(responses.filter((r) => r.low).map((r) => r.id).sort());
  });
});
