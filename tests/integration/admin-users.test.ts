import { beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError, FieldError, NotFoundError } from "@/lib/errors";
import { AdminRuleError } from "@/lib/admin/rules";
import { changeUserRole, createUser, deactivateUser, listUsers, reactivateUser } from "@/lib/admin/users";
import { verifyCredentials } from "@/lib/auth/credentials";
import { actorFromUser } from "@/lib/auth/actor";
import { createUser as createUserRow } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// getActor reads the session through next-auth; only that lookup is stubbed, the user row is real.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next/navigation", () => ({ redirect: () => { throw new Error("redirect"); }, notFound: () => { throw new Error("notFound"); } }));
const { getActor } = await import("@/lib/auth/session");

const PASSWORD = "correct-horse-battery";
const nonAdmins = ["AGENT", "PRODUCT", "MEMBER"] as const;

const auditCount = () => db.auditEvent.count();
const snapshot = () => db.user.findMany({ select: { id: true, email: true, role: true, active: true }, orderBy: { id: "asc" } });

describe("admin: users", () => {
  beforeEach(resetDb);

  it("creates a user with a hashed password who can sign in, and audits it", async () => {
    const admin = await actorFor("ADMIN");
    const { id } = await createUser(admin, { name: "Hana Yoon", email: "hana@example.com", role: "AGENT", password: PASSWORD });
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Hana Yoon", email: "hana@example.com", role: "AGENT", active: true });
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyCredentials({ email: "hana@example.com", password: PASSWORD })).toMatchObject({ id, role: "AGENT" });
    expect(await db.auditEvent.findFirst({ where: { entityId: id } })).toMatchObject({ action: "user.create", actorId: admin.id });
  });

  it("refuses a taken email (any case) as a field error", async () => {
    const admin = await actorFor("ADMIN");
    await createUserRow(db, { email: "Taken@Example.com" });
    const attempt = createUser(admin, { name: "X", email: "taken@example.com", role: "MEMBER", password: PASSWORD });
    await expect(attempt).rejects.toBeInstanceOf(FieldError);
    await expect(attempt).rejects.toMatchObject({ field: "email", messageKey: "emailTaken" });
    expect(await db.user.count({ where: { email: { equals: "taken@example.com", mode: "insensitive" } } })).toBe(1);
  });

  it("changes a role and audits from/to", async () => {
    const admin = await actorFor("ADMIN");
    const agent = await actorFor("AGENT");
    await changeUserRole(admin, { userId: agent.id, role: "PRODUCT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: agent.id } })).role).toBe("PRODUCT");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: agent.id, action: "user.role" } });
    expect(audit.data).toEqual({ from: "AGENT", to: "PRODUCT" });
  });

  it("deactivates: the user cannot sign in and their open session stops working; reactivation restores both", async () => {
    const admin = await actorFor("ADMIN");
    const { id } = await createUser(admin, { name: "Leaving", email: "leaving@example.com", role: "AGENT", password: PASSWORD });

    session.userId = id;
    expect((await getActor())?.id).toBe(id);

    await deactivateUser(admin, id);
    expect(await verifyCredentials({ email: "leaving@example.com", password: PASSWORD })).toBeNull();
    expect(await getActor()).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: id, action: "user.deactivate" } })).toBe(1);

    await reactivateUser(admin, id);
    expect(await verifyCredentials({ email: "leaving@example.com", password: PASSWORD })).toMatchObject({ id });
    expect((await getActor())?.id).toBe(id);
    session.userId = null;
  });

  it("an admin cannot deactivate or demote themself", async () => {
    const admin = await actorFor("ADMIN");
    await actorFor("ADMIN"); // a second admin, so only the self rule applies
    await expect(deactivateUser(admin, admin.id)).rejects.toMatchObject({ code: "adminSelfChange" });
    await expect(changeUserRole(admin, { userId: admin.id, role: "AGENT" })).rejects.toBeInstanceOf(AdminRuleError);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
    expect(await auditCount()).toBe(0);
  });

  it("the last active admin cannot lose admin power", async () => {
    // The acting admin was deactivated after their request began (their actor object is stale):
    // the guard must look at the database, not at the actor.
    const actingRow = await createUserRow(db, { role: "ADMIN", active: false });
    const acting = actorFromUser(actingRow);
    const last = await actorFor("ADMIN");
    await expect(deactivateUser(acting, last.id)).rejects.toMatchObject({ code: "adminLastAdmin" });
    await expect(changeUserRole(acting, { userId: last.id, role: "MEMBER" })).rejects.toMatchObject({ code: "adminLastAdmin" });
    expect(await db.user.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({ role: "ADMIN", active: true });
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const a = await actorFor("ADMIN");
    const b = await actorFor("ADMIN");
    const results = await Promise.allSettled([
      changeUserRole(a, { userId: b.id, role: "AGENT" }),
      changeUserRole(b, { userId: a.id, role: "AGENT" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("an unknown user id reads as not found", async () => {
    const admin = await actorFor("ADMIN");
    await expect(deactivateUser(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  for (const role of nonAdmins) {
    it(`${role} is refused every user query and mutation, and nothing changes`, async () => {
      const admin = await actorFor("ADMIN");
      const target = await actorFor("AGENT");
      const actor = await actorFor(role);
      const before = await snapshot();
      const attempts = [
        () => listUsers(actor),
        () => createUser(actor, { name: "Sneaky", email: "sneaky@example.com", role: "ADMIN", password: PASSWORD }),
        () => changeUserRole(actor, { userId: actor.id, role: "ADMIN" }),
        () => changeUserRole(actor, { userId: admin.id, role: "MEMBER" }),
        () => deactivateUser(actor, admin.id),
        () => deactivateUser(actor, target.id),
        () => reactivateUser(actor, target.id),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot()).toEqual(before);
      expect(await auditCount()).toBe(0);
    });
  }
});
