import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { auditEntry } from "@/lib/audit";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { RoleName } from "@/lib/authz/permissions";
import type { ChangeUserRoleInput, CreateUserInput } from "./schema";
import { AdminRuleError, userChangeViolation, type UserChange } from "./rules";
import { isUniqueViolation } from "./db-errors";

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  role: RoleName;
  active: boolean;
  createdAt: Date;
};

/** Everyone who can sign in (or could), active first. */
export async function listUsers(actor: Actor): Promise<AdminUserRow[]> {
  assertCan(actor, "admin.manage");
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}

export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  const taken = await db.user.findFirst({ where: { email: { equals: input.email, mode: "insensitive" } }, select: { id: true } });
  if (taken) throw new FieldError("email", "emailTaken");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: auditEntry(actor, "user.create", "User", user.id, { email: input.email, role: input.role }),
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("email", "emailTaken");
    throw error;
  }
}

export function changeUserRole(actor: Actor, input: ChangeUserRoleInput) {
  return changeUser(actor, input.userId, { kind: "role", role: input.role });
}

export function deactivateUser(actor: Actor, userId: string) {
  return changeUser(actor, userId, { kind: "active", active: false });
}

export function reactivateUser(actor: Actor, userId: string) {
  return changeUser(actor, userId, { kind: "active", active: true });
}

/**
 * Role change or (de)activation, guarded by userChangeViolation. The active admins' rows are
 * locked first (FOR UPDATE), so two admins demoting each other at the same moment are serialized
 * and the second one sees that it would remove the last admin.
 */
async function changeUser(actor: Actor, userId: string, change: UserChange): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM "User" WHERE role = 'ADMIN' AND active = true ORDER BY id FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
    if (!target) throw new NotFoundError("user");

    const unchanged = change.kind === "role" ? change.role === target.role : change.active === target.active;
    if (unchanged) return { id: target.id };

    const violation = userChangeViolation({ actorId: actor.id, target, change, activeAdminCount: admins.length });
    if (violation) throw new AdminRuleError(violation);

    if (change.kind === "role") {
      await tx.user.update({ where: { id: target.id }, data: { role: change.role } });
      await tx.auditEvent.create({
        data: auditEntry(actor, "user.role", "User", target.id, { from: target.role, to: change.role }),
      });
    } else {
      await tx.user.update({ where: { id: target.id }, data: { active: change.active } });
      await tx.auditEvent.create({
        data: auditEntry(actor, change.active ? "user.reactivate" : "user.deactivate", "User", target.id),
      });
    }
    return { id: target.id };
  });
}
