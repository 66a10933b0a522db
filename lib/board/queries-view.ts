/**
 * Pure helpers behind the board's views (no db, no env): the linked-inquiry cursor, the verbatim
 * quote, and the wording of card moves. Unit-tested in tests/unit/board-view-*.test.ts.
 */
import { isUuid } from "@/lib/ids";
import type { ProblemStatus } from "./rules";

export const QUOTE_LENGTH = 280;

/** Keyset cursor over (createdAt DESC, id DESC): "<ISO time>_<id>", URL-safe. */
export function encodeInquiryCursor(at: Date, id: string): string {
  return `${at.toISOString()}_${id}`;
}

/** The cursor's instant and id, or null for anything malformed (the page then starts over). */
export function decodeInquiryCursor(cursor: string | undefined | null): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id, ...rest] = cursor.split("_");
  if (rest.length || !iso || !id || !isUuid(id)) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : { at, id };
}

/**
 * The start of `text`, verbatim (blank lines between paragraphs folded to one line break), cut on
 * a word boundary when it is long.
 */
export function quoteOf(text: string, max = QUOTE_LENGTH): string {
  const trimmed = text.trim().replace(/[ \t]*\n[ \t\n]*\n\s*/g, "\n");
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type MoveLabelKey = "accept" | "start" | "ship" | "decline" | "reopen" | "reconsider" | "backToReported" | "backToAccepted";

/** The label of the move to `to`, which depends on where the card comes from (messages board.moves.*). */
export function moveLabelKey(from: ProblemStatus, to: ProblemStatus): MoveLabelKey {
  if (to === "ACCEPTED") return from === "REPORTED" ? "accept" : "backToAccepted";
  if (to === "IN_PROGRESS") return from === "SHIPPED" ? "reopen" : "start";
  if (to === "REPORTED") return from === "DECLINED" ? "reconsider" : "backToReported";
  if (to === "SHIPPED") return "ship";
  return "decline";
}

const next: Record<ProblemStatus, ProblemStatus> = {
  REPORTED: "ACCEPTED",
  ACCEPTED: "IN_PROGRESS",
  IN_PROGRESS: "SHIPPED",
  SHIPPED: "IN_PROGRESS",
  DECLINED: "REPORTED",
};

/** The move a card's main button makes: the next step of the work, if allowed, else the first allowed move. */
export function primaryMove(from: ProblemStatus, allowed: readonly ProblemStatus[]): ProblemStatus | null {
  return allowed.includes(next[from]) ? next[from] : (allowed[0] ?? null);
}

/** Moves that take the work forward (the others step back, decline or reconsider). */
export function isProgressMove(from: ProblemStatus, to: ProblemStatus): boolean {
  const key = moveLabelKey(from, to);
  return key === "accept" || key === "start" || key === "ship";
}
