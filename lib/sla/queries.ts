import "server-only";
import { db } from "@/lib/db";
import { defaultSlaTargets, priorities, type SlaTargets } from "@/lib/inquiries/rules";

/** The admin-set SLA targets per priority, falling back to the defaults for any not set. */
export async function loadSlaTargets(client: Pick<typeof db, "slaTarget"> = db): Promise<SlaTargets> {
  const rows = await client.slaTarget.findMany();
  const targets = { ...defaultSlaTargets };
  for (const row of rows) {
    if (priorities.includes(row.priority)) {
      targets[row.priority] = { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes };
    }
  }
  return targets;
}
