import { describe, expect, it } from "vitest";
import { replyFields } from "@/lib/inquiries/rules";

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
