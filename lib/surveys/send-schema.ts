/**
 * Input schemas for sending surveys and the admin's survey settings and pulse (pure zod).
 * Flat shapes: forms post FormData and createAction reports an error under the first path
 * segment, next to that field. The domain functions parse again, so direct calls get the same checks.
 */
import { z } from "zod";
import { roles, type RoleName } from "@/lib/authz/permissions";
import { surveyModes, type SurveyMode } from "./rules";

export const RECIPIENT_NAME_MAX = 200;
export const PULSE_QUESTION_MAX = 300;
/** The invitation of a resolved inquiry waits at most one day (the agent's window to change the recipient). */
export const SURVEY_DELAY_MAX_MINUTES = 1_440;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

export const changeSurveyRecipientSchema = z.object({
  inquiryId: z.uuid(),
  email: z.string({ error: "required" }).trim().toLowerCase().pipe(z.email().max(320)),
  name: z.preprocess(blankToNull, z.string().trim().max(RECIPIENT_NAME_MAX).nullable()),
});
export type ChangeSurveyRecipientInput = { inquiryId: string; email: string; name?: string | null };

export const sendSurveyNowSchema = z.object({ inquiryId: z.uuid() });
export type SendSurveyNowInput = z.infer<typeof sendSurveyNowSchema>;

export const updateSurveySettingsSchema = z.object({
  mode: z.enum(surveyModes),
  // A blank box is "required", not 0 (which coerce would make of it).
  delayMinutes: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(SURVEY_DELAY_MAX_MINUTES)),
  /** The version the admin loaded; the UPDATE only applies while it is still current. */
  expectedVersion: z.coerce.number().int().min(1),
});
export type UpdateSurveySettingsInput = { mode: SurveyMode; delayMinutes: number; expectedVersion: number };

export const pulseAudiences = ["ALL", ...roles] as const;
export type PulseAudience = "ALL" | RoleName;

export const sendPulseSchema = z.object({
  question: z.string({ error: "required" }).trim().min(1).max(PULSE_QUESTION_MAX),
  audience: z.enum(pulseAudiences),
  /** Made once per form render: a retried or double submit carries the same key. */
  idempotencyKey: z.string().trim().min(8).max(100),
});
export type SendPulseInput = z.infer<typeof sendPulseSchema>;
