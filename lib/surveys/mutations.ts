import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { messageLanguage } from "@/lib/board/rules";
import { DomainError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { inquiryScope } from "@/lib/inquiries/scope";
import { enqueueOutboxDelivery } from "@/lib/jobs/enqueue";
import { CLAIM_PREFIX } from "@/lib/outbox/rules";
import { surveyDedupeKey, surveyMail } from "./mail";
import { queueSurveyMails, readSurveySettings, surveyUrl } from "./requests";
import type { SurveyForm } from "./rules";
import {
  changeSurveyRecipientSchema, sendSurveyNowSchema,
  type ChangeSurveyRecipientInput, type SendSurveyNowInput,
} from "./send-schema";

type Tx = Prisma.TransactionClient;

/** The invitation may have gone out (sent, being sent, or failed with an unknown outcome). */
export class SurveyAlreadySentError extends DomainError {
  constructor() {
    super("surveyAlreadySent");
  }
}
export class SurveyAnsweredError extends DomainError {
  constructor() {
    super("surveyAnswered");
  }
}
export class SurveyExpiredError extends DomainError {
  constructor() {
    super("surveyExpired");
  }
}
/** "Send now" on a survey whose recipient has no email: set a recipient first. */
export class SurveyNoEmailError extends DomainError {
  constructor() {
    super("surveyNoEmail");
  }
}

type LockedRequest = {
  id: string;
  form: Exclude<SurveyForm, "PULSE">;
  recipientEmail: string | null;
  recipientName: string | null;
  customerId: string | null;
  expiresAt: Date;
  answeredAt: Date | null;
};

/**
 * The inquiry (scoped: a forbidden id reads as not found) and its survey request, locked for the
 * rest of the transaction so two changes of one survey apply one after the other.
 */
async function loadForChange(tx: Tx, actor: Actor, inquiryId: string, now: Date) {
  const inquiry = await tx.inquiry.findFirst({
    where: { AND: [{ id: inquiryId }, inquiryScope(actor)] },
    select: { id: true, subject: true, body: true },
  });
  if (!inquiry) throw new NotFoundError("inquiry");
  const [request] = await tx.$queryRaw<LockedRequest[]>`
    SELECT "id"::text AS "id", "form"::text AS "form", "recipientEmail", "recipientName",
           "customerId"::text AS "customerId", "expiresAt", "answeredAt"
    FROM "SurveyRequest" WHERE "inquiryId" = ${inquiryId}::uuid
    FOR UPDATE`;
  if (!request) throw new NotFoundError("survey");
  if (request.answeredAt) throw new SurveyAnsweredError();
  if (request.expiresAt.getTime() <= now.getTime()) throw new SurveyExpiredError();
  return { inquiry, request };
}

/**
 * The outbox row of a survey while it may still change: PENDING and not claimed by a delivery
 * run. One UPDATE statement: PostgreSQL re-checks this condition on the row once it holds its
 * lock, so a claim that committed first leaves 0 rows here (and the caller refuses).
 */
const unclaimedPending = (dedupeKey: string) => Prisma.sql`
  "dedupeKey" = ${dedupeKey} AND "status" = 'PENDING'
  AND ("lastError" IS NULL OR "lastError" NOT LIKE ${CLAIM_PREFIX + "%"})`;

/**
 * Changes who gets an inquiry's survey, only while its invitation has not gone out: the held
 * outbox message is rewritten (address, greeting) by a conditional UPDATE, so a delivery run that
 * claimed it first wins and this change is refused with nothing written. A survey whose customer
 * had no email gets its invitation now (held by the admin's delay like any other).
 * The recipient becomes that known customer when the email is one of ours.
 * @throws ForbiddenError, NotFoundError, SurveyAlreadySentError, SurveyAnsweredError, SurveyExpiredError
 */
export async function changeSurveyRecipient(
  actor: Actor,
  input: ChangeSurveyRecipientInput,
): Promise<{ requestId: string; queued: boolean; sendAfter: Date | null }> {
  assertCan(actor, "surveys.send");
  const { inquiryId, email, name } = changeSurveyRecipientSchema.parse(input);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const { inquiry, request } = await loadForChange(tx, actor, inquiryId, now);
    const customer = await tx.customer.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
      select: { id: true, name: true },
    });
    const recipientName = name ?? customer?.name ?? null;
    const customerId = customer?.id ?? null;
    const language = messageLanguage(inquiry.subject, inquiry.body);
    const mail = surveyMail(
      { recipientName, inquirySubject: inquiry.subject, link: surveyUrl(request), form: request.form },
      language,
    );
    const key = surveyDedupeKey(request.id);
    const rewritten = await tx.$executeRaw`
      UPDATE "OutboxMessage"
      SET "toEmail" = ${email}, "toName" = ${recipientName}, "customerId" = ${customerId}::uuid,
          "subject" = ${mail.subject}, "body" = ${mail.body}
      WHERE ${unclaimedPending(key)}`;
    let sendAfter: Date | null = null;
    let queued = false;
    if (rewritten === 0) {
      if (await tx.outboxMessage.findUnique({ where: { dedupeKey: key }, select: { id: true } })) {
        throw new SurveyAlreadySentError();
      }
      const settings = await readSurveySettings(tx);
      sendAfter = new Date(now.getTime() + settings.delayMinutes * 60_000);
      const inserted = await queueSurveyMails(tx, [{
        id: request.id, form: request.form, recipientEmail: email, recipientName,
        // queueSurveyMails types customerId as string; null (a recipient who is not a customer) is valid in its SQL.
        customerId, expiresAt: request.expiresAt, subject: inquiry.subject, ko: language === "ko",
      }], sendAfter, now);
      // Under the request lock nobody else can queue it; never risk a second mail anyway.
      if (inserted !== 1) throw new SurveyAlreadySentError();
      queued = true;
    }
    await tx.surveyRequest.update({ where: { id: request.id }, data: { recipientEmail: email, recipientName, customerId } });
    await tx.auditEvent.create({
      data: auditEntry(actor, "survey.recipient", "SurveyRequest", request.id, {
        inquiryId,
        from: { email: request.recipientEmail, name: request.recipientName, customerId: request.customerId },
        to: { email, name: recipientName, customerId },
        queued,
      }),
    });
    return { requestId: request.id, queued, sendAfter };
  });
  if (result.sendAfter && result.sendAfter.getTime() <= Date.now()) await enqueueOutboxDelivery();
  return result;
}

