import "server-only";
import { db } from "@/lib/db";
import { auditEntry } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { inquiryScope } from "../scope";
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
 * Append-only: it changes no field of the inquiry, so it neither checks nor bumps the version —
 * a colleague's note never turns someone's pending edit into a conflict. (A reply does check:
 * it changes status and first response, and two agents should not answer the customer twice.)
 * @throws ForbiddenError, NotFoundError
 */
export async function addInternalNote(actor: Actor, input: AddInternalNoteInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.note");
  const { inquiryId, body } = addInternalNoteSchema.parse(input);
  return db.$transaction(async (tx) => {
    const current = await tx.inquiry.findFirst({
      where: { AND: [{ id: inquiryId }, inquiryScope(actor)] },
      select: { version: true },
    });
    if (!current) throw new NotFoundError("inquiry");
    const now = new Date();
    await tx.inquiryEvent.create({ data: { inquiryId, kind: "NOTE", body, actorId: actor.id, createdAt: now } });
    await tx.auditEvent.create({ data: auditEntry(actor, "inquiry.note", "Inquiry", inquiryId, { length: body.length }) });
    return { inquiryId, version: current.version, changed: true };
  });
}
