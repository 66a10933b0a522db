import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { createTagSchema } from "@/lib/admin/schema";
import { createTag, listTags, updateTag } from "@/lib/admin/tags";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeInquiryStatus } from "@/lib/inquiries/mutations";
import { deliverOutbox, type OutboxTransport, type OutgoingMail } from "@/lib/outbox/deliver";
import { claimMarker } from "@/lib/outbox/rules";
import { getInquirySurvey } from "@/lib/surveys/inquiry-survey";
import { surveyDedupeKey } from "@/lib/surveys/mail";
import {
  changeSurveyRecipient, sendSurveyNow, SurveyAlreadySentError, SurveyAnsweredError, SurveyNoEmailError,
} from "@/lib/surveys/mutations";
import { getSurveySettings, updateSurveySettings } from "@/lib/surveys/settings";
import { verifySurveyToken } from "@/lib/surveys/token";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, allRoles, db, resetDb } from "./helpers";

// The agent's side of an inquiry survey: the held invitation can be re-addressed or sent now only
// while no delivery run has it; a delivery that claimed it first wins and the change is refused
// with nothing written. Plus the admin's survey settings (optimistic concurrency).

beforeEach(resetDb);

const SECRET = () => process.env.NEXTAUTH_SECRET!;
const missingId = "00000000-0000-4000-8000-000000000000";

async function resolved(opts: { email?: string | null; subject?: string } = {}) {
  const agent = await actorFor("AGENT");
  const customer = await createCustomer(db, { name: "Dana Park", email: opts.email === undefined ? "dana@example.com" : opts.email });
  const inquiry = await createInquiry(db, {
    customerId: customer.id, status: "OPEN", assigneeId: agent.id, channel: "PHONE", subject: opts.subject ?? "Export fails",
  });
  const { version } = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, select: { version: true } });
  await changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: version, status: "RESOLVED" });
  const request = await db.surveyRequest.findUniqueOrThrow({ where: { inquiryId: inquiry.id } });
  return { agent, customer, inquiry, request };
}

const mailOf = (requestId: string) => db.outboxMessage.findUnique({ where: { dedupeKey: surveyDedupeKey(requestId) } });

function recorder() {
  const sent: OutgoingMail[] = [];
  const transport: OutboxTransport = { async send(mail) { sent.push(mail); } };
  return { sent, transport };
}

