import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { addWeeks, weekStart } from "@/lib/time/week";
import { emptyTotals, surveyFigures } from "@/lib/surveys/rules";
import type { CustomersByType } from "./rules";
import { ownerRoles } from "./mutations/problem";

/** Weeks that count as "recent" for the impact score (the current week and the 3 before it). */
export const RECENT_WEEKS = 4;

export type UserRef = { id: string; name: string };

export type RemovedSummary = {
  beforePerWeek: number;
  afterPerWeek: number;
  removedPerWeek: number;
  /** Weeks after the ship week that have already begun (0–4): fewer than 4 means "so far". */
  weeksAfterElapsed: number;
};

export const tz = () => env.ORG_TIME_ZONE;

// Week math builds an Intl.DateTimeFormat per call (~0.1 ms each): 50 shipped cards step weeks
// hundreds of times, which cost the board ~100 ms at 5,000 problems. The results are pure
// functions of (zone, instant, n), so they are memoized (bounded; Dates are never mutated).
const weekMemo = new Map<string, Date>();
function memoWeek(key: string, compute: () => Date): Date {
  let value = weekMemo.get(key);
  if (!value) {
    if (weekMemo.size >= 20_000) weekMemo.clear();
    weekMemo.set(key, (value = compute()));
  }
  return value;
}
/** addWeeks / weekStart (lib/time/week.ts) in the org time zone, memoized. */
export const stepWeeks = (start: Date, n: number) => memoWeek(`${tz()}|${start.getTime()}|${n}`, () => addWeeks(start, n, tz()));
export const startOfWeek = (date: Date) => memoWeek(`${tz()}|${date.getTime()}`, () => weekStart(date, tz()));

/** Weeks after the ship week that have begun by `now` (0–4). */
export function weeksAfterElapsed(shipWeek: Date, now: Date): number {
  let n = 0;
  for (let i = 1; i <= 4; i++) if (stepWeeks(shipWeek, i).getTime() <= now.getTime()) n = i;
  return n;
}

/** The rollup columns as a CustomersByType. */
export const byType = (r: { internal: number; prospect: number; buyer: number; user: number; churned: number }): CustomersByType => ({
  INTERNAL: r.internal, PROSPECT: r.prospect, BUYER: r.buyer, USER: r.user, CHURNED: r.churned,
});


/** People who can own a problem: the roles setProblemOwner accepts, active. */
export function listProblemOwners(): Promise<UserRef[]> {
  return db.user.findMany({
    where: { active: true, role: { in: [...ownerRoles] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** CSAT of a problem's linked inquiries: share of their CSAT answers scoring 4–5, and how many answers. */
export type ProblemCsat = { csat: number | null; responses: number };

/**
 * The board computes its cards' CSAT only while the cards shown have at most this many linked
 * inquiries between them: the cost is one index probe per linked inquiry (~3 µs plus its heap
 * read), ~15–25 ms at this bound, while the top cards of a 1M-inquiry desk link ~100k inquiries
 * (~300 ms, far over the board's budget). Past it the cards point at the problem page, which
 * computes one problem's. A per-problem CSAT rollup (maintained on link/move/merge and on answer)
 * would lift this; see the survey results report.
 */
export const BOARD_CSAT_MAX_LINKED = 5_000;

/**
 * CSAT of the given problems' linked inquiries, in one statement: their inquiries through the
 * (problemId, createdAt) index, then each one's answer (at most one: one request per inquiry, one
 * response per request) through SurveyResponse(inquiryId). The LIMIT 1 keeps it a per-inquiry
 * probe: a hash join would read every response. Only for the problems on screen.
 */
export async function loadProblemCsat(problemIds: string[]): Promise<Map<string, ProblemCsat>> {
  const out = new Map<string, ProblemCsat>();
  if (!problemIds.length) return out;
  const rows = await db.$queryRaw<{ problemId: string; count: number; high: number }[]>`
    SELECT i."problemId"::text AS "problemId", count(*)::int AS "count", count(*) FILTER (WHERE r."score" >= 4)::int AS "high"
    FROM "Inquiry" i
    CROSS JOIN LATERAL (
      SELECT x."csatScore" AS "score" FROM "SurveyResponse" x
      WHERE x."inquiryId" = i."id" AND x."csatScore" IS NOT NULL
      LIMIT 1
    ) r
    WHERE i."problemId" = ANY(${problemIds}::uuid[])
    GROUP BY i."problemId"`;
  for (const r of rows) {
    const figures = surveyFigures({ ...emptyTotals(), responses: r.count, csatCount: r.count, csatHigh: r.high });
    out.set(r.problemId, { csat: figures.csat, responses: r.count });
  }
  return out;
}
