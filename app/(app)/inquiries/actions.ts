"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import {
  addInternalNote, assignInquiry, changeInquiryCustomerType, changeInquiryStatus, createInquiry, replyToInquiry,
  setInquiryPriority, setInquiryTags, type ChangeResult,
} from "@/lib/inquiries/mutations";
import {
  addInternalNoteSchema, assignInquirySchema, changeInquiryCustomerTypeSchema, changeInquiryStatusSchema, createInquirySchema,
  replyToInquirySchema, setInquiryPrioritySchema, setInquiryTagsSchema,
} from "@/lib/inquiries/schema";

// Each action is a public POST endpoint: createAction authenticates, the schema parses, and the
// domain function checks the role — the page hiding a control is not the check.

function refresh(result: ChangeResult): ChangeResult {
  if (result.changed) {
    revalidatePath(`/inquiries/${result.inquiryId}`);
    revalidatePath("/inquiries");
  }
  return result;
}

export const createInquiryAction = createAction(createInquirySchema, async (actor, input) => {
  const inquiry = await createInquiry(actor, input);
  revalidatePath("/inquiries");
  redirect(`/inquiries/${inquiry.id}`);
});

export const replyToInquiryAction = createAction(replyToInquirySchema, async (actor, input) =>
  refresh(await replyToInquiry(actor, input)));

export const addInternalNoteAction = createAction(addInternalNoteSchema, async (actor, input) =>
  refresh(await addInternalNote(actor, input)));

export const changeInquiryStatusAction = createAction(changeInquiryStatusSchema, async (actor, input) =>
  refresh(await changeInquiryStatus(actor, input)));

export const assignInquiryAction = createAction(assignInquirySchema, async (actor, input) =>
  refresh(await assignInquiry(actor, input)));

export const setInquiryTagsAction = createAction(setInquiryTagsSchema, async (actor, input) =>
  refresh(await setInquiryTags(actor, input)));

export const setInquiryPriorityAction = createAction(setInquiryPrioritySchema, async (actor, input) =>
  refresh(await setInquiryPriority(actor, input)));

export const changeInquiryCustomerTypeAction = createAction(changeInquiryCustomerTypeSchema, async (actor, input) =>
  refresh(await changeInquiryCustomerType(actor, input)));
