import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { InvalidTransitionError } from "@/lib/errors";
import { canTransition, statusChangeFields, type ValueChangeData } from "../rules";
import { changeInquiryStatusSchema, type ChangeInquiryStatusInput } from "../schema";
import { createSurveyRequests } from "@/lib/surveys/requests";
import { enqueueOutboxDelivery } from "@/lib/jobs/enqueue";
import { changeInquiry, type ChangeResult } from "./change";

/**
 * Moves the inquiry to another status along the allowed transitions (rules.ts). Resolving sets
 * the resolution time the first time; closing stamps closedAt. Resolving also creates the
 * inquiry's survey request (at most one per inquiry, so re-resolving sends nothing new).
 * @throws ForbiddenError, NotFoundError, ConflictError, InvalidTransitionError
 */
export async function changeInquiryStatus(actor: Actor, input: ChangeInquiryStatusInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.update");
  const { inquiryId, expectedVersion, status } = changeInquiryStatusSchema.parse(input);
  const result = await changeInquiry(actor, inquiryId, expectedVersion, (current, _tx, now) => {
    if (!canTransition(current.status, status)) throw new InvalidTransitionError(current.status, status);
    const data: ValueChangeData = { from: current.status, to: status };
    return {
      fields: { status, ...statusChangeFields(current, status, now) },
      after: status === "RESOLVED" ? (tx) => createSurveyRequests(tx, [inquiryId], now) : undefined,
      events: [{ kind: "STATUS", data }],
      audit: { action: "inquiry.status", data },
    };
  });
  // After commit: a survey mail with no delay goes out soon; held ones wait for the sweep.
  if (result.changed && status === "RESOLVED") await enqueueOutboxDelivery();
  return result;
}