describe("changeSurveyRecipient", () => {
  it("before the mail is sent: updates the request and rewrites the held outbox message (same link)", async () => {
    const { agent, inquiry, request } = await resolved();
    const before = (await mailOf(request.id))!;
    const colleague = await createCustomer(db, { name: "Eun Seo", email: "eun@example.com" });

    const result = await changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "EUN@example.com ", name: "" });

    expect(result).toMatchObject({ requestId: request.id, queued: false });
    const after = await db.surveyRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ recipientEmail: "eun@example.com", recipientName: "Eun Seo", customerId: colleague.id });
    const mail = (await mailOf(request.id))!;
    expect(mail).toMatchObject({ id: before.id, toEmail: "eun@example.com", toName: "Eun Seo", customerId: colleague.id, status: "PENDING" });
    expect(mail.sendAfter).toEqual(before.sendAfter); // still held as before
    expect(mail.body).toContain("Hello Eun Seo");
    expect(mail.body).not.toContain("Dana");
    const token = /\/s\/([A-Za-z0-9_.-]+)/.exec(mail.body)?.[1] ?? "";
    expect(verifySurveyToken(token, SECRET(), new Date())).toMatchObject({ ok: true, requestId: request.id });
    expect(await db.outboxMessage.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "survey.recipient", entityId: request.id } })).toBe(1);

    // Someone who is not a customer: the request no longer points at a customer.
    await changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "field.tech@partner.test", name: "Field tech" });
    expect(await db.surveyRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      recipientEmail: "field.tech@partner.test", recipientName: "Field tech", customerId: null,
    });
    expect(await mailOf(request.id)).toMatchObject({ toEmail: "field.tech@partner.test", customerId: null });
  });

  it("writes the mail in Korean for a Korean inquiry", async () => {
    const { agent, inquiry, request } = await resolved({ subject: "결제가 두 번 됐어요" });
    await changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "kim@example.com", name: "김하늘" });
    const mail = (await mailOf(request.id))!;
    expect(mail.body).toContain("김하늘님");
    expect(mail.subject).toContain("결제가 두 번 됐어요");
  });

  it("is refused once the mail was SENT, and nothing changes", async () => {
    const { agent, inquiry, request } = await resolved();
    const { sent, transport } = recorder();
    await db.outboxMessage.updateMany({ data: { sendAfter: new Date(Date.now() - 1000) } });
    await deliverOutbox(transport);
    expect(sent).toHaveLength(1);
    const mailBefore = await mailOf(request.id);

    await expect(changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "other@example.com", name: "Other" }))
      .rejects.toBeInstanceOf(SurveyAlreadySentError);

    expect(await db.surveyRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ recipientEmail: "dana@example.com" });
    expect(await mailOf(request.id)).toEqual(mailBefore);
    expect(await db.auditEvent.count({ where: { action: "survey.recipient" } })).toBe(0);
  });

  it("is refused while a delivery run has claimed the mail", async () => {
    const { agent, inquiry, request } = await resolved();
    const marker = claimMarker(new Date(), "worker-1");
    await db.outboxMessage.updateMany({ data: { attempts: 1, lastError: marker } });

    await expect(changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "other@example.com", name: "Other" }))
      .rejects.toBeInstanceOf(SurveyAlreadySentError);
    await expect(sendSurveyNow(agent, { inquiryId: inquiry.id })).rejects.toBeInstanceOf(SurveyAlreadySentError);
    expect(await mailOf(request.id)).toMatchObject({ toEmail: "dana@example.com", lastError: marker, status: "PENDING" });
    expect((await getInquirySurvey(agent, inquiry.id)).request).toMatchObject({
      invitation: { state: "sending" }, canChangeRecipient: false, canSendNow: false,
    });
  });

  it("a claim that commits while the change waits for the row wins; the change writes nothing", async () => {
    const { agent, inquiry, request } = await resolved();
    let change: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      // A delivery run's claim, holding the row lock until it commits.
      await tx.$executeRaw`UPDATE "OutboxMessage" SET "attempts" = 1, "lastError" = ${claimMarker(new Date(), "w")}`;
      change = changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "late@example.com", name: "Late" }).catch((e) => e);
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await change).toBeInstanceOf(SurveyAlreadySentError);
    expect(await mailOf(request.id)).toMatchObject({ toEmail: "dana@example.com" });
    expect(await db.surveyRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ recipientEmail: "dana@example.com" });
  });

  it("a customer without email gets no mail until a recipient is set, then exactly one", async () => {
    const { agent, inquiry, request } = await resolved({ email: null });
    expect(await db.outboxMessage.count()).toBe(0);
    const view = await getInquirySurvey(agent, inquiry.id);
    expect(view.request).toMatchObject({ recipientEmail: null, invitation: { state: "none" }, canChangeRecipient: true, canSendNow: false });
    expect(view.request?.url).toMatch(/\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    await expect(sendSurveyNow(agent, { inquiryId: inquiry.id })).rejects.toBeInstanceOf(SurveyNoEmailError);

    const started = Date.now();
    const result = await changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "caller@example.com", name: "Caller" });
    await changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "caller2@example.com", name: "Caller" });

    expect(result.queued).toBe(true);
    const mails = await db.outboxMessage.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ dedupeKey: surveyDedupeKey(request.id), kind: "survey.request", toEmail: "caller2@example.com", status: "PENDING" });
    // Held by the admin's delay (default 10 minutes) like any invitation.
    expect(mails[0].sendAfter.getTime()).toBeGreaterThanOrEqual(started + 10 * 60_000 - 1000);
  });

  it("refuses an answered survey, and rejects bad input before writing", async () => {
    const { agent, inquiry, request } = await resolved();
    await expect(changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "not-an-email", name: "x" })).rejects.toThrow();
    await expect(changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "a@example.com", name: "x".repeat(201) })).rejects.toThrow();
    await db.surveyResponse.create({ data: { requestId: request.id, csatScore: 5, comment: "<b>thanks</b>", weekStart: request.weekStart, inquiryId: inquiry.id } });
    await db.surveyRequest.update({ where: { id: request.id }, data: { answeredAt: new Date() } });
    await expect(changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "a@example.com", name: "x" })).rejects.toBeInstanceOf(SurveyAnsweredError);
    const view = await getInquirySurvey(agent, inquiry.id);
    expect(view.request).toMatchObject({ response: { csat: 5, ces: null, comment: "<b>thanks</b>" }, canChangeRecipient: false });
    expect(await mailOf(request.id)).toMatchObject({ toEmail: "dana@example.com" });
  });
});

