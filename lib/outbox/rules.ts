/**
 * Outbox delivery rules (pure). The table has PENDING / SENT / FAILED; a message being sent right
 * now is a PENDING row whose lastError holds a claim marker "sending:<ISO time>:<token>" (the
 * schema has no SENDING status — see lib/outbox/deliver.ts for the at-most-once protocol).
 */
export const CLAIM_PREFIX = "sending:";
/** Tries per message when the server said no (or could not be reached) — never after an unknown outcome. */
export const MAX_ATTEMPTS = 3;
/** A claim older than this belongs to a worker that died mid-send. */
export const STUCK_CLAIM_MS = 10 * 60_000;

export function claimMarker(now: Date, token: string): string {
  return `${CLAIM_PREFIX}${now.toISOString()}:${token}`;
}

export function isClaimMarker(lastError: string | null | undefined): boolean {
  return Boolean(lastError?.startsWith(CLAIM_PREFIX));
}

/**
 * What the outbox page shows for a message:
 * - "kept": waiting in the outbox (no SMTP configured, or the job has not run yet);
 * - "sending": claimed by a worker right now;
 * - "retrying": a send failed in a way that proves nothing went out; it will be tried again;
 * - "sent" / "failed".
 */
export type OutboxState = "kept" | "sending" | "retrying" | "sent" | "failed";

export function outboxState(m: { status: "PENDING" | "SENT" | "FAILED"; attempts: number; lastError: string | null }): OutboxState {
  if (m.status === "SENT") return "sent";
  if (m.status === "FAILED") return "failed";
  if (isClaimMarker(m.lastError)) return "sending";
  return m.attempts > 0 ? "retrying" : "kept";
}

/**
 * After a send throws: did the message certainly NOT go out? Only then may it be tried again
 * (at most once). An SMTP reply code means the server refused it; a failure to connect means
 * nothing was handed over. Anything else (a connection dropped after DATA…) is "unknown": the
 * message may have been delivered, so it is marked FAILED and never re-sent automatically.
 * Permanent refusals (5xx) are not retried either.
 */
export function classifySendError(error: unknown): "retry" | "rejected" | "unknown" {
  const e = (error ?? {}) as { responseCode?: unknown; code?: unknown; command?: unknown };
  if (typeof e.responseCode === "number") return e.responseCode >= 500 ? "rejected" : "retry";
  if (e.code === "ECONNECTION" || e.code === "EDNS" || e.code === "ECONNREFUSED" || e.command === "CONN") return "retry";
  return "unknown";
}

/** Where a message goes after a failed send. */
export function afterSendFailure(
  kind: ReturnType<typeof classifySendError>,
  attempts: number,
): { status: "PENDING" | "FAILED" } {
  return { status: kind === "retry" && attempts < MAX_ATTEMPTS ? "PENDING" : "FAILED" };
}
