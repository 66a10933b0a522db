import type { RoleName } from "@/lib/authz/permissions";
import { can, type Permission } from "@/lib/authz/permissions";
import { ForbiddenError } from "@/lib/errors";

declare const actorBrand: unique symbol;

/** A signed-in, active user as the domain sees them. Made only by requireUser (and test helpers). */
export type Actor = Readonly<{ id: string; role: RoleName; name: string; email: string }> & {
  readonly [actorBrand]: true;
};

export function actorFromUser(user: { id: string; role: RoleName; name: string; email: string }): Actor {
  return Object.freeze({ id: user.id, role: user.role, name: user.name, email: user.email }) as Actor;
}

/** @throws ForbiddenError when the actor lacks the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError();
}
