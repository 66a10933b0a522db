import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { FieldError } from "@/lib/errors";
import { loadSlaTargets } from "@/lib/sla/queries";
import { priorities, type SlaTargets } from "@/lib/inquiries/rules";
import { slaField, type SlaTargetsInput } from "./schema";

/** The targets the SLA form starts from (admin-set, else the defaults). */
export async function getSlaTargets(actor: Actor): Promise<SlaTargets> {
  assertCan(actor, "admin.manage");
  return loadSlaTargets();
}

/**
 * Saves all four priorities at once (one upsert each, one audit row with before/after).
 * New targets apply to due times computed from now on; stored due times are not recalculated.
 */
export async function updateSlaTargets(actor: Actor, input: SlaTargetsInput): Promise<SlaTargets> {
  assertCan(actor, "admin.manage");
  for (const p of priorities) {
    if (input[p].resolutionMinutes < input[p].firstResponseMinutes) {
      throw new FieldError(slaField(p, "resolution", "Hours"), "slaResolutionBeforeFirstResponse");
    }
  }
  const before = await loadSlaTargets();
  await db.$transaction([
    ...priorities.map((priority) =>
      db.slaTarget.upsert({
        where: { priority },
        create: { priority, ...input[priority] },
        update: input[priority],
      }),
    ),
    db.auditEvent.create({ data: auditEntry(actor, "sla.update", "SlaTarget", "all", { from: before, to: input }) }),
  ]);
  return input;
}
