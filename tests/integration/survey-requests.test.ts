import { beforeEach, describe, expect, it } from "vitest";
import { changeInquiryStatus } from "@/lib/inquiries/mutations";
import { createProblem, moveProblem, shipProblem } from "@/lib/board/mutations";
import { reconcileSurveyRollups } from "@/lib/surveys/rollups";
import { surveyDedupeKey } from "@/lib/surveys/mail";
import { verifySurveyToken } from "@/lib/surveys/token";
import { createCustomer, createInquiry, createTag } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// Resolving an inquiry creates exactly one survey request for it, addressed to the inquiry's own
// customer (not the payer), with a held invitation in the outbox; re-resolving sends nothing new.

beforeEach(resetDb);

async function resolve(actor: Awaited<ReturnType<typeof actorFor>>, inquiryId: string) {
  const { version } = await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { version: true } });
  return changeInquiryStatus(actor, { inquiryId, expectedVersion: version, status: "RESOLVED" });
}
async function reopen(actor: Awaited<ReturnType<typeof actorFor>>, inquiryId: string) {
  const { version } = await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { version: true } });
  return changeInquiryStatus(actor, { inquiryId, expectedVersion: version, status: "OPEN" });
}

describe("survey requests on resolve", () => {
  it("creates one request for the user who got the service, and none again after reopen and re-resolve", async () => {
    const agent = await actorFor("AGENT");
    const buyer = await createCustomer(db, { name: "Acme Corp", email: "billing@acme.test", type: "BUYER" });
    const user = await createCustomer(db, { name: "Dana", email: "dana@acme.test", type: "USER", paidById: buyer.id });
    const inquiry = await createInquiry(db, { customerId: user.id, subject: "Export fails", status: "OPEN", assigneeId: agent.id, channel: "EMAIL" });

    await resolve(agent, inquiry.id);
    await reopen(agent, inquiry.id);
    await resolve(agent, inquiry.id);

    const requests = await db.surveyRequest.findMany({ where: { inquiryId: inquiry.id } });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ form: "CSAT", customerId: user.id, recipientEmail: "dana@acme.test", agentId: agent.id, channel: "EMAIL", customerType: "USER" });
    const mails = await db.outboxMessage.findMany({ where: { kind: "survey.request" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ dedupeKey: surveyDedupeKey(request.id), toEmail: "dana@acme.test", status: "PENDING" });
    expect(mails[0].sendAfter.getTime()).toBeGreaterThan(Date.now() + 5 * 60_000);
    const token = /\/s\/([A-Za-z0-9_.-]+)/.exec(mails[0].body)?.[1] ?? "";
    const check = verifySurveyToken(token, process.env.NEXTAUTH_SECRET!, new Date());
    expect(check).toMatchObject({ ok: true, requestId: request.id });
    expect(await reconcileSurveyRollups(db)).toEqual([]);
    expect(await db.surveyWeek.findMany()).toEqual([expect.objectContaining({ requests: 1, responses: 0 })]);
  });

  it("skips inquiries tagged as no-survey (spam) and everything when surveys are off", async () => {
    const agent = await actorFor("AGENT");
    const spam = await createTag(db, { name: "spam", noSurvey: true });
    const customer = await createCustomer(db, { email: "x@example.com" });
    const spammy = await createInquiry(db, { customerId: customer.id, status: "OPEN", tagIds: [spam.id] });
    await resolve(agent, spammy.id);
    expect(await db.surveyRequest.count()).toBe(0);

    await db.surveySettings.upsert({ where: { id: 1 }, create: { id: 1, mode: "OFF" }, update: { mode: "OFF" } });
    const plain = await createInquiry(db, { customerId: customer.id, status: "OPEN" });
    await resolve(agent, plain.id);
    expect(await db.surveyRequest.count()).toBe(0);
  });

  it("creates a request per inquiry a shipped fix resolves, without duplicating on a second ship", async () => {
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const customer = await createCustomer(db, { email: "y@example.com" });
    const a = await createInquiry(db, { customerId: customer.id, status: "OPEN" });
    const b = await createInquiry(db, { customerId: customer.id, status: "NEW" });
    const { problemId } = await createProblem(agent, { title: "Broken export", inquiryIds: [a.id, b.id] });
    const moved = await moveProblem(product, { problemId, expectedVersion: 1, status: "ACCEPTED" });
    expect(moved.version).toBeGreaterThan(1);
    await shipProblem(product, { problemId, releaseNote: "Fixed.", resolveLinked: true });
    expect(await db.surveyRequest.count()).toBe(2);
    expect(await db.outboxMessage.count({ where: { kind: "survey.request" } })).toBe(2);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
  });
});
