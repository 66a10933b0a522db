/**
 * Admin rules (pure: no db, no Next). The guards that keep the organization administrable.
 */
import { DomainError } from "@/lib/errors";
import type { RoleName } from "@/lib/authz/permissions";

/** A user change an admin refuses on principle (mapped to errors.<code> by createAction). */
export class AdminRuleError extends DomainError {
  constructor(code: AdminRuleViolation) {
    super(code);
  }
}

export type AdminRuleViolation = "adminSelfChange" | "adminLastAdmin";

export type UserChange = { kind: "role"; role: RoleName } | { kind: "active"; active: boolean };

/**
 * Whether a role change or (de)activation may happen. An admin cannot demote or deactivate
 * themself (they would lock themself out mid-session), and the last active admin can never lose
 * admin power, or nobody could manage users again.
 */
export function userChangeViolation(input: {
  actorId: string;
  target: { id: string; role: RoleName; active: boolean };
  change: UserChange;
  activeAdminCount: number;
}): AdminRuleViolation | null {
  const { actorId, target, change, activeAdminCount } = input;
  const losesAdmin =
    target.role === "ADMIN" &&
    target.active &&
    (change.kind === "role" ? change.role !== "ADMIN" : change.active === false);
  const selfLockout = change.kind === "role" ? change.role !== target.role : change.active === false;
  if (target.id === actorId && selfLockout) return "adminSelfChange";
  if (losesAdmin && activeAdminCount <= 1) return "adminLastAdmin";
  return null;
}

/** Minutes → the hours + minutes boxes of the SLA form. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
