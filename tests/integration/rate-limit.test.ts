import { beforeEach, describe, expect, it } from "vitest";
import { hit, peek } from "@/lib/rate-limit/limiter";
import { resetDb } from "./helpers";

describe("PostgreSQL rate limiter", () => {
  beforeEach(resetDb);

  it("allows up to the limit in a window, then refuses with a Retry-After", async () => {
    const now = new Date("2026-03-02T00:00:10Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hit("t:1", 3, 60, now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfter).toBe(50);
    expect(await peek("t:1", 60, now)).toBe(4);
  });

  it("counts concurrent hits exactly once each", async () => {
    const now = new Date();
    await Promise.all(Array.from({ length: 20 }, () => hit("t:2", 100, 60, now)));
    expect(await peek("t:2", 60, now)).toBe(20);
  });

  it("starts over in the next window", async () => {
    await hit("t:3", 1, 60, new Date("2026-03-02T00:00:59Z"));
    expect((await hit("t:3", 1, 60, new Date("2026-03-02T00:01:00Z"))).allowed).toBe(true);
  });
});
