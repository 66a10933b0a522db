import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { changeInquiryStatus } from "@/lib/inquiries/mutations";
import { RateLimitedError } from "@/lib/errors";
import { loadSurveyForToken, SURVEY_RATE_LIMIT, submitSurveyAnswer } from "@/lib/surveys/answer";
import { reconcileSurveyRollups } from "@/lib/surveys/rollups";
import { SURVEY_TTL_MS } from "@/lib/surveys/rules";
import { signSurveyToken, surveyExpiry } from "@/lib/surveys/token";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// The public answer: one response per request however often (or however concurrently) it is
// submitted, the SurveyWeek rollup kept exact in the same statement, bad answers and bad tokens
// refused with nothing stored, and a per-address rate limit.

beforeEach(resetDb);

const secret = () => process.env.NEXTAUTH_SECRET!;
const ip = { ip: "203.0.113.7" };

/** Resolves a fresh inquiry (the real path creates its survey request) and returns the request and its token. */
async function resolvedSurvey(opts: { mode?: "CSAT" | "CES" | "CSAT_CES"; channel?: "CHAT" | "EMAIL" | "PHONE" } = {}) {
  if (opts.mode) await db.surveySettings.upsert({ where: { id: 1 }, create: { id: 1, mode: opts.mode }, update: { mode: opts.mode } });
  const agent = await actorFor("AGENT");
  const customer = await createCustomer(db, { type: "INTERNAL", email: `c-${randomUUID()}@example.com` });
  const inquiry = await createInquiry(db, {
    customerId: customer.id, subject: "Cannot export <b>CSV</b>", status: "OPEN", assigneeId: agent.id, channel: opts.channel ?? "CHAT",
  });
  await changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: inquiry.version, status: "RESOLVED" });
  const request = await db.surveyRequest.findUniqueOrThrow({ where: { inquiryId: inquiry.id } });
  return { agent, inquiry, request, token: signSurveyToken(request.id, request.expiresAt, secret()) };
}

async function nothingStored(requestId: string) {
  expect(await db.surveyResponse.count()).toBe(0);
  expect((await db.surveyRequest.findUniqueOrThrow({ where: { id: requestId } })).answeredAt).toBeNull();
  expect(await db.surveyWeek.aggregate({ _sum: { responses: true } })).toMatchObject({ _sum: { responses: 0 } });
  expect(await db.auditEvent.count({ where: { action: "survey.answered" } })).toBe(0);
}

