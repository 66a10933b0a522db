import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, FieldError } from "@/lib/errors";
import { deliverOutbox, type OutgoingMail } from "@/lib/outbox/deliver";
import { surveyDedupeKey } from "@/lib/surveys/mail";
import { listPulses, pulseAudienceSizes, sendPulse } from "@/lib/surveys/pulse";
import { verifySurveyToken } from "@/lib/surveys/token";
import { weekStart } from "@/lib/time/week";
import { createUser } from "@/prisma/seed/factories";
import { actorFor, allRoles, db, resetDb } from "./helpers";

// The staff pulse: one request and one mail per ACTIVE person in the audience, never twice for
// one submit (idempotency key, also under concurrency), and anonymous results.

beforeEach(resetDb);

async function staff() {
  const admin = await actorFor("ADMIN", "Pulse Admin");
  const agents = await Promise.all([1, 2, 3].map((k) => createUser(db, { role: "AGENT", name: `Agent ${k}` })));
  const product = await createUser(db, { role: "PRODUCT", name: "Prod" });
  const gone = await createUser(db, { role: "AGENT", name: "Left the company", active: false });
  return { admin, agents, product, gone };
}

async function answer(requestId: string, score: number, comment?: string, at = new Date()) {
  const request = await db.surveyRequest.findUniqueOrThrow({ where: { id: requestId } });
  await db.surveyResponse.create({
    data: { requestId, pulseScore: score, comment, pulseId: request.pulseId, weekStart: request.weekStart, createdAt: at, low: score <= 2 },
  });
  await db.surveyRequest.update({ where: { id: requestId }, data: { answeredAt: at } });
}

