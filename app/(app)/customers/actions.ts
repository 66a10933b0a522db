"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { changeCustomerType, createCustomer, setCustomerPayer, updateCustomer } from "@/lib/customers/mutations";
import {
  changeCustomerTypeFormSchema,
  createCustomerFormSchema,
  setCustomerPayerSchema,
  updateCustomerSchema,
} from "@/lib/customers/schema";

/** Every action re-checks the actor in lib/ (a crafted POST is refused like a click). */

export const createCustomerAction = createAction(createCustomerFormSchema, async (actor, input) => {
  const customer = await createCustomer(actor, input);
  revalidatePath("/customers");
  redirect(`/customers/${customer.id}`);
});

export const updateCustomerAction = createAction(updateCustomerSchema, async (actor, input) => {
  const result = await updateCustomer(actor, input);
  revalidatePath("/customers");
  revalidatePath(`/customers/${input.customerId}`);
  return result;
});

export const setCustomerPayerAction = createAction(setCustomerPayerSchema, async (actor, input) => {
  const result = await setCustomerPayer(actor, input);
  // The old and the new payer's pages list this customer too.
  revalidatePath("/(app)/customers/[customerId]", "page");
  return result;
});

export const changeCustomerTypeAction = createAction(changeCustomerTypeFormSchema, async (actor, input) => {
  const result = await changeCustomerType(actor, input);
  revalidatePath("/customers");
  revalidatePath(`/customers/${input.customerId}`);
  return result;
});
