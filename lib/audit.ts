import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/** The audit row every write adds inside its transaction: who changed what, when. */
export function auditEntry(
  actor: Actor | null,
  action: string,
  entityType: string,
  entityId: string,
  data?: Prisma.InputJsonValue,
): Prisma.AuditEventCreateManyInput {
  return { actorId: actor?.id ?? null, action, entityType, entityId, data };
}
