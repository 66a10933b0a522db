"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { sendPulse } from "@/lib/surveys/pulse";
import { sendPulseSchema, updateSurveySettingsSchema } from "@/lib/surveys/send-schema";
import { updateSurveySettings } from "@/lib/surveys/settings";

export const updateSurveySettingsAction = createAction(updateSurveySettingsSchema, async (actor, input) => {
  const settings = await updateSurveySettings(actor, input);
  revalidatePath("/admin/surveys");
  return settings;
});

export const sendPulseAction = createAction(sendPulseSchema, async (actor, input) => {
  const result = await sendPulse(actor, input);
  revalidatePath("/admin/surveys");
  revalidatePath("/outbox");
  return result;
});
