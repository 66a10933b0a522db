"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import {
  addProblemComment, createProblem, editProblem, linkInquiries, mergeProblems, moveProblem, setProblemOwner, setTypeWeights,
  shipProblem, unlinkInquiry,
} from "@/lib/board/mutations";
import {
  addProblemCommentSchema, createProblemSchema, editProblemSchema, linkInquiriesSchema, mergeProblemsSchema, moveProblemSchema,
  setProblemOwnerSchema, setTypeWeightsSchema, shipProblemSchema, unlinkInquirySchema,
} from "@/lib/board/schema";

// Each action is a public POST endpoint: createAction authenticates, the schema parses, and the
// domain function checks the role — the page hiding a control is not the check.

function refreshBoard(problemIds: readonly (string | null | undefined)[], inquiryIds: readonly string[] = []) {
  revalidatePath("/board");
  for (const id of new Set(problemIds)) if (id) revalidatePath(`/board/${id}`);
  // A handful of pages: revalidate each; a big selection refreshes the whole inquiries tree.
  if (inquiryIds.length > 20) revalidatePath("/inquiries", "layout");
  else {
    for (const id of inquiryIds) revalidatePath(`/inquiries/${id}`);
    if (inquiryIds.length) revalidatePath("/inquiries");
  }
}

export const createProblemAction = createAction(createProblemSchema, async (actor, input) => {
  const created = await createProblem(actor, input);
  refreshBoard([created.problemId], input.inquiryIds);
  // `id` too: the push dialog reads { id, number }.
  return { ...created, id: created.problemId };
});

export const linkInquiriesAction = createAction(linkInquiriesSchema, async (actor, input) => {
  const result = await linkInquiries(actor, input);
  // Moved inquiries changed their old problems' pages too: the board refresh covers the cards,
  // and each inquiry page links to its (new) problem.
  if (result.changed) refreshBoard([input.problemId], input.inquiryIds);
  return result;
});

export const unlinkInquiryAction = createAction(unlinkInquirySchema, async (actor, input) => {
  const result = await unlinkInquiry(actor, input);
  if (result.changed) refreshBoard([result.problemId], [input.inquiryId]);
  return result;
});

export const moveProblemAction = createAction(moveProblemSchema, async (actor, input) => {
  const result = await moveProblem(actor, input);
  if (result.changed) refreshBoard([input.problemId]);
  return result;
});

export const setProblemOwnerAction = createAction(setProblemOwnerSchema, async (actor, input) => {
  const result = await setProblemOwner(actor, input);
  if (result.changed) refreshBoard([input.problemId]);
  return result;
});

export const editProblemAction = createAction(editProblemSchema, async (actor, input) => {
  const result = await editProblem(actor, input);
  if (result.changed) refreshBoard([input.problemId]);
  return result;
});

export const addProblemCommentAction = createAction(addProblemCommentSchema, async (actor, input) => {
  const result = await addProblemComment(actor, input);
  revalidatePath(`/board/${input.problemId}`);
  return result;
});

export const mergeProblemsAction = createAction(mergeProblemsSchema, async (actor, input) => {
  const result = await mergeProblems(actor, input);
  if (result.changed) {
    refreshBoard([input.sourceId, input.targetId]);
    // Every moved inquiry's page now names the target problem.
    revalidatePath("/inquiries", "layout");
  }
  return result;
});

export const shipProblemAction = createAction(shipProblemSchema, async (actor, input) => {
  const result = await shipProblem(actor, input);
  if (result.changed) {
    refreshBoard([input.problemId]);
    // Resolved inquiries (status, timeline) and the queue; the outbox has new messages.
    if (result.resolved) revalidatePath("/inquiries", "layout");
    if (result.queued) revalidatePath("/outbox");
  }
  return result;
});

export const setTypeWeightsAction = createAction(setTypeWeightsSchema, async (actor, input) => {
  const result = await setTypeWeights(actor, input);
  if (result.changed) {
    revalidatePath("/board", "layout");
    revalidatePath("/admin", "layout");
  }
  return result;
});
