"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { updateSlaTargetsSchema } from "@/lib/admin/schema";
import { updateSlaTargets } from "@/lib/admin/sla";

export const updateSlaTargetsAction = createAction(updateSlaTargetsSchema, async (actor, input) => {
  const targets = await updateSlaTargets(actor, input);
  revalidatePath("/admin", "layout");
  return targets;
});
