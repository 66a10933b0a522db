import { describe, expect, it } from "vitest";
import { addWeeks, weekStart } from "@/lib/time/week";

describe("weeks in the organization's time zone", () => {
  it("a Sunday night in Seoul belongs to the week that started the Monday before", () => {
    // Sunday 2026-03-08 23:30 KST = 14:30 UTC.
    expect(weekStart(new Date("2026-03-08T14:30:00Z"), "Asia/Seoul").toISOString()).toBe("2026-03-01T15:00:00.000Z");
  });
  it("Monday 00:00 in Seoul starts a new week (still Sunday in UTC)", () => {
    expect(weekStart(new Date("2026-03-08T15:00:00Z"), "Asia/Seoul").toISOString()).toBe("2026-03-08T15:00:00.000Z");
    expect(weekStart(new Date("2026-03-08T14:59:59Z"), "Asia/Seoul").toISOString()).toBe("2026-03-01T15:00:00.000Z");
  });
  it("works for UTC and a DST zone", () => {
    expect(weekStart(new Date("2026-03-11T10:00:00Z"), "UTC").toISOString()).toBe("2026-03-09T00:00:00.000Z");
    // New York switches to DST on Sunday 2026-03-08; Monday 03-09 00:00 EDT = 04:00 UTC.
    expect(weekStart(new Date("2026-03-11T10:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
  it("steps whole weeks", () => {
    const start = weekStart(new Date("2026-03-11T10:00:00Z"), "Asia/Seoul");
    expect(addWeeks(start, -4, "Asia/Seoul").toISOString()).toBe("2026-02-08T15:00:00.000Z");
    expect(addWeeks(start, 1, "Asia/Seoul").toISOString()).toBe("2026-03-15T15:00:00.000Z");
  });
});
