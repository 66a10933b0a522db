import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { ConflictError } from "@/lib/errors";
import { readSurveySettings } from "./requests";
import type { SurveyMode } from "./rules";
import { updateSurveySettingsSchema, type UpdateSurveySettingsInput } from "./send-schema";

export type SurveySettingsView = { mode: SurveyMode; delayMinutes: number; version: number };

/**
 * Which survey a resolved inquiry gets and how long its mail is held (the defaults when the row
 * was never saved).
 * @throws ForbiddenError
 */
export async function getSurveySettings(actor: Actor): Promise<SurveySettingsView> {
  assertCan(actor, "surveys.manage");
  const { mode, delayMinutes, version } = await readSurveySettings(db);
  return { mode, delayMinutes, version };
}

/**
 * Saves the survey mode and delay if nobody saved since the admin loaded them (version check in
 * the UPDATE). Mails already queued keep their time; the new delay applies to the next ones.
 * @throws ForbiddenError, ConflictError
 */
export async function updateSurveySettings(actor: Actor, input: UpdateSurveySettingsInput): Promise<SurveySettingsView> {
  assertCan(actor, "surveys.manage");
  const { mode, delayMinutes, expectedVersion } = updateSurveySettingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    // The row may be missing (fresh or truncated database): make the default row (version 1, the
    // same values readSurveySettings reports) so the versioned UPDATE below has something to match.
    await tx.surveySettings.createMany({ data: [{ id: 1 }], skipDuplicates: true });
    const before = await tx.surveySettings.findUniqueOrThrow({ where: { id: 1 }, select: { mode: true, delayMinutes: true } });
    const { count } = await tx.surveySettings.updateMany({
      where: { id: 1, version: expectedVersion },
      data: { mode, delayMinutes, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await tx.auditEvent.create({
      data: auditEntry(actor, "survey.settings", "SurveySettings", "1", { from: before, to: { mode, delayMinutes } }),
    });
    return { mode, delayMinutes, version: expectedVersion + 1 };
  });
}
