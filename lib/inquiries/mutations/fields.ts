import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { ConflictError } from "@/lib/errors";
import { lockInquiryWithProblem, refreshLinkedProblemCustomer } from "@/lib/board/rollups";
import { loadSlaTargets } from "@/lib/sla/queries";
import { dueAt, type ValueChangeData } from "../rules";
import {
  changeInquiryCustomerTypeSchema, setInquiryPrioritySchema,
  type ChangeInquiryCustomerTypeInput, type SetInquiryPriorityInput,
} from "../schema";
import { changeInquiry, type ChangeResult } from "./change";

/**
 * Changes the priority and recomputes the SLA due time from the creation time.
 * @throws ForbiddenError, NotFoundError, ConflictError
 */
export async function setInquiryPriority(actor: Actor, input: SetInquiryPriorityInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.update");
  const { inquiryId, expectedVersion, priority } = setInquiryPrioritySchema.parse(input);
  return changeInquiry(actor, inquiryId, expectedVersion, async (current, tx) => {
    if (current.priority === priority) return null;
    const due = dueAt(current.createdAt, priority, await loadSlaTargets(tx));
    const data: ValueChangeData = { from: current.priority, to: priority };
    return {
      fields: { priority, dueAt: due },
      events: [{ kind: "PRIORITY", data }],
      audit: { action: "inquiry.priority", data: { ...data, dueAt: due.toISOString() } },
    };
  });
}

/**
 * Corrects the customer type recorded on this inquiry (the snapshot). The customer's own type is
 * left alone: that is a change of the customer, with its own history.
 * @throws ForbiddenError, NotFoundError, ConflictError
 */
export async function changeInquiryCustomerType(actor: Actor, input: ChangeInquiryCustomerTypeInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.update");
  const { inquiryId, expectedVersion, customerType } = changeInquiryCustomerTypeSchema.parse(input);
  return changeInquiry(actor, inquiryId, expectedVersion, async (current, tx) => {
    if (current.customerType === customerType) return null;
    // A linked inquiry's type feeds its fix-board problem's customer counts (lib/board/rollups.ts).
    // Lock order as on the link path (problem, then inquiry). If a link change moved the inquiry
    // in between, locking the new problem now would invert that order and can deadlock: report
    // a conflict instead (the user reloads and saves again; it is rare).
    const { problemId: lockedProblemId, stable } = await lockInquiryWithProblem(tx, inquiryId);
    if (!stable) throw new ConflictError();
    const data: ValueChangeData = { from: current.customerType, to: customerType };
    return {
      fields: { customerType },
      after: (t) => refreshLinkedProblemCustomer(t, inquiryId, lockedProblemId),
      events: [{ kind: "CUSTOMER_TYPE", data }],
      audit: { action: "inquiry.customerType", data },
    };
  });
}
