import { describe, expect, it } from "vitest";
import { elapsedParts, replyFields } from "@/lib/inquiries/rules";

describe("replyFields", () => {
  const now = new Date("2026-03-02T09:00:00Z");
  const earlier = new Date("2026-03-02T08:00:00Z");

  it.each([
    ["NEW", null, { firstResponseAt: now, status: "OPEN" }],
    ["OPEN", null, { firstResponseAt: now }],
    ["PENDING", earlier, {}],
    ["RESOLVED", earlier, {}],
    ["NEW", earlier, { status: "OPEN" }],
  ] as const)("from %s with first response %s → %o", (status, firstResponse, expected) => {
    expect(replyFields({ status, firstResponseAt: firstResponse }, now)).toEqual(expected);
  });
});

describe("elapsedParts", () => {
  const start = new Date("2026-03-02T00:00:00Z");
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  it.each([
    [0, { days: 0, hours: 0, minutes: 0 }],
    [59, { days: 0, hours: 0, minutes: 59 }],
    [125, { days: 0, hours: 2, minutes: 5 }],
    [1440 + 61, { days: 1, hours: 1, minutes: 1 }],
    [-5, { days: 0, hours: 0, minutes: 0 }],
  ])("%i minutes → %o", (minutes, expected) => expect(elapsedParts(start, at(minutes))).toEqual(expected));
});
