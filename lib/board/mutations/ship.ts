import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { ConflictError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createSurveyRequests } from "@/lib/surveys/requests";
import { enqueueOutboxDelivery } from "@/lib/jobs/enqueue";
import {
  canMoveProblem, closingReply, HANGUL_SQL_CLASS, SHIPPED_MESSAGE_KIND, shippedDedupeKey, shippedMessage,
  type MessageLanguage, type ProblemStatus,
} from "../rules";
import { shipProblemSchema, type ShipProblemInput } from "../schema";
import { problemScope } from "../scope";
import type { ProblemStatusEventData } from "./problem";

type Tx = Prisma.TransactionClient;

export type ShipResult = {
  problemId: string;
  /** false: it was already shipped with this note (a double click or a retry). */
  changed: boolean;
  version: number;
  /** Linked inquiries resolved with the closing reply. */
  resolved: number;
  /** "It's fixed" messages queued (one per customer with an email). */
  queued: number;
};

/** Shipping writes up to a few thousand rows in one transaction: allow more than Prisma's 5 s. */
const SHIP_TX = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * Ships a problem (from ACCEPTED or IN_PROGRESS) with a release note, and closes the loop:
 * (a) when `resolveLinked`, every still-open linked inquiry (NEW/OPEN/PENDING) is resolved with a
 *     closing reply built from the note (a REPLY and a STATUS event on its timeline);
 * (b) one "it's fixed" message per affected customer with an email goes to the outbox.
 * All in one transaction, set-based (≤ 2 s for 2,000 linked inquiries), then a delivery job is
 * queued. Idempotent: the Problem row is locked first, so a second call (double click, retry,
 * even concurrent) waits, sees SHIPPED with the same note and changes nothing; the outbox's
 * unique dedupe key (problem × customer) guards the messages besides — also across a later re-ship.
 * @throws ForbiddenError, NotFoundError, InvalidTransitionError, ConflictError (already shipped
 *   with another note)
 */
export async function shipProblem(actor: Actor, input: ShipProblemInput): Promise<ShipResult> {
  assertCan(actor, "board.manage");
  const { problemId, releaseNote, resolveLinked, idempotencyKey } = shipProblemSchema.parse(input);
  const result = await db.$transaction(async (tx) => {
    const visible = await tx.problem.findFirst({ where: { AND: [{ id: problemId }, problemScope(actor)] }, select: { id: true } });
    if (!visible) throw new NotFoundError("problem");
    const [current] = await tx.$queryRaw<
      { status: ProblemStatus; releaseNote: string | null; respondedAt: Date | null; mergedIntoId: string | null; version: number }[]
    >`
      SELECT "status"::text AS "status", "releaseNote", "respondedAt", "mergedIntoId"::text AS "mergedIntoId", "version"
      FROM "Problem" WHERE "id" = ${problemId}::uuid FOR UPDATE`;
    if (!current || current.mergedIntoId) throw new NotFoundError("problem");
    if (current.status === "SHIPPED") {
      if (current.releaseNote === releaseNote) return { problemId, changed: false, version: current.version, resolved: 0, queued: 0 };
      throw new ConflictError();
    }
    if (!canMoveProblem(current.status, "SHIPPED")) throw new InvalidTransitionError(current.status, "SHIPPED");

    const now = new Date();
    await tx.problem.update({
      where: { id: problemId },
      data: {
        status: "SHIPPED", shippedAt: now, releaseNote, respondedAt: current.respondedAt ?? now,
        declineReason: null, updatedAt: now, version: { increment: 1 },
      },
    });
    const resolvedIds = resolveLinked ? await resolveLinkedInquiries(tx, actor, problemId, releaseNote, now) : [];
    const resolved = resolvedIds.length;
    await createSurveyRequests(tx, resolvedIds, now);
    const queued = await queueShippedMessages(tx, problemId, releaseNote, now);
    const data: ProblemStatusEventData & { resolveLinked: boolean; resolved: number; queued: number } = {
      from: current.status, to: "SHIPPED", releaseNote, resolveLinked, resolved, queued,
    };
    await tx.problemEvent.create({ data: { problemId, kind: "STATUS", actorId: actor.id, createdAt: now, data } });
    await tx.auditEvent.create({
      data: auditEntry(actor, "problem.ship", "Problem", problemId, { ...data, ...(idempotencyKey ? { idempotencyKey } : {}) }),
    });
    return { problemId, changed: true, version: current.version + 1, resolved, queued };
  }, SHIP_TX);
  // After commit: the job only speeds delivery up; the worker's schedule also sweeps the outbox.
  if (result.queued > 0) await enqueueOutboxDelivery();
  return result;
}

