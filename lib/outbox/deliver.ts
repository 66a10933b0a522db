import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { auditEntry } from "@/lib/audit";
import {
  afterSendFailure, CLAIM_PREFIX, claimMarker, classifySendError, MAX_ATTEMPTS, STUCK_CLAIM_MS,
} from "./rules";

/** One message as a transport sends it. */
export type OutgoingMail = { id: string; to: string; toName: string | null; subject: string; body: string };

/** Sends one message; throws when it did not (see classifySendError for what a throw means). */
export type OutboxTransport = { send(mail: OutgoingMail): Promise<void> };

export type DeliveryReport = { sent: number; retrying: number; failed: number; interrupted: number };

/**
 * Sends PENDING outbox messages through `transport`; with no transport (no SMTP configured) it
 * sends nothing and the messages stay in the outbox page ("kept").
 *
 * AT MOST ONCE per message, even when two workers run this at the same time or one dies midway:
 * 1. CLAIM — one short committed statement marks a batch as being sent by this run
 *    (attempts + 1, lastError = "sending:<time>:<token>"), picking rows with
 *    FOR UPDATE SKIP LOCKED among PENDING rows not already claimed. Two concurrent runs never
 *    claim the same row: one skips the row the other has locked, and once the claim commits the
 *    row no longer matches (READ COMMITTED re-checks the condition on the locked row).
 * 2. SEND — outside any transaction, only claimed rows.
 * 3. FINISH — SENT (sentAt) only where the row still carries OUR claim token.
 * A crash between 1 and 3 leaves the row claimed: it is never picked again automatically (it may
 * have gone out), and after STUCK_CLAIM_MS it becomes FAILED with a note, visible in the outbox.
 * A failed send is retried (up to MAX_ATTEMPTS, in later runs) only when it provably did not go
 * out (classifySendError); the price of "at most once" is that an unknown outcome is not retried.
 */
export async function deliverOutbox(
  transport: OutboxTransport | null,
  opts: { batchSize?: number; maxBatches?: number } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, interrupted: await failStuckClaims(new Date()) };
  if (!transport) return report;
  const batchSize = opts.batchSize ?? 50;
  const tried: string[] = [];
  for (let batch = 0; batch < (opts.maxBatches ?? 40); batch++) {
    const marker = claimMarker(new Date(), randomUUID());
    const claimed = await db.$queryRaw<{ id: string; toEmail: string; toName: string | null; subject: string; body: string; attempts: number }[]>`
      UPDATE "OutboxMessage" o SET "attempts" = o."attempts" + 1, "lastError" = ${marker}
      WHERE o."id" IN (
        SELECT "id" FROM "OutboxMessage"
        WHERE "status" = 'PENDING' AND "attempts" < ${MAX_ATTEMPTS} AND "sendAfter" <= ${new Date()}
          AND ("lastError" IS NULL OR "lastError" NOT LIKE ${CLAIM_PREFIX + "%"})
          AND NOT ("id" = ANY(${tried}::uuid[]))
        ORDER BY "createdAt", "id"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING o."id"::text AS "id", o."toEmail", o."toName", o."subject", o."body", o."attempts"`;
    if (!claimed.length) break;
    const sent: string[] = [];
    const failures: { id: string; status: "PENDING" | "FAILED"; error: string }[] = [];
    for (const m of claimed) {
      tried.push(m.id);
      try {
        await transport.send({ id: m.id, to: m.toEmail, toName: m.toName, subject: m.subject, body: m.body });
        sent.push(m.id);
      } catch (error) {
        const kind = classifySendError(error);
        const { status } = afterSendFailure(kind, m.attempts);
        const reason = error instanceof Error ? error.message : String(error);
        failures.push({
          id: m.id,
          status,
          error: (kind === "unknown" ? `Outcome unknown, not retried (at most once): ${reason}` : reason).slice(0, 1000),
        });
      }
    }
    await finishBatch(marker, sent, failures);
    report.sent += sent.length;
    report.retrying += failures.filter((f) => f.status === "PENDING").length;
    report.failed += failures.filter((f) => f.status === "FAILED").length;
  }
  return report;
}

async function finishBatch(marker: string, sent: string[], failures: { id: string; status: "PENDING" | "FAILED"; error: string }[]) {
  const now = new Date();
  await db.$transaction(async (tx) => {
    if (sent.length) {
      await tx.$executeRaw`
        UPDATE "OutboxMessage" SET "status" = 'SENT', "sentAt" = ${now}, "lastError" = NULL
        WHERE "id" = ANY(${sent}::uuid[]) AND "lastError" = ${marker}`;
    }
    for (const f of failures) {
      await tx.$executeRaw`
        UPDATE "OutboxMessage" SET "status" = ${f.status}::"OutboxStatus", "lastError" = ${f.error}
        WHERE "id" = ${f.id}::uuid AND "lastError" = ${marker}`;
    }
    await tx.auditEvent.create({
      data: auditEntry(null, "outbox.deliver", "OutboxMessage", sent[0] ?? failures[0]?.id ?? "-", {
        sent, failed: failures.map((f) => ({ id: f.id, status: f.status })),
      }),
    });
  });
}

/** Claims older than STUCK_CLAIM_MS: the worker died mid-send, so the outcome is unknown. */
async function failStuckClaims(now: Date): Promise<number> {
  const before = new Date(now.getTime() - STUCK_CLAIM_MS);
  return db.$executeRaw`
    UPDATE "OutboxMessage"
    SET "status" = 'FAILED', "lastError" = 'Interrupted while sending; it may or may not have been delivered, so it was not sent again.'
    WHERE "status" = 'PENDING' AND "lastError" LIKE ${CLAIM_PREFIX + "%"}
      AND substring("lastError" FROM ${CLAIM_PREFIX.length + 1} FOR 24)::timestamptz < ${before}::timestamptz`;
}
