import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";

/**
 * The customers an actor may see, as a Prisma `where`. Every role reads every customer today
 * (visibility is a product principle); keeping the scope in one place keeps that a decision.
 */
export function customerScope(actor: Actor): Prisma.CustomerWhereInput {
  return can(actor, "customers.read") ? {} : { id: { in: [] } };
}
