import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { customerTypes } from "@/lib/inquiries/rules";
import { defaultTypeWeights, type TypeWeights } from "./rules";
import { setTypeWeightsSchema, type SetTypeWeightsInput } from "./schema";

/**
 * The impact weights per customer type: the admin's values, the defaults (rules.ts) for any type
 * never set. Read by the board and the problem page; cheap (≤ 5 rows).
 */
export async function loadTypeWeights(client: PrismaClient | Prisma.TransactionClient = db): Promise<TypeWeights> {
  const rows = await client.customerTypeWeight.findMany({ select: { type: true, weight: true } });
  const weights: TypeWeights = { ...defaultTypeWeights };
  for (const r of rows) weights[r.type] = r.weight;
  return weights;
}

/**
 * Saves all five weights (0–10, one decimal). Impact is derived at read time, so the board
 * re-ranks on its next load; nothing is recomputed here.
 * @throws ForbiddenError
 */
export async function setTypeWeights(actor: Actor, input: SetTypeWeightsInput): Promise<{ weights: TypeWeights; changed: boolean }> {
  assertCan(actor, "admin.manage");
  const weights = setTypeWeightsSchema.parse(input) as TypeWeights;
  return db.$transaction(async (tx) => {
    const before = await loadTypeWeights(tx);
    const changed = customerTypes.filter((t) => before[t] !== weights[t]);
    if (!changed.length) return { weights: before, changed: false };
    const now = new Date();
    for (const type of customerTypes) {
      await tx.customerTypeWeight.upsert({
        where: { type },
        create: { type, weight: weights[type], updatedAt: now },
        update: { weight: weights[type], updatedAt: now },
      });
    }
    await tx.auditEvent.create({
      data: auditEntry(actor, "board.weights", "CustomerTypeWeight", "all", {
        from: Object.fromEntries(changed.map((t) => [t, before[t]])),
        to: Object.fromEntries(changed.map((t) => [t, weights[t]])),
      }),
    });
    return { weights, changed: true };
  });
}
