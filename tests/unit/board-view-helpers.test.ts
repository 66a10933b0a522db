import { describe, expect, it } from "vitest";
import { allowedProblemMoves, problemStatuses } from "@/lib/board/rules";
import { decodeInquiryCursor, encodeInquiryCursor, isProgressMove, moveLabelKey, primaryMove, quoteOf } from "@/lib/board/queries-view";
import en from "@/messages/en/board.json";

const ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

describe("linked-inquiry cursor", () => {
  it("round-trips the instant (to the millisecond) and the id", () => {
    const at = new Date("2026-06-01T00:03:00.123Z");
    expect(decodeInquiryCursor(encodeInquiryCursor(at, ID))).toEqual({ at, id: ID });
  });

  it("reads anything malformed as no cursor", () => {
    for (const bad of [undefined, null, "", "nonsense", `2026-06-01T00:00:00.000Z_not-an-id`, `not-a-date_${ID}`, `2026-06-01T00:00:00.000Z_${ID}_x`]) {
      expect(decodeInquiryCursor(bad), String(bad)).toBeNull();
    }
  });
});

describe("quoteOf", () => {
  it("keeps a short message verbatim, folding blank lines between paragraphs", () => {
    expect(quoteOf("  Hi,\n\n\n  the printer <b>stopped</b>.\nThanks  ")).toBe("Hi,\nthe printer <b>stopped</b>.\nThanks");
  });

  it("cuts a long message on a word boundary with an ellipsis, never mid-word", () => {
    const text = "결제 화면에서 계속 오류가 납니다 ".repeat(30);
    const quote = quoteOf(text, 100);
    expect(quote.endsWith("…")).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(101);
    expect(text.startsWith(quote.slice(0, -1))).toBe(true);
    expect(text[quote.length - 1]).toBe(" ");
  });

  it("cuts a long word-less text (no spaces) at the limit", () => {
    expect(quoteOf("가".repeat(500), 50)).toBe(`${"가".repeat(50)}…`);
  });
});

describe("card moves", () => {
  it("has a label in the messages for every allowed move", () => {
    for (const from of problemStatuses) {
      for (const to of allowedProblemMoves(from)) {
        expect(en.moves[moveLabelKey(from, to)], `${from} → ${to}`).toBeTruthy();
      }
    }
  });

  it("names moves by where the card comes from", () => {
    expect(moveLabelKey("REPORTED", "ACCEPTED")).toBe("accept");
    expect(moveLabelKey("IN_PROGRESS", "ACCEPTED")).toBe("backToAccepted");
    expect(moveLabelKey("SHIPPED", "IN_PROGRESS")).toBe("reopen");
    expect(moveLabelKey("ACCEPTED", "IN_PROGRESS")).toBe("start");
    expect(moveLabelKey("DECLINED", "REPORTED")).toBe("reconsider");
    expect(moveLabelKey("ACCEPTED", "REPORTED")).toBe("backToReported");
  });

  it("makes the next step of the work the card's main button", () => {
    expect(primaryMove("REPORTED", allowedProblemMoves("REPORTED"))).toBe("ACCEPTED");
    expect(primaryMove("ACCEPTED", allowedProblemMoves("ACCEPTED"))).toBe("IN_PROGRESS");
    expect(primaryMove("IN_PROGRESS", allowedProblemMoves("IN_PROGRESS"))).toBe("SHIPPED");
    expect(primaryMove("SHIPPED", allowedProblemMoves("SHIPPED"))).toBe("IN_PROGRESS");
    expect(primaryMove("DECLINED", allowedProblemMoves("DECLINED"))).toBe("REPORTED");
    expect(primaryMove("REPORTED", [])).toBeNull();
    expect(isProgressMove("SHIPPED", "IN_PROGRESS")).toBe(false);
    expect(isProgressMove("IN_PROGRESS", "SHIPPED")).toBe(true);
  });
});
