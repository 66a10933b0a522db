import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";

/**
 * The problems an actor may see, as a Prisma `where`. Every role reads the board (visibility is a
 * product principle); keeping the scope in one place keeps that a decision.
 */
export function problemScope(actor: Actor): Prisma.ProblemWhereInput {
  return can(actor, "board.read") ? {} : { id: { in: [] } };
}

/** Problems still on the board: visible and not merged into another one. */
export function liveProblemScope(actor: Actor): Prisma.ProblemWhereInput {
  return { AND: [problemScope(actor), { mergedIntoId: null }] };
}
