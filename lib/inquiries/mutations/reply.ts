import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { replyFields, type ValueChangeData } from "../rules";
import { addInternalNoteSchema, replyToInquirySchema, type AddInternalNoteInput, type ReplyToInquiryInput } from "../schema";
import { changeInquiry, type ChangeResult } from "./change";

/**
 * A staff reply to the customer. The first one sets the first-response time; a NEW inquiry
 * becomes OPEN (with its own status event on the timeline).
 * @throws ForbiddenError, NotFoundError, ConflictError
 */
export async function replyToInquiry(actor: Actor, input: ReplyToInquiryInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.reply");
  const { inquiryId, expectedVersion, body } = replyToInquirySchema.parse(input);
  return changeInquiry(actor, inquiryId, expectedVersion, (current, _tx, now) => {
    const fields = replyFields(current, now);
    const statusChange: ValueChangeData | null = fields.status ? { from: current.status, to: fields.status } : null;
    return {
      fields,
      events: [{ kind: "REPLY", body }, ...(statusChange ? [{ kind: "STATUS" as const, data: statusChange }] : [])],
      audit: {
        action: "inquiry.reply",
        data: { length: body.length, firstResponse: Boolean(fields.firstResponseAt), status: statusChange },
      },
    };
  });
}

/**
 * An internal note (staff only, never sent to the customer). Product may add notes too.
 * @throws ForbiddenError, NotFoundError, ConflictError
 */
export async function addInternalNote(actor: Actor, input: AddInternalNoteInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.note");
  const { inquiryId, expectedVersion, body } = addInternalNoteSchema.parse(input);
  return changeInquiry(actor, inquiryId, expectedVersion, () => ({
    events: [{ kind: "NOTE", body }],
    audit: { action: "inquiry.note", data: { length: body.length } },
  }));
}
