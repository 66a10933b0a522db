import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveProblemScope } from "../scope";

const currentSelect = {
  id: true,
  number: true,
  title: true,
  description: true,
  status: true,
  ownerId: true,
  owner: { select: { id: true, name: true } },
  declineReason: true,
  releaseNote: true,
  respondedAt: true,
  shippedAt: true,
  version: true,
} satisfies Prisma.ProblemSelect;

export type CurrentProblem = Prisma.ProblemGetPayload<{ select: typeof currentSelect }>;
type Tx = Prisma.TransactionClient;
type EventInput = Omit<Prisma.ProblemEventCreateManyInput, "problemId" | "actorId" | "createdAt">;

/** What a change writes; `null` means "nothing to change" (no write, no event, no audit). */
export type ProblemChangePlan = {
  fields: Omit<Prisma.ProblemUncheckedUpdateManyInput, "version" | "id">;
  events: EventInput[];
  audit: { action: string; data?: Prisma.InputJsonValue };
} | null;

export type ProblemChangeResult = { problemId: string; version: number; changed: boolean };

/**
 * One versioned change of a problem in a transaction: load it (scoped, not merged away) → plan →
 * UPDATE … WHERE version = expected (bumping it) → timeline event(s) → audit row. The version
 * check is in the UPDATE itself, so of two people moving the same card exactly one applies and
 * the other gets ConflictError ("it changed"), whichever order their transactions run in.
 * @throws NotFoundError, ConflictError, and whatever `plan` throws.
 */
export async function changeProblem(
  actor: Actor,
  problemId: string,
  expectedVersion: number,
  plan: (current: CurrentProblem, tx: Tx, now: Date) => Promise<ProblemChangePlan> | ProblemChangePlan,
): Promise<ProblemChangeResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.problem.findFirst({
      where: { AND: [{ id: problemId }, liveProblemScope(actor)] },
      select: currentSelect,
    });
    if (!current) throw new NotFoundError("problem");
    if (current.version !== expectedVersion) throw new ConflictError();
    const now = new Date();
    const change = await plan(current, tx, now);
    if (!change) return { problemId, version: current.version, changed: false };
    const { count } = await tx.problem.updateMany({
      where: { id: problemId, version: expectedVersion, mergedIntoId: null },
      data: { ...change.fields, updatedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    if (change.events.length) {
      await tx.problemEvent.createMany({
        data: change.events.map((e) => ({ ...e, problemId, actorId: actor.id, createdAt: now })),
      });
    }
    await tx.auditEvent.create({ data: auditEntry(actor, change.audit.action, "Problem", problemId, change.audit.data) });
    return { problemId, version: expectedVersion + 1, changed: true };
  });
}
