"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { setDigestOptIn } from "@/lib/dashboard/digest";
import { digestOptInSchema } from "@/lib/dashboard/digest-rules";

// Changes only the signed-in user's own setting: the input carries no user id.
export const updateDigestOptInAction = createAction(digestOptInSchema, async (actor, { digestOptIn }) => {
  const result = await setDigestOptIn(actor, { optIn: digestOptIn });
  revalidatePath("/profile");
  return result;
});