describe("sendSurveyNow", () => {
  it("makes the held mail due; delivery sends it exactly once even when run twice", async () => {
    const { agent, inquiry, request } = await resolved();
    const { sent, transport } = recorder();
    await deliverOutbox(transport);
    expect(sent).toHaveLength(0); // still held

    await changeSurveyRecipient(agent, { inquiryId: inquiry.id, email: "eun@example.com", name: "Eun" });
    const before = Date.now();
    await sendSurveyNow(agent, { inquiryId: inquiry.id });
    const mail = (await mailOf(request.id))!;
    expect(mail.sendAfter.getTime()).toBeLessThanOrEqual(Date.now());
    expect(mail.sendAfter.getTime()).toBeGreaterThanOrEqual(before - 1000);

    await Promise.all([deliverOutbox(transport), deliverOutbox(transport)]);
    await deliverOutbox(transport);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "eun@example.com", toName: "Eun" });
    expect(await mailOf(request.id)).toMatchObject({ status: "SENT" });
    expect((await getInquirySurvey(agent, inquiry.id)).request?.invitation.state).toBe("sent");
    await expect(sendSurveyNow(agent, { inquiryId: inquiry.id })).rejects.toBeInstanceOf(SurveyAlreadySentError);
    expect(await db.auditEvent.count({ where: { action: "survey.sendNow" } })).toBe(1);
  });
});

describe("getInquirySurvey", () => {
  it("shows the request and its scheduled mail to every role; the link only to roles that send", async () => {
    const { inquiry, request } = await resolved();
    for (const role of allRoles) {
      const actor = await actorFor(role);
      const view = await getInquirySurvey(actor, inquiry.id);
      expect(view.request).toMatchObject({
        id: request.id, form: "CSAT", recipientEmail: "dana@example.com", invitation: { state: "scheduled" },
      });
      expect(view.request?.invitation.sendAfter?.getTime()).toBeGreaterThan(Date.now());
      if (can(actor, "surveys.send")) {
        const token = view.request?.url?.split("/s/")[1] ?? "";
        expect(verifySurveyToken(token, SECRET(), new Date())).toMatchObject({ ok: true, requestId: request.id });
        expect(view.request).toMatchObject({ canChangeRecipient: true, canSendNow: true });
      } else {
        expect(view.request).toMatchObject({ url: null, canChangeRecipient: false, canSendNow: false });
      }
    }
  });

  it("an inquiry not resolved yet has no request", async () => {
    const agent = await actorFor("AGENT");
    const inquiry = await createInquiry(db, { status: "OPEN" });
    expect(await getInquirySurvey(agent, inquiry.id)).toMatchObject({ inquiryStatus: "OPEN", mode: "CSAT", request: null });
  });
});

