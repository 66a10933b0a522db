import { beforeEach, describe, expect, it } from "vitest";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { getSlaTargets, updateSlaTargets } from "@/lib/admin/sla";
import { loadSlaTargets } from "@/lib/sla/queries";
import { defaultSlaTargets, dueAt } from "@/lib/inquiries/rules";
import { updateSlaTargetsSchema } from "@/lib/admin/schema";
import { actorFor, db, resetDb } from "./helpers";

const custom = {
  URGENT: { firstResponseMinutes: 30, resolutionMinutes: 120 },
  HIGH: { firstResponseMinutes: 90, resolutionMinutes: 600 },
  NORMAL: { firstResponseMinutes: 300, resolutionMinutes: 2880 },
  LOW: { firstResponseMinutes: 1440, resolutionMinutes: 10080 },
};

describe("admin: SLA targets", () => {
  beforeEach(resetDb);

  it("saving changes what loadSlaTargets returns (and so new due times), with one audit row", async () => {
    const admin = await actorFor("ADMIN");
    expect(await loadSlaTargets()).toEqual(defaultSlaTargets);
    await updateSlaTargets(admin, custom);
    const loaded = await loadSlaTargets();
    expect(loaded).toEqual(custom);
    const created = new Date("2026-03-02T00:00:00Z");
    expect(dueAt(created, "URGENT", loaded)).toEqual(new Date("2026-03-02T02:00:00Z"));
    expect(await getSlaTargets(admin)).toEqual(custom);

    // A second save updates in place (upsert), it does not add rows.
    await updateSlaTargets(admin, { ...custom, URGENT: { firstResponseMinutes: 15, resolutionMinutes: 60 } });
    expect(await db.slaTarget.count()).toBe(4);
    expect((await loadSlaTargets()).URGENT).toEqual({ firstResponseMinutes: 15, resolutionMinutes: 60 });
    const audits = await db.auditEvent.findMany({ where: { action: "sla.update" } });
    expect(audits).toHaveLength(2);
    expect(audits[0].actorId).toBe(admin.id);
  });

  it("the form's hours + minutes arrive as minutes", async () => {
    const admin = await actorFor("ADMIN");
    const form: Record<string, string> = {};
    for (const [p, t] of Object.entries(custom)) {
      form[`${p}_firstResponseHours`] = String(Math.floor(t.firstResponseMinutes / 60));
      form[`${p}_firstResponseMinutes`] = String(t.firstResponseMinutes % 60);
      form[`${p}_resolutionHours`] = String(Math.floor(t.resolutionMinutes / 60));
      form[`${p}_resolutionMinutes`] = String(t.resolutionMinutes % 60);
    }
    await updateSlaTargets(admin, updateSlaTargetsSchema.parse(form));
    expect(await loadSlaTargets()).toEqual(custom);
  });

  it("refuses a resolution target shorter than first response, naming the field", async () => {
    const admin = await actorFor("ADMIN");
    const bad = { ...custom, HIGH: { firstResponseMinutes: 600, resolutionMinutes: 60 } };
    await expect(updateSlaTargets(admin, bad)).rejects.toMatchObject({ field: "HIGH_resolutionHours" });
    await expect(updateSlaTargets(admin, bad)).rejects.toBeInstanceOf(FieldError);
    expect(await db.slaTarget.count()).toBe(0);
  });

  for (const role of ["AGENT", "PRODUCT", "MEMBER"] as const) {
    it(`${role} cannot read or change the targets`, async () => {
      const actor = await actorFor(role);
      await expect(getSlaTargets(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateSlaTargets(actor, custom)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await loadSlaTargets()).toEqual(defaultSlaTargets);
      expect(await db.auditEvent.count()).toBe(0);
    });
  }
});
