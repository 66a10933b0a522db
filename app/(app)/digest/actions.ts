"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { buildDigestNow } from "@/lib/dashboard/digest";
import { buildDigestSchema } from "@/lib/dashboard/digest-rules";
import { parseWeekParam } from "@/lib/dashboard/rules";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";

// A public POST endpoint like every action: createAction authenticates, buildDigestNow checks
// "admin.manage" and that the week is over. Building is idempotent: a double click mails once.

export const buildDigestAction = createAction(buildDigestSchema, async (actor, { week, force }) => {
  const start = parseWeekParam(week, env.ORG_TIME_ZONE);
  if (!start) throw new NotFoundError("week");
  const result = await buildDigestNow(actor, { week: start, force });
  revalidatePath("/digest");
  revalidatePath(`/digest/${result.week}`);
  return result;
});
