"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { changeUserRoleSchema, createUserSchema, userIdSchema } from "@/lib/admin/schema";
import { changeUserRole, createUser, deactivateUser, reactivateUser } from "@/lib/admin/users";

const refresh = () => revalidatePath("/admin", "layout");

export const createUserAction = createAction(createUserSchema, async (actor, input) => {
  const user = await createUser(actor, input);
  refresh();
  return user;
});

export const changeUserRoleAction = createAction(changeUserRoleSchema, async (actor, input) => {
  const user = await changeUserRole(actor, input);
  refresh();
  return user;
});

export const deactivateUserAction = createAction(userIdSchema, async (actor, { userId }) => {
  const user = await deactivateUser(actor, userId);
  refresh();
  return user;
});

export const reactivateUserAction = createAction(userIdSchema, async (actor, { userId }) => {
  const user = await reactivateUser(actor, userId);
  refresh();
  return user;
});