describe("submitSurveyAnswer", () => {
  it("stores one response with the request's snapshots, stamps the request and bumps its rollup row", async () => {
    const { agent, inquiry, request, token } = await resolvedSurvey();
    expect(await loadSurveyForToken(token, new Date())).toEqual({
      state: "ready", form: "CSAT", subject: "Cannot export <b>CSV</b>", question: null, language: "en",
    });

    const outcome = await submitSurveyAnswer(token, { csat: 2, comment: "  Took three days.\r\nStill slow.  " }, ip);
    expect(outcome).toMatchObject({ status: "stored" });

    const responses = await db.surveyResponse.findMany();
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      requestId: request.id, csatScore: 2, cesScore: null, pulseScore: null, comment: "Took three days.\nStill slow.", low: true,
      inquiryId: inquiry.id, pulseId: null, agentId: agent.id, channel: "CHAT", customerType: "INTERNAL", weekStart: request.weekStart,
    });
    expect((await db.surveyRequest.findUniqueOrThrow({ where: { id: request.id } })).answeredAt).toBeInstanceOf(Date);
    expect(await db.surveyWeek.findMany()).toEqual([
      expect.objectContaining({
        weekStart: request.weekStart, agentId: agent.id, channel: "CHAT", customerType: "INTERNAL",
        requests: 1, responses: 1, csatCount: 1, csatSum: 2, csatHigh: 0, cesCount: 0, cesSum: 0, cesHigh: 0,
      }),
    ]);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
    const audits = await db.auditEvent.findMany({ where: { action: "survey.answered" } });
    expect(audits).toEqual([expect.objectContaining({ actorId: null, entityType: "SurveyRequest", entityId: request.id })]);
    expect(audits[0].data).toMatchObject({ responseId: responses[0].id, form: "CSAT", low: true });
    expect(await loadSurveyForToken(token, new Date())).toMatchObject({ state: "answered" });
  });

  it("a second submit reads as already answered and stores nothing new", async () => {
    const { token } = await resolvedSurvey();
    expect(await submitSurveyAnswer(token, { csat: 5 }, ip)).toMatchObject({ status: "stored" });
    expect(await submitSurveyAnswer(token, { csat: 1, comment: "changed my mind" }, ip)).toEqual({ status: "already" });
    expect(await db.surveyResponse.findMany({ select: { csatScore: true, comment: true, low: true } })).toEqual([{ csatScore: 5, comment: null, low: false }]);
    expect(await db.surveyWeek.findFirstOrThrow()).toMatchObject({ responses: 1, csatCount: 1, csatSum: 5, csatHigh: 1 });
    expect(await db.auditEvent.count({ where: { action: "survey.answered" } })).toBe(1);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
  });

  it("of 10 concurrent submits of one token exactly one stores; the rollup counts it once", async () => {
    const { token } = await resolvedSurvey();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => submitSurveyAnswer(token, { csat: (i % 5) + 1, comment: `try ${i}` }, { ip: `198.51.100.${i}` })),
    );
    expect(outcomes.filter((o) => o.status === "stored")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "already")).toHaveLength(9);
    expect(await db.surveyResponse.count()).toBe(1);
    expect(await db.surveyWeek.findFirstOrThrow()).toMatchObject({ requests: 1, responses: 1, csatCount: 1 });
    expect(await db.auditEvent.count({ where: { action: "survey.answered" } })).toBe(1);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
  });

  it("stores both scores of a CSAT_CES survey in one response and both rollup column groups", async () => {
    const { token } = await resolvedSurvey({ mode: "CSAT_CES", channel: "PHONE" });
    expect(await submitSurveyAnswer(token, { csat: 4, ces: 3 }, ip)).toMatchObject({ status: "stored" });
    expect(await db.surveyResponse.findFirstOrThrow()).toMatchObject({ csatScore: 4, cesScore: 3, low: true, channel: "PHONE" });
    expect(await db.surveyWeek.findFirstOrThrow()).toMatchObject({
      responses: 1, csatCount: 1, csatSum: 4, csatHigh: 1, cesCount: 1, cesSum: 3, cesHigh: 0,
    });
    expect(await reconcileSurveyRollups(db)).toEqual([]);
  });

  it.each([
    ["a CES score on a CSAT survey (wrong kind)", "CSAT", { csat: 4, ces: 5 }, "wrongKind"],
    ["a CSAT score on a CES survey (wrong kind)", "CES", { csat: 4 }, "wrongKind"],
    ["a pulse score on an inquiry survey", "CSAT", { csat: 4, pulse: 3 }, "wrongKind"],
    ["no score", "CSAT", { comment: "just words" }, "missingScore"],
    ["only one of two scores", "CSAT_CES", { csat: 4 }, "missingScore"],
    ["CSAT 6", "CSAT", { csat: 6 }, "outOfScale"],
    ["CSAT 0", "CSAT", { csat: 0 }, "outOfScale"],
    ["CES 8", "CES", { ces: 8 }, "outOfScale"],
    ["a fractional score", "CSAT", { csat: 2.5 }, "outOfScale"],
    ["a 2,001-character comment", "CSAT", { csat: 3, comment: "x".repeat(2001) }, "commentTooLong"],
    ["a score that is not a number", "CSAT", { csat: "great" }, "invalid"],
    ["a comment that is not text", "CSAT", { csat: 3, comment: { $gt: "" } }, "invalid"],
    ["not an object", "CSAT", ["csat", 3], "invalid"],
  ] as const)("refuses %s and stores nothing", async (_, mode, input, code) => {
    const { request, token } = await resolvedSurvey({ mode });
    expect(await submitSurveyAnswer(token, input, ip)).toEqual({ status: "refused", code });
    await nothingStored(request.id);
    expect(await loadSurveyForToken(token, new Date())).toMatchObject({ state: "ready" });
  });

  it("accepts a comment of exactly 2,000 characters and scores posted as form strings", async () => {
    const { token } = await resolvedSurvey();
    const comment = "가".repeat(2000);
    expect(await submitSurveyAnswer(token, { csat: "3", ces: "", comment }, ip)).toMatchObject({ status: "stored" });
    expect(await db.surveyResponse.findFirstOrThrow()).toMatchObject({ csatScore: 3, comment });
  });

  it("refuses a tampered, expired, unknown or re-signed token and stores nothing", async () => {
    const { request, token } = await resolvedSurvey();
    const [payload, mac] = token.split(".");
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    const tamperedPayload = `${flip(payload, 3)}.${mac}`;
    const tamperedMac = `${payload}.${flip(mac, 5)}`;
    const unknown = signSurveyToken(randomUUID(), request.expiresAt, secret());
    const otherExpiry = signSurveyToken(request.id, new Date(request.expiresAt.getTime() + 86_400_000), secret());
    const otherSecret = signSurveyToken(request.id, request.expiresAt, "some-other-secret-0123456789");
    // The MAC's last base64url character has spare bits: a sibling character decodes to the same
    // bytes, so only the canonical-spelling check refuses the changed link.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = `${payload}.${mac.slice(0, -1)}${alphabet[alphabet.indexOf(mac.at(-1)!) ^ 1]}`;
    expect(Buffer.from(sibling.split(".")[1], "base64url")).toEqual(Buffer.from(mac, "base64url"));

    for (const bad of [tamperedPayload, tamperedMac, sibling, unknown, otherExpiry, otherSecret, "", "not-a-token", `${token}x`]) {
      expect(await submitSurveyAnswer(bad, { csat: 4 }, ip)).toEqual({ status: "invalidToken" });
      expect(await loadSurveyForToken(bad, new Date())).toEqual({ state: "invalid" });
    }
    const later = new Date(request.expiresAt.getTime() + 1000);
    expect(await submitSurveyAnswer(token, { csat: 4 }, { ...ip, now: later })).toEqual({ status: "expired" });
    expect(await loadSurveyForToken(token, later)).toEqual({ state: "expired" });
    await nothingStored(request.id);
  });

  it(`refuses the ${SURVEY_RATE_LIMIT + 1}st post from one address in 10 minutes, not another address's`, async () => {
    const { token } = await resolvedSurvey();
    const now = new Date();
    const outcomes = [];
    for (let i = 0; i < SURVEY_RATE_LIMIT; i++) outcomes.push(await submitSurveyAnswer(token, { csat: 4 }, { ip: "192.0.2.1", now }));
    expect(outcomes[0].status).toBe("stored");
    expect(outcomes.slice(1).every((o) => o.status === "already")).toBe(true);
    const refused = await submitSurveyAnswer(token, { csat: 4 }, { ip: "192.0.2.1", now }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(await submitSurveyAnswer(token, { csat: 4 }, { ip: "192.0.2.2", now })).toEqual({ status: "already" });
    // Over the limit nothing is stored, even a first answer to another survey.
    const other = await resolvedSurvey();
    await expect(submitSurveyAnswer(other.token, { csat: 5 }, { ip: "192.0.2.1", now })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.surveyResponse.count()).toBe(1);
    expect(await submitSurveyAnswer(other.token, { csat: 5 }, { ip: "192.0.2.3", now })).toMatchObject({ status: "stored" });
  });

  it("stores a pulse answer with its pulse and leaves the inquiry rollup alone", async () => {
    const admin = await actorFor("ADMIN");
    const colleague = await actorFor("AGENT");
    const pulse = await db.surveyPulse.create({ data: { question: "이번 주 업무 만족도는 어떠셨나요?", createdById: admin.id } });
    const now = new Date();
    const request = await db.surveyRequest.create({
      data: {
        form: "PULSE", pulseId: pulse.id, staffId: colleague.id, recipientEmail: "a@example.com",
        weekStart: new Date("2026-03-02T00:00:00Z"), expiresAt: surveyExpiry(now, SURVEY_TTL_MS),
      },
    });
    const token = signSurveyToken(request.id, request.expiresAt, secret());
    expect(await loadSurveyForToken(token, now)).toEqual({
      state: "ready", form: "PULSE", subject: null, question: "이번 주 업무 만족도는 어떠셨나요?", language: "ko",
    });
    expect(await submitSurveyAnswer(token, { csat: 2 }, ip)).toEqual({ status: "refused", code: "wrongKind" });
    expect(await submitSurveyAnswer(token, { pulse: 1, comment: "회의가 너무 많아요" }, ip)).toMatchObject({ status: "stored" });
    expect(await db.surveyResponse.findFirstOrThrow()).toMatchObject({
      pulseScore: 1, pulseId: pulse.id, inquiryId: null, low: true, comment: "회의가 너무 많아요",
    });
    expect(await db.surveyWeek.count()).toBe(0);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
  });
});
