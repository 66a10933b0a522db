"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { changeSurveyRecipient, sendSurveyNow } from "@/lib/surveys/mutations";
import { changeSurveyRecipientSchema, sendSurveyNowSchema } from "@/lib/surveys/send-schema";

// The outbox page lists the invitation too.
function refresh(inquiryId: string) {
  revalidatePath(`/inquiries/${inquiryId}`);
  revalidatePath("/outbox");
}

export const changeSurveyRecipientAction = createAction(changeSurveyRecipientSchema, async (actor, input) => {
  const result = await changeSurveyRecipient(actor, input);
  refresh(input.inquiryId);
  return { queued: result.queued };
});

export const sendSurveyNowAction = createAction(sendSurveyNowSchema, async (actor, input) => {
  await sendSurveyNow(actor, input);
  refresh(input.inquiryId);
  return null;
});
