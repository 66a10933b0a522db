import { describe, expect, it } from "vitest";
import {
  bucketMidpointMs, change, durationBucket, fixBoardCoverage, lastCompleteWeek, loopClosure, operatingStage,
  parseWeekParam, quantileFromHistogram, weekParam,
} from "@/lib/dashboard/rules";

const TZ = "Asia/Seoul";

describe("weeks in Asia/Seoul", () => {
  it("the last complete week flips at Monday 00:00 Seoul (Sunday 15:00 UTC)", () => {
    // Sunday 2026-11-22 23:59 Seoul = 14:59 UTC: the week of Nov 16 is still running.
    expect(weekParam(lastCompleteWeek(new Date("2026-11-22T14:59:00Z"), TZ), TZ)).toBe("2026-11-09");
    // Monday 2026-11-23 00:00 Seoul = Sunday 15:00 UTC: the week of Nov 16 just completed.
    expect(weekParam(lastCompleteWeek(new Date("2026-11-22T15:00:00Z"), TZ), TZ)).toBe("2026-11-16");
    expect(lastCompleteWeek(new Date("2026-11-22T15:00:00Z"), TZ).toISOString()).toBe("2026-11-15T15:00:00.000Z");
  });

  it("parses a week from the URL, snapping any day to its Monday, and refuses nonsense", () => {
    expect(parseWeekParam("2026-11-18", TZ)?.toISOString()).toBe("2026-11-15T15:00:00.000Z");
    expect(parseWeekParam("2026-11-16", TZ)?.toISOString()).toBe("2026-11-15T15:00:00.000Z");
    expect(parseWeekParam("2026-02-30", TZ)).toBeNull();
    expect(parseWeekParam("last week", TZ)).toBeNull();
    expect(parseWeekParam(undefined, TZ)).toBeNull();
  });
});

describe("figures", () => {
  it("change vs the previous week", () => {
    expect(change(12, 8)).toEqual({ current: 12, previous: 8, delta: 4, ratio: 0.5 });
    expect(change(3, 0)).toEqual({ current: 3, previous: 0, delta: 3, ratio: null });
    expect(change(0, 0).delta).toBe(0);
  });

  it("operating stage from the mean per day over 28 days", () => {
    expect(operatingStage(0)).toEqual({ meanPerDay: 0, stage: "stage1" });
    expect(operatingStage(30 * 28).stage).toBe("stage1");
    expect(operatingStage(30 * 28 + 1).stage).toBe("growing");
    expect(operatingStage(100 * 28 - 1).stage).toBe("growing");
    expect(operatingStage(100 * 28)).toEqual({ meanPerDay: 100, stage: "stage2" });
  });

  it("coverage and loop closure are shares, null for an empty week", () => {
    expect(fixBoardCoverage(3, 12)).toBe(0.25);
    expect(fixBoardCoverage(0, 0)).toBeNull();
    expect(loopClosure(2, 2)).toBe(1);
  });
});

describe("durations from a histogram", () => {
  it("buckets are geometric and the midpoint is within 5% of any value in the bucket", () => {
    expect(durationBucket(10_000)).toBe(0);
    expect(durationBucket(60_000)).toBe(1);
    for (const minutes of [1, 7, 45, 61, 240, 1_440, 10_000]) {
      const mid = bucketMidpointMs(durationBucket(minutes * 60_000));
      expect(Math.abs(mid - minutes * 60_000) / (minutes * 60_000)).toBeLessThan(0.055);
    }
  });

  it("median and p90 of a hand-computed histogram; empty → null", () => {
    // 10 durations: 5 × 30 min, 4 × 2 h, 1 × 2 days.
    const h = new Map<number, number>();
    for (const ms of [...Array(5).fill(30 * 60_000), ...Array(4).fill(120 * 60_000), 2 * 86_400_000]) {
      const b = durationBucket(ms);
      h.set(b, (h.get(b) ?? 0) + 1);
    }
    const histogram = [...h].map(([bucket, count]) => ({ bucket, count }));
    const median = quantileFromHistogram(histogram, 0.5)!;
    const p90 = quantileFromHistogram(histogram, 0.9)!;
    expect(Math.abs(median - 30 * 60_000) / (30 * 60_000)).toBeLessThan(0.055);
    expect(Math.abs(p90 - 120 * 60_000) / (120 * 60_000)).toBeLessThan(0.055);
    expect(quantileFromHistogram([], 0.5)).toBeNull();
  });
});