describe("survey settings", () => {
  it("defaults without a row; saves with the loaded version; a stale version is a conflict", async () => {
    const admin = await actorFor("ADMIN");
    expect(await getSurveySettings(admin)).toEqual({ mode: "CSAT", delayMinutes: 10, version: 1 });

    expect(await updateSurveySettings(admin, { mode: "CSAT_CES", delayMinutes: 0, expectedVersion: 1 }))
      .toEqual({ mode: "CSAT_CES", delayMinutes: 0, version: 2 });
    await expect(updateSurveySettings(admin, { mode: "OFF", delayMinutes: 30, expectedVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await getSurveySettings(admin)).toEqual({ mode: "CSAT_CES", delayMinutes: 0, version: 2 });
    await expect(updateSurveySettings(admin, { mode: "CES", delayMinutes: 1441, expectedVersion: 2 })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { action: "survey.settings" } })).toBe(1);

    // Two saves from the same loaded version: exactly one applies.
    const results = await Promise.allSettled([
      updateSurveySettings(admin, { mode: "CES", delayMinutes: 5, expectedVersion: 2 }),
      updateSurveySettings(admin, { mode: "OFF", delayMinutes: 5, expectedVersion: 2 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(1);
    expect((await getSurveySettings(admin)).version).toBe(3);
  });

  it("a zero delay sends the next survey right away, and the mode is what new requests get", async () => {
    const admin = await actorFor("ADMIN");
    await updateSurveySettings(admin, { mode: "CES", delayMinutes: 0, expectedVersion: 1 });
    const { request } = await resolved();
    expect(request.form).toBe("CES");
    expect((await mailOf(request.id))!.sendAfter.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe("no-survey tags (admin)", () => {
  it("a tag marked “No survey” in the tag form keeps its inquiries from getting a survey; unticking it lifts that", async () => {
    const admin = await actorFor("ADMIN");
    const agent = await actorFor("AGENT");
    const { id: spam } = await createTag(admin, createTagSchema.parse({ name: "spam", color: "slate", noSurvey: "on" }));
    const { id: billing } = await createTag(admin, createTagSchema.parse({ name: "billing", color: "amber" }));
    expect((await listTags(admin)).map((t) => [t.name, t.noSurvey])).toEqual([["billing", false], ["spam", true]]);

    const resolveTagged = async (tagId: string) => {
      const inquiry = await createInquiry(db, { status: "OPEN", tagIds: [tagId] });
      await changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: 1, status: "RESOLVED" });
      return db.surveyRequest.count({ where: { inquiryId: inquiry.id } });
    };
    expect(await resolveTagged(spam)).toBe(0);
    expect(await resolveTagged(billing)).toBe(1);

    // The edit form posts no "noSurvey" when the box is unticked: that means false.
    await updateTag(admin, { tagId: spam, ...createTagSchema.parse({ name: "spam", color: "slate" }) });
    expect(await resolveTagged(spam)).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { action: "tag.update", entityId: spam } })).toMatchObject({
      data: { from: { noSurvey: true }, to: { noSurvey: false } },
    });
  });
});

describe("authorization", () => {
  type Call = (actor: Actor, inquiryId: string) => Promise<unknown>;
  const calls: { name: string; permission: Parameters<typeof can>[1]; run: Call; needsInquiry: boolean }[] = [
    { name: "getInquirySurvey", permission: "surveys.read", run: (a, id) => getInquirySurvey(a, id), needsInquiry: true },
    { name: "changeSurveyRecipient", permission: "surveys.send", run: (a, id) => changeSurveyRecipient(a, { inquiryId: id, email: "x@example.com", name: "X" }), needsInquiry: true },
    { name: "sendSurveyNow", permission: "surveys.send", run: (a, id) => sendSurveyNow(a, { inquiryId: id }), needsInquiry: true },
    { name: "getSurveySettings", permission: "surveys.manage", run: (a) => getSurveySettings(a), needsInquiry: false },
    { name: "updateSurveySettings", permission: "surveys.manage", run: (a) => updateSurveySettings(a, { mode: "CSAT", delayMinutes: 10, expectedVersion: 1 }), needsInquiry: false },
  ];

  it.each(allRoles)("%s: forbidden where the role lacks the permission, not found for a missing inquiry", async (role) => {
    const actor = await actorFor(role);
    const { inquiry, request } = await resolved();
    for (const call of calls) {
      if (!can(actor, call.permission)) {
        await expect(call.run(actor, inquiry.id), `${role} ${call.name}`).rejects.toBeInstanceOf(ForbiddenError);
        await expect(call.run(actor, missingId), `${role} ${call.name}`).rejects.toBeInstanceOf(ForbiddenError);
      } else if (call.needsInquiry) {
        await expect(call.run(actor, missingId), `${role} ${call.name}`).rejects.toBeInstanceOf(NotFoundError);
        await expect(call.run(actor, "not-a-uuid"), `${role} ${call.name}`).rejects.toThrow();
      }
    }
    // Nothing a forbidden call could have written.
    if (!can(actor, "surveys.send")) {
      expect(await mailOf(request.id)).toMatchObject({ toEmail: "dana@example.com" });
      expect(await db.auditEvent.count({ where: { action: { startsWith: "survey." } } })).toBe(0);
    }
    if (!can(actor, "surveys.manage")) expect(await db.surveySettings.count()).toBe(0);
  });

  it("the permission table gives send to admins and agents, manage to admins only", () => {
    expect(allRoles.filter((r) => can({ role: r }, "surveys.send"))).toEqual(["ADMIN", "AGENT"]);
    expect(allRoles.filter((r) => can({ role: r }, "surveys.manage"))).toEqual(["ADMIN"]);
    expect(allRoles.filter((r) => can({ role: r }, "surveys.read"))).toEqual(allRoles);
  });
});
