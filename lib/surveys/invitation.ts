/**
 * Where a survey invitation mail stands (pure: the clock comes in). The outbox has PENDING / SENT /
 * FAILED; a row being sent right now is PENDING with a claim marker (lib/outbox/rules.ts).
 */
import { isClaimMarker } from "@/lib/outbox/rules";

/**
 * - "none": no mail (the recipient had no email): the agent sets one or copies the link;
 * - "scheduled": held until sendAfter (the agent may still change the recipient or send it now);
 * - "queued": due, waiting for the delivery job (or kept in the outbox when no SMTP is configured);
 * - "sending": a delivery run has claimed it — it may be on its way, so it can no longer change;
 * - "sent" / "failed".
 */
export type InvitationState = "none" | "scheduled" | "queued" | "sending" | "sent" | "failed";

export type InvitationRow = {
  status: "PENDING" | "SENT" | "FAILED";
  lastError: string | null;
  sendAfter: Date;
};

export function invitationState(row: InvitationRow | null, now: Date): InvitationState {
  if (!row) return "none";
  if (row.status === "SENT") return "sent";
  if (row.status === "FAILED") return "failed";
  if (isClaimMarker(row.lastError)) return "sending";
  return row.sendAfter.getTime() > now.getTime() ? "scheduled" : "queued";
}

/** The recipient can change only before the mail may have gone out, and never after an answer. */
export function canChangeRecipient(state: InvitationState, answered: boolean): boolean {
  return !answered && (state === "none" || state === "scheduled" || state === "queued");
}

/** "Send now" makes a held mail due (the UI offers it for a held one; a due one only gets a nudge). */
export function canSendNow(state: InvitationState, answered: boolean): boolean {
  return !answered && (state === "scheduled" || state === "queued");
}
