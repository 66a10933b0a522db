"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { createTagSchema, tagIdSchema, updateTagSchema } from "@/lib/admin/schema";
import { createTag, setTagArchived, updateTag } from "@/lib/admin/tags";

// Tags show up in the queue filters and inquiry pickers too, so refresh the whole app tree.
const refresh = () => revalidatePath("/", "layout");

export const createTagAction = createAction(createTagSchema, async (actor, input) => {
  const tag = await createTag(actor, input);
  refresh();
  return tag;
});

export const updateTagAction = createAction(updateTagSchema, async (actor, input) => {
  const tag = await updateTag(actor, input);
  refresh();
  return tag;
});

export const archiveTagAction = createAction(tagIdSchema, async (actor, { tagId }) => {
  const tag = await setTagArchived(actor, tagId, true);
  refresh();
  return tag;
});

export const unarchiveTagAction = createAction(tagIdSchema, async (actor, { tagId }) => {
  const tag = await setTagArchived(actor, tagId, false);
  refresh();
  return tag;
});
