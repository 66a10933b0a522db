import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { actorFromUser, type Actor } from "./actor";
import type { RoleName } from "@/lib/authz/permissions";
import { ForbiddenError } from "@/lib/errors";

/**
 * The signed-in, still-active user, or null. The user row is read on every request (once, cached
 * per request), so a deactivated user's open session stops working at once and role changes apply
 * without signing in again.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findFirst({
    where: { id, active: true },
    select: { id: true, role: true, name: true, email: true },
  });
  return user ? actorFromUser(user) : null;
});

/** For pages: the actor, or a redirect to /login. */
export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages: the actor with one of the roles, or a 404-like forbidden. */
export async function requireRole(...roles: RoleName[]): Promise<Actor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}
