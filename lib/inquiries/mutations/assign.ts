import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors";
import type { AssigneeChangeData } from "../rules";
import { assignInquirySchema, type AssignInquiryInput } from "../schema";
import { staffRoles } from "../queries";
import { changeInquiry, type ChangeResult } from "./change";

/**
 * Assigns the inquiry to an active staff user (a role that can work inquiries), or to nobody.
 * @throws ForbiddenError, NotFoundError, ConflictError, FieldError("assigneeId")
 */
export async function assignInquiry(actor: Actor, input: AssignInquiryInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.update");
  const { inquiryId, expectedVersion, assigneeId } = assignInquirySchema.parse(input);
  return changeInquiry(actor, inquiryId, expectedVersion, async (current, tx) => {
    if (current.assigneeId === assigneeId) return null;
    const assignee = assigneeId
      ? await tx.user.findFirst({ where: { id: assigneeId, active: true, role: { in: staffRoles } }, select: { id: true, name: true } })
      : null;
    if (assigneeId && !assignee) throw new FieldError("assigneeId", "invalid");
    const data: AssigneeChangeData = {
      from: current.assigneeId,
      to: assigneeId,
      fromName: current.assignee?.name ?? null,
      toName: assignee?.name ?? null,
    };
    return {
      fields: { assigneeId },
      events: [{ kind: "ASSIGNEE", data }],
      audit: { action: "inquiry.assign", data: { from: data.from, to: data.to } },
    };
  });
}
