"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { churnReasonIdSchema, createChurnReasonSchema, renameChurnReasonSchema } from "@/lib/admin/schema";
import { createChurnReason, renameChurnReason, setChurnReasonArchived } from "@/lib/admin/churn-reasons";

// Categories also appear on customer pages, so refresh the whole app tree.
const refresh = () => revalidatePath("/", "layout");

export const createChurnReasonAction = createAction(createChurnReasonSchema, async (actor, input) => {
  const reason = await createChurnReason(actor, input);
  refresh();
  return reason;
});

export const renameChurnReasonAction = createAction(renameChurnReasonSchema, async (actor, input) => {
  const reason = await renameChurnReason(actor, input);
  refresh();
  return reason;
});

export const archiveChurnReasonAction = createAction(churnReasonIdSchema, async (actor, { reasonId }) => {
  const reason = await setChurnReasonArchived(actor, reasonId, true);
  refresh();
  return reason;
});

export const unarchiveChurnReasonAction = createAction(churnReasonIdSchema, async (actor, { reasonId }) => {
  const reason = await setChurnReasonArchived(actor, reasonId, false);
  refresh();
  return reason;
});
