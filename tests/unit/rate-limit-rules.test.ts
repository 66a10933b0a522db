import { describe, expect, it } from "vitest";
import { retryAfterSeconds, signInDelayMs, windowStart } from "@/lib/rate-limit/rules";

describe("fixed windows", () => {
  it("starts windows on multiples of their length", () => {
    expect(windowStart(new Date("2026-03-02T00:09:59.999Z"), 600).toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(windowStart(new Date("2026-03-02T00:10:00.000Z"), 600).toISOString()).toBe("2026-03-02T00:10:00.000Z");
  });
  it("tells how long until the window ends, at least 1 s", () => {
    expect(retryAfterSeconds(new Date("2026-03-02T00:00:10Z"), 60)).toBe(50);
    expect(retryAfterSeconds(new Date("2026-03-02T00:00:59.900Z"), 60)).toBe(1);
  });
});

describe("sign-in slowdown", () => {
  it.each([
    [0, 0], [2, 0], [3, 500], [4, 1000], [5, 2000], [6, 4000], [7, 8000], [20, 8000],
  ])("after %i failures waits %i ms", (failures, ms) => expect(signInDelayMs(failures)).toBe(ms));
});
