/**
 * Fix-board writes, one file per verb under ./mutations. Each takes the actor first, checks its
 * permission, and writes the change, its timeline event(s) (ProblemEvent and/or InquiryEvent) and
 * an audit row in one transaction.
 */
export { createProblem, linkInquiries, unlinkInquiry, type CreatedProblem, type LinkResult, type ProblemLinkEventData } from "./mutations/links";
export { moveProblem, setProblemOwner, editProblem, addProblemComment, ownerRoles, type ProblemStatusEventData } from "./mutations/problem";
export { mergeProblems, type MergeResult } from "./mutations/merge";
export { shipProblem, type ShipResult } from "./mutations/ship";
export { setTypeWeights, loadTypeWeights } from "./weights";
export type { ProblemChangeResult } from "./mutations/change";