/**
 * Resolves every open inquiry linked to the problem with the closing reply, in ONE statement:
 * lock the open links, UPDATE them (status, resolvedAt and firstResponseAt when unset, version
 * bump — an agent's open form on one of them then gets "it changed"), and insert a REPLY, a
 * STATUS event and an audit row per inquiry from the UPDATE's RETURNING. Returns the ids resolved
 * (each then gets its survey request, like any resolved inquiry).
 */
async function resolveLinkedInquiries(tx: Tx, actor: Actor, problemId: string, releaseNote: string, now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH target AS (
      SELECT i."id", i."status"::text AS "from", (i."subject" || ' ' || i."body") ~ ${HANGUL_SQL_CLASS} AS ko
      FROM "Inquiry" i
      WHERE i."problemId" = ${problemId}::uuid AND i."status" IN ('NEW', 'OPEN', 'PENDING')
      FOR UPDATE
    ), upd AS (
      UPDATE "Inquiry" i SET
        "status" = 'RESOLVED',
        "resolvedAt" = coalesce(i."resolvedAt", ${now}),
        "firstResponseAt" = coalesce(i."firstResponseAt", ${now}),
        "version" = i."version" + 1,
        "updatedAt" = ${now}
      FROM target t
      WHERE i."id" = t."id"
      RETURNING i."id", t."from", t.ko
    ), replies AS (
      INSERT INTO "InquiryEvent" ("id", "inquiryId", "kind", "actorId", "body", "createdAt")
      SELECT gen_random_uuid(), u."id", 'REPLY', ${actor.id}::uuid,
             CASE WHEN u.ko THEN ${closingReply(releaseNote, "ko")} ELSE ${closingReply(releaseNote, "en")} END, ${now}
      FROM upd u
    ), statuses AS (
      INSERT INTO "InquiryEvent" ("id", "inquiryId", "kind", "actorId", "data", "createdAt")
      SELECT gen_random_uuid(), u."id", 'STATUS', ${actor.id}::uuid,
             jsonb_build_object('from', u."from", 'to', 'RESOLVED', 'problemId', ${problemId}::text), ${now}
      FROM upd u
    ), audits AS (
      INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "data", "createdAt")
      SELECT gen_random_uuid(), ${actor.id}::uuid, 'inquiry.resolveOnShip', 'Inquiry', u."id"::text,
             jsonb_build_object('from', u."from", 'to', 'RESOLVED', 'problemId', ${problemId}::text), ${now}
      FROM upd u
    )
    SELECT u."id"::text AS "id" FROM upd u`;
  return rows.map((r) => r.id);
}

/**
 * Queues one "it's fixed" message per distinct customer (with an email) of the problem's linked
 * inquiries — one INSERT … ON CONFLICT DO NOTHING on the unique dedupe key, so however often this
 * runs, each customer gets at most one message for this problem.
 */
async function queueShippedMessages(tx: Tx, problemId: string, releaseNote: string, now: Date): Promise<number> {
  const customers = await tx.$queryRaw<
    { customerId: string; name: string; email: string; subject: string; ko: boolean; n: number }[]
  >`
    SELECT DISTINCT ON (i."customerId")
           i."customerId"::text AS "customerId", c."name", c."email", i."subject",
           bool_or((i."subject" || ' ' || i."body") ~ ${HANGUL_SQL_CLASS}) OVER (PARTITION BY i."customerId") AS ko,
           (count(*) OVER (PARTITION BY i."customerId"))::int AS n
    FROM "Inquiry" i
    JOIN "Customer" c ON c."id" = i."customerId"
    WHERE i."problemId" = ${problemId}::uuid AND c."email" IS NOT NULL AND c."email" <> ''
    ORDER BY i."customerId", i."createdAt" DESC, i."id" DESC`;
  if (!customers.length) return 0;
  const messages = customers.map((c) => {
    const language: MessageLanguage = c.ko ? "ko" : "en";
    return {
      key: shippedDedupeKey(problemId, c.customerId),
      ...c,
      ...shippedMessage({ customerName: c.name, inquirySubject: c.subject, releaseNote, inquiryCount: c.n }, language),
    };
  });
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "OutboxMessage" ("id", "dedupeKey", "kind", "toEmail", "toName", "customerId", "problemId", "subject", "body", "status", "createdAt")
    SELECT gen_random_uuid(), m.key, ${SHIPPED_MESSAGE_KIND}, m.email, m.name, m.customer_id::uuid, ${problemId}::uuid, m.subject, m.body, 'PENDING', ${now}
    FROM unnest(
      ${messages.map((m) => m.key)}::text[], ${messages.map((m) => m.email)}::text[], ${messages.map((m) => m.name)}::text[],
      ${messages.map((m) => m.customerId)}::text[], ${messages.map((m) => m.subject)}::text[], ${messages.map((m) => m.body)}::text[]
    ) AS m(key, email, name, customer_id, subject, body)
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "id"`;
  return inserted.length;
}
