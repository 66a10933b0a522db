import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isClaimMarker, outboxState, type OutboxState } from "./rules";
import { listOutboxSchema, type ListOutboxInput } from "./schema";

const itemSelect = {
  id: true,
  kind: true,
  toEmail: true,
  toName: true,
  customerId: true,
  subject: true,
  body: true,
  status: true,
  attempts: true,
  lastError: true,
  sentAt: true,
  sendAfter: true,
  createdAt: true,
  problem: { select: { id: true, number: true, title: true } },
} satisfies Prisma.OutboxMessageSelect;

export type OutboxItem = Omit<Prisma.OutboxMessageGetPayload<{ select: typeof itemSelect }>, "lastError"> & {
  /** The last failure, if any (a worker's claim marker is not an error and reads null). */
  lastError: string | null;
  state: OutboxState;
  /** Held until then (a survey invitation's delay); null when it may go out now. */
  scheduledFor: Date | null;
};

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(iso ?? "");
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id ?? "")) return null;
  return { createdAt, id };
}

/**
 * Messages to customers, newest first, keyset-paginated (admins: "outbox.read"). A bad cursor
 * reads as the first page.
 * @throws ForbiddenError
 */
export async function listOutbox(actor: Actor, input: ListOutboxInput = {}): Promise<{ items: OutboxItem[]; nextCursor: string | null }> {
  assertCan(actor, "outbox.read");
  const { cursor, limit } = listOutboxSchema.parse(input);
  const after = decodeCursor(cursor);
  const rows = await db.outboxMessage.findMany({
    where: after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: itemSelect,
  });
  const page = rows.slice(0, limit);
  const now = Date.now();
  return {
    items: page.map((r) => {
      const state = outboxState(r);
      return {
        ...r,
        lastError: isClaimMarker(r.lastError) ? null : r.lastError,
        state,
        scheduledFor: (state === "kept" || state === "retrying") && r.sendAfter.getTime() > now ? r.sendAfter : null,
      };
    }),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}
