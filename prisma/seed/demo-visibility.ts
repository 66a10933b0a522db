/**
 * Demo visibility: who outside CS looked at the customer's voice, so the dashboard's "Visibility"
 * block tells a story on first start instead of showing zeros.
 *
 * - InquiryNonCsRead: the first view of each inquiry by a non-CS person (ADMIN, PRODUCT, MEMBER),
 *   taken from the demo's own InquiryView rows — the same rule recordInquiryView applies — so the
 *   timelines and the figure agree. The database trigger adds them to InquiryWeek.readByNonCs.
 * - StaffWeek: every (week, person) with an inquiry view (surface INQUIRY, as recordInquiryView
 *   writes it), plus board and dashboard visits over the last 12 weeks, drawn deterministically:
 *   product looks at the board nearly every week, the founder at the dashboard, and marketing
 *   (MEMBER) starts opening the dashboard more often in the recent weeks.
 *
 * Idempotent (primary keys + ON CONFLICT / skipDuplicates) and deterministic (fixed PRNG seed,
 * one draw per person × week × surface in a fixed order). Rows are inserted directly, as the
 * other demo seeds do.
 */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addWeeks, weekStart } from "../../lib/time/week";
import type { DemoStaff, DemoStaffKey } from "./demo-inquiries";
import { createRandom } from "./random";

export const DEMO_VISIBILITY_SEED = 20261130;
const WEEKS = 12;
const HOUR = 3_600_000;

type Surface = "BOARD" | "DASHBOARD";

/** Chance that the person opened the surface in a week (`recent`: the last 4 weeks). */
const habits: { who: DemoStaffKey; surface: Surface; chance: number; recent?: number }[] = [
  { who: "admin", surface: "DASHBOARD", chance: 0.9 },
  { who: "admin", surface: "BOARD", chance: 0.55 },
  { who: "product", surface: "BOARD", chance: 0.95 },
  { who: "product", surface: "DASHBOARD", chance: 0.6, recent: 0.9 },
  { who: "member", surface: "DASHBOARD", chance: 0.3, recent: 0.85 },
  // Agents too (they do not count as non-CS, but the rows are what the app would write).
  { who: "agent", surface: "BOARD", chance: 0.7 },
  { who: "agent2", surface: "BOARD", chance: 0.5 },
];

export type DemoVisibilityContext = { now: Date; staff: DemoStaff; timeZone: string };

export async function seedDemoVisibility(db: PrismaClient, ctx: DemoVisibilityContext): Promise<{ reads: number; staffWeeks: number }> {
  const { now, staff, timeZone } = ctx;

  const reads = await db.$executeRaw`
    INSERT INTO "InquiryNonCsRead" ("inquiryId", "userId", "readAt")
    SELECT DISTINCT ON (v."inquiryId") v."inquiryId", v."userId", v."viewedAt"
    FROM "InquiryView" v JOIN "User" u ON u."id" = v."userId"
    WHERE u."role" IN ('ADMIN', 'PRODUCT', 'MEMBER') AND v."viewedAt" <= ${now}
    ORDER BY v."inquiryId", v."viewedAt", v."id"
    ON CONFLICT DO NOTHING`;

  // Inquiry views → INQUIRY visits: the first view of each person in each org-zone week.
  const inquiryVisits = await db.$executeRaw`
    INSERT INTO "StaffWeek" ("weekStart", "userId", "surface", "firstAt")
    SELECT loopdesk_week(v."viewedAt", ${timeZone}), v."userId", 'INQUIRY'::"StaffSurface", min(v."viewedAt")
    FROM "InquiryView" v
    WHERE v."viewedAt" <= ${now}
    GROUP BY 1, 2
    ON CONFLICT DO NOTHING`;

  const r = createRandom(DEMO_VISIBILITY_SEED);
  const current = weekStart(now, timeZone);
  const rows: { weekStart: Date; userId: string; surface: Surface; firstAt: Date }[] = [];
  for (let back = WEEKS - 1; back >= 0; back--) {
    const week = addWeeks(current, -back, timeZone);
    for (const habit of habits) {
      // Draws happen whatever the outcome, so changing one habit shifts no other row.
      const roll = r.next();
      const offset = r.int(8, 6 * 24 + 18) * HOUR + r.int(0, 59) * 60_000;
      const chance = back < 4 && habit.recent !== undefined ? habit.recent : habit.chance;
      const firstAt = new Date(week.getTime() + offset);
      if (roll < chance && firstAt.getTime() <= now.getTime()) {
        rows.push({ weekStart: week, userId: staff[habit.who].id, surface: habit.surface, firstAt });
      }
    }
  }
  const { count } = await db.staffWeek.createMany({ data: rows, skipDuplicates: true });
  return { reads, staffWeeks: inquiryVisits + count };
}
