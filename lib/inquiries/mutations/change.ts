import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inquiryScope } from "../scope";

/** The inquiry as a change sees it before deciding what to write. */
const currentSelect = {
  id: true,
  status: true,
  priority: true,
  customerType: true,
  assigneeId: true,
  assignee: { select: { id: true, name: true } },
  firstResponseAt: true,
  resolvedAt: true,
  closedAt: true,
  createdAt: true,
  version: true,
  tags: { select: { tagId: true } },
} satisfies Prisma.InquirySelect;

export type CurrentInquiry = Prisma.InquiryGetPayload<{ select: typeof currentSelect }>;
export type Tx = Prisma.TransactionClient;
type EventInput = Omit<Prisma.InquiryEventCreateManyInput, "inquiryId" | "actorId" | "createdAt">;

/** What a change writes. `null` means "nothing to change" (no write, no event, no audit). */
export type ChangePlan = {
  fields?: Omit<Prisma.InquiryUncheckedUpdateManyInput, "version" | "id">;
  /** Writes that depend on the inquiry row (e.g. tag links); run after the versioned UPDATE. */
  after?: (tx: Tx) => Promise<unknown>;
  events: EventInput[];
  audit: { action: string; data?: Prisma.InputJsonValue };
} | null;

export type ChangeResult = { inquiryId: string; version: number; changed: boolean };

/**
 * Runs one change of an inquiry in a transaction: load it (scoped) → plan → UPDATE … WHERE
 * version = expected (bumping it) → dependent writes, timeline events, audit row.
 * The version check lives in the UPDATE itself, so of two saves that loaded the same version
 * exactly one applies, whichever order their transactions run in.
 * @throws NotFoundError, ConflictError, and whatever `plan` throws.
 */
export async function changeInquiry(
  actor: Actor,
  inquiryId: string,
  expectedVersion: number,
  plan: (current: CurrentInquiry, tx: Tx, now: Date) => Promise<ChangePlan> | ChangePlan,
): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.inquiry.findFirst({
      where: { AND: [{ id: inquiryId }, inquiryScope(actor)] },
      select: currentSelect,
    });
    if (!current) throw new NotFoundError("inquiry");
    // Fail fast on a stale form; the UPDATE below re-checks under the row lock.
    if (current.version !== expectedVersion) throw new ConflictError();
    const now = new Date();
    const change = await plan(current, tx, now);
    if (!change) return { inquiryId, version: current.version, changed: false };

    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiryId, version: expectedVersion },
      data: { ...change.fields, updatedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    if (change.after) await change.after(tx);
    if (change.events.length) {
      await tx.inquiryEvent.createMany({
        data: change.events.map((e) => ({ ...e, inquiryId, actorId: actor.id, createdAt: now })),
      });
    }
    await tx.auditEvent.create({ data: auditEntry(actor, change.audit.action, "Inquiry", inquiryId, change.audit.data) });
    return { inquiryId, version: expectedVersion + 1, changed: true };
  });
}