describe("sendPulse", () => {
  it("asks every active person of the audience once: one request and one mail each; inactive people are skipped", async () => {
    const { admin, agents, gone } = await staff();

    const result = await sendPulse(admin, { question: "How supported do you feel this month?", audience: "AGENT", idempotencyKey: "key-agents-1" });

    expect(result).toMatchObject({ recipients: 3, created: true });
    const requests = await db.surveyRequest.findMany({ where: { pulseId: result.pulseId } });
    expect(requests.map((r) => r.staffId).sort()).toEqual(agents.map((a) => a.id).sort());
    expect(requests.some((r) => r.staffId === gone.id)).toBe(false);
    for (const r of requests) {
      expect(r).toMatchObject({ form: "PULSE", inquiryId: null, customerId: null, agentId: null });
      expect(r.weekStart).toEqual(weekStart(r.createdAt, process.env.ORG_TIME_ZONE ?? "Asia/Seoul"));
      expect(r.expiresAt.getTime() - r.createdAt.getTime()).toBeGreaterThan(27 * 86_400_000);
    }
    const mails = await db.outboxMessage.findMany({ where: { kind: "survey.pulse" } });
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(requests.map((r) => surveyDedupeKey(r.id)).sort());
    expect(mails.map((m) => m.toEmail).sort()).toEqual(agents.map((a) => a.email).sort());
    for (const m of mails) {
      expect(m.sendAfter.getTime()).toBeLessThanOrEqual(Date.now());
      expect(m.body).toContain("How supported do you feel this month?");
      const token = /\/s\/([A-Za-z0-9_.-]+)/.exec(m.body)?.[1] ?? "";
      const check = verifySurveyToken(token, process.env.NEXTAUTH_SECRET!, new Date());
      expect(check.ok && requests.some((r) => r.id === check.requestId)).toBe(true);
    }
    // Pulses are not inquiry surveys: the results rollup does not count them.
    expect(await db.surveyWeek.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "survey.pulse.send", entityId: result.pulseId } })).toBe(1);

    // Sent right away: a delivery run sends each exactly once.
    const sent: OutgoingMail[] = [];
    await Promise.all([1, 2].map(() => deliverOutbox({ async send(mail) { sent.push(mail); } })));
    expect(sent.map((m) => m.to).sort()).toEqual(agents.map((a) => a.email).sort());
  });

  it("everyone: all active users of every role, the sender included", async () => {
    const { admin } = await staff();
    const result = await sendPulse(admin, { question: "이번 달 업무 만족도는 어떠신가요?", audience: "ALL", idempotencyKey: "key-all-1" });
    expect(result.recipients).toBe(5); // admin + 3 agents + product; not the inactive one
    expect(await pulseAudienceSizes(admin)).toEqual({ ALL: 5, ADMIN: 1, AGENT: 3, PRODUCT: 1, MEMBER: 0 });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toEmail: admin.email } });
    expect(mail.subject).toContain("짧은 설문"); // a Korean question gets the Korean invitation
  });

  it("a retried submit with the same key returns the first pulse and sends nothing new", async () => {
    const { admin } = await staff();
    const first = await sendPulse(admin, { question: "Q1", audience: "AGENT", idempotencyKey: "retry-key-1" });
    const again = await sendPulse(admin, { question: "Q1 (edited)", audience: "ALL", idempotencyKey: "retry-key-1" });
    expect(again).toEqual({ pulseId: first.pulseId, recipients: 3, created: false });
    expect(await db.surveyPulse.count()).toBe(1);
    expect(await db.surveyRequest.count()).toBe(3);
    expect(await db.outboxMessage.count()).toBe(3);
  });

  it("concurrent submits with the same key make one pulse", async () => {
    const { admin } = await staff();
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => sendPulse(admin, { question: "Same form, clicked four times", audience: "ALL", idempotencyKey: "double-click-1" })),
    );
    expect(new Set(results.map((r) => r.pulseId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.every((r) => r.recipients === 5)).toBe(true);
    expect(await db.surveyPulse.count()).toBe(1);
    expect(await db.surveyRequest.count()).toBe(5);
    expect(await db.outboxMessage.count()).toBe(5);
  });

  it("refuses an audience with nobody active, and bad input", async () => {
    const { admin } = await staff();
    await expect(sendPulse(admin, { question: "Q", audience: "MEMBER", idempotencyKey: "nobody-key" })).rejects.toBeInstanceOf(FieldError);
    await expect(sendPulse(admin, { question: "x".repeat(301), audience: "ALL", idempotencyKey: "long-key-1" })).rejects.toThrow();
    await expect(sendPulse(admin, { question: "  ", audience: "ALL", idempotencyKey: "blank-key-1" })).rejects.toThrow();
    await expect(sendPulse(admin, { question: "Q", audience: "OWNER" as never, idempotencyKey: "role-key-1" })).rejects.toThrow();
    expect(await db.surveyPulse.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("listPulses", () => {
  it("reports asked/answered, mean, share of 4–5 and the spread; comments newest first, without who wrote them", async () => {
    const { admin, agents } = await staff();
    const older = await sendPulse(admin, { question: "Older pulse", audience: "PRODUCT", idempotencyKey: "older-key-1" });
    await db.surveyPulse.update({ where: { id: older.pulseId }, data: { createdAt: new Date(Date.now() - 86_400_000) } });
    const { pulseId } = await sendPulse(admin, { question: "Agents pulse", audience: "AGENT", idempotencyKey: "agents-key-2" });
    const requests = await db.surveyRequest.findMany({ where: { pulseId }, orderBy: { recipientEmail: "asc" } });
    const t0 = Date.now();
    await answer(requests[0].id, 5, "Great <script>alert(1)</script> team", new Date(t0 - 3000));
    await answer(requests[1].id, 2, "Too many tickets", new Date(t0 - 1000));
    await answer(requests[2].id, 4, "   ", new Date(t0 - 2000));

    const pulses = await listPulses(admin);

    expect(pulses.map((p) => p.question)).toEqual(["Agents pulse", "Older pulse"]);
    const [p] = pulses;
    expect(p).toMatchObject({ audience: "AGENT", sent: 3, createdBy: "Pulse Admin", commentCount: 2, distribution: [0, 1, 0, 1, 1] });
    expect(p.figures).toMatchObject({ responses: 3, small: true });
    expect(p.figures.mean).toBeCloseTo(11 / 3);
    expect(p.figures.satisfied).toBeCloseTo(2 / 3);
    expect(p.comments).toEqual(["Too many tickets", "Great <script>alert(1)</script> team"]);
    expect(pulses[1]).toMatchObject({ audience: "PRODUCT", sent: 1, figures: { responses: 0, mean: null }, comments: [], distribution: [0, 0, 0, 0, 0] });
    // Anonymous: nothing in the result names or points at a respondent.
    const json = JSON.stringify(pulses);
    for (const a of agents) {
      expect(json).not.toContain(a.id);
      expect(json).not.toContain(a.email);
      expect(json).not.toContain(a.name);
    }
  });
});

describe("authorization", () => {
  it.each(allRoles)("%s: only admins send pulses and read their results", async (role) => {
    await staff();
    const actor = await actorFor(role);
    const calls = [
      () => sendPulse(actor, { question: "Q", audience: "ALL", idempotencyKey: `auth-${role}-1` }),
      () => listPulses(actor),
      () => pulseAudienceSizes(actor),
    ];
    for (const call of calls) {
      if (role === "ADMIN") await expect(call()).resolves.toBeDefined();
      else await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.surveyPulse.count()).toBe(role === "ADMIN" ? 1 : 0);
    expect(await db.outboxMessage.count()).toBe(role === "ADMIN" ? 6 : 0);
  });
});