/**
 * Sends an inquiry's held survey invitation now instead of after the delay: its sendAfter becomes
 * now (only while it is PENDING and not claimed), then a delivery job is queued after commit.
 * @throws ForbiddenError, NotFoundError, SurveyAlreadySentError, SurveyNoEmailError, SurveyAnsweredError, SurveyExpiredError
 */
export async function sendSurveyNow(actor: Actor, input: SendSurveyNowInput): Promise<{ requestId: string; sendAfter: Date }> {
  assertCan(actor, "surveys.send");
  const { inquiryId } = sendSurveyNowSchema.parse(input);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const { request } = await loadForChange(tx, actor, inquiryId, now);
    const key = surveyDedupeKey(request.id);
    const count = await tx.$executeRaw`UPDATE "OutboxMessage" SET "sendAfter" = ${now} WHERE ${unclaimedPending(key)}`;
    if (count === 0) {
      const exists = await tx.outboxMessage.findUnique({ where: { dedupeKey: key }, select: { id: true } });
      throw exists ? new SurveyAlreadySentError() : new SurveyNoEmailError();
    }
    await tx.auditEvent.create({ data: auditEntry(actor, "survey.sendNow", "SurveyRequest", request.id, { inquiryId }) });
    return { requestId: request.id, sendAfter: now };
  });
  await enqueueOutboxDelivery();
  return result;
}
