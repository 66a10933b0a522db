import "server-only";
import { db } from "@/lib/db";
import { retryAfterSeconds, windowStart } from "./rules";

/**
 * Counts one hit for `key` in the current window (atomic upsert in PostgreSQL, so every app
 * server shares the count). Returns whether the hit is within `limit`.
 */
export async function hit(key: string, limit: number, windowSeconds: number, now = new Date()) {
  const start = windowStart(now, windowSeconds);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 1;
  return { allowed: count <= limit, count, retryAfter: retryAfterSeconds(now, windowSeconds) };
}

/** Reads the count without adding to it. */
export async function peek(key: string, windowSeconds: number, now = new Date()) {
  const row = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key, windowStart: windowStart(now, windowSeconds) } },
    select: { count: true },
  });
  return row?.count ?? 0;
}

export async function clear(key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
