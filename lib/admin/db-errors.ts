/** A unique-constraint violation (Prisma P2002): the race a pre-check cannot close. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
