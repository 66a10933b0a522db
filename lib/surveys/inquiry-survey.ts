import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { inquiryScope } from "@/lib/inquiries/scope";
import type { InquiryStatus } from "@/lib/inquiries/rules";
import { surveyDedupeKey } from "./mail";
import { readSurveySettings, surveyUrl } from "./requests";
import { canChangeRecipient, canSendNow, invitationState, type InvitationState } from "./invitation";
import type { SurveyForm, SurveyMode } from "./rules";

export type InquirySurvey = {
  inquiryId: string;
  inquiryStatus: InquiryStatus;
  /** The admin's current setting (explains why an inquiry has no survey). */
  mode: SurveyMode;
  request: null | {
    id: string;
    form: SurveyForm;
    recipientEmail: string | null;
    recipientName: string | null;
    /** The recipient is a known customer (the inquiry's own, or another one by email). */
    recipientCustomerId: string | null;
    createdAt: Date;
    expiresAt: Date;
    answeredAt: Date | null;
    expired: boolean;
    invitation: { state: InvitationState; sendAfter: Date | null; sentAt: Date | null };
    response: { csat: number | null; ces: number | null; comment: string | null; createdAt: Date } | null;
    /** The public link — only for roles that may send surveys ("surveys.send"), else null. */
    url: string | null;
    canChangeRecipient: boolean;
    canSendNow: boolean;
  };
};

/**
 * The survey of one inquiry for its page: the request, where its invitation mail stands, the
 * answer if any, and (for agents and admins) the link to copy.
 * @throws ForbiddenError, NotFoundError (missing or not visible inquiry)
 */
export async function getInquirySurvey(actor: Actor, inquiryId: string): Promise<InquirySurvey> {
  assertCan(actor, "surveys.read");
  if (!isUuid(inquiryId)) throw new NotFoundError("inquiry");
  const inquiry = await db.inquiry.findFirst({
    where: { AND: [{ id: inquiryId }, inquiryScope(actor)] },
    select: {
      id: true,
      status: true,
      survey: {
        select: {
          id: true, form: true, recipientEmail: true, recipientName: true, customerId: true,
          createdAt: true, expiresAt: true, answeredAt: true,
          response: { select: { csatScore: true, cesScore: true, comment: true, createdAt: true } },
        },
      },
    },
  });
  if (!inquiry) throw new NotFoundError("inquiry");
  const request = inquiry.survey;
  const [settings, mail] = await Promise.all([
    readSurveySettings(db),
    request
      ? db.outboxMessage.findUnique({
          where: { dedupeKey: surveyDedupeKey(request.id) },
          select: { status: true, lastError: true, sendAfter: true, sentAt: true },
        })
      : null,
  ]);
  const now = new Date();
  if (!request) return { inquiryId: inquiry.id, inquiryStatus: inquiry.status, mode: settings.mode, request: null };

  const state = invitationState(mail, now);
  const answered = request.answeredAt !== null || request.response !== null;
  const expired = !answered && request.expiresAt.getTime() <= now.getTime();
  const mayAct = can(actor, "surveys.send") && !expired;
  return {
    inquiryId: inquiry.id,
    inquiryStatus: inquiry.status,
    mode: settings.mode,
    request: {
      id: request.id,
      form: request.form,
      recipientEmail: request.recipientEmail,
      recipientName: request.recipientName,
      recipientCustomerId: request.customerId,
      createdAt: request.createdAt,
      expiresAt: request.expiresAt,
      answeredAt: request.answeredAt ?? request.response?.createdAt ?? null,
      expired,
      invitation: { state, sendAfter: mail && state === "scheduled" ? mail.sendAfter : null, sentAt: mail?.sentAt ?? null },
      response: request.response
        ? { csat: request.response.csatScore, ces: request.response.cesScore, comment: request.response.comment, createdAt: request.response.createdAt }
        : null,
      url: can(actor, "surveys.send") ? surveyUrl(request) : null,
      canChangeRecipient: mayAct && canChangeRecipient(state, answered),
      canSendNow: mayAct && canSendNow(state, answered),
    },
  };
}
