import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { weekStart } from "@/lib/time/week";

export type StaffSurface = "INQUIRY" | "BOARD" | "DASHBOARD";

/**
 * Notes that the actor looked at a surface this week (visibility: "distinct non-CS staff who
 * opened inquiries, the board or the dashboard"). One row per person × week × surface, so a
 * thousand page views cost one insert that does nothing. Best effort: a failure is logged, never
 * shown — the page the person asked for matters more than the metric.
 */
export async function recordVisit(actor: Actor, surface: StaffSurface, now = new Date()): Promise<void> {
  try {
    await db.$executeRaw`
      INSERT INTO "StaffWeek" ("weekStart", "userId", "surface", "firstAt")
      VALUES (${weekStart(now, env.ORG_TIME_ZONE)}, ${actor.id}::uuid, ${surface}::"StaffSurface", ${now})
      ON CONFLICT DO NOTHING`;
  } catch (error) {
    console.error("[visibility] could not record a visit", error);
  }
}
