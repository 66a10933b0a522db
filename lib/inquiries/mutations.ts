/**
 * Inquiry writes, one file per verb under ./mutations. Each takes the actor first, checks its
 * permission, and writes the change, its timeline event and an audit row in one transaction.
 */
export { createInquiry, type CreatedInquiry } from "./mutations/create";
export { replyToInquiry, addInternalNote } from "./mutations/reply";
export { changeInquiryStatus } from "./mutations/status";
export { assignInquiry } from "./mutations/assign";
export { setInquiryTags } from "./mutations/tags";
export { setInquiryPriority, changeInquiryCustomerType } from "./mutations/fields";
export type { ChangeResult } from "./mutations/change";
