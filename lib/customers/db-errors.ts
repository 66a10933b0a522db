/**
 * Whether an error is a unique-constraint violation (Prisma P2002) on `field`: the race a
 * pre-check cannot close. With @prisma/adapter-pg the columns are in
 * meta.driverAdapterError.cause.constraint.fields; the classic engines put them in meta.target.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  if (!field) return true;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  const adapterFields = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown } } } | undefined)?.cause?.constraint?.fields;
  const fields = [meta.target, adapterFields].flat().filter((f): f is string => typeof f === "string");
  // An unknown shape: say yes rather than turn a duplicate into a generic error.
  return fields.length === 0 || fields.some((f) => f === field || f.includes(field));
}
