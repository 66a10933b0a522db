import { db } from "@/lib/db";
import { actorFromUser, type Actor } from "@/lib/auth/actor";
import type { RoleName } from "@/lib/authz/permissions";
import { createUser } from "@/prisma/seed/factories";
import { truncateAll } from "@/prisma/seed/truncate";

export { db };

/** Empties every table: call in beforeEach. */
export const resetDb = () => truncateAll(db);

/** A fresh active user with the role, as the domain sees them. */
export async function actorFor(role: RoleName, name?: string): Promise<Actor> {
  const user = await createUser(db, { role, ...(name ? { name } : {}) });
  return actorFromUser(user);
}

export const allRoles: RoleName[] = ["ADMIN", "AGENT", "PRODUCT", "MEMBER"];
