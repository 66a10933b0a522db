/**
 * The SurveyWeek rollup: survey results per (week of the request, agent, channel, customer type).
 * A cache of SurveyRequest + SurveyResponse rows for inquiry surveys (pulse requests have no
 * inquiry and are not in it), so /surveys and the dashboard read a few hundred rows per week
 * instead of aggregating every response.
 *
 * Definitions (the same in the rebuild, the incremental writes and the reconciliation):
 * - key           = request.weekStart (org-time-zone Monday of its creation, stored on the request),
 *                   coalesce(request.agentId, NO_AGENT), request.channel, request.customerType
 * - requests      = inquiry survey requests with that key
 * - responses     = their responses
 * - csatCount/Sum/High = responses with a CSAT score: count, sum, count of 4–5
 * - cesCount/Sum/High  = responses with a CES score: count, sum, count of 5–7
 * Incremental writes: createSurveyRequests (requests + 1) and the answer write (responses and
 * score columns), each in the same transaction as the raw row.
 *
 * No `server-only`, env or alias imports: the demo seed and the bench call this from plain tsx
 * scripts with their own PrismaClient.
 */
import { Prisma as P, type Prisma, type PrismaClient } from "../generated/prisma/client";
import { NO_AGENT } from "./rules";

export type SqlClient = PrismaClient | Prisma.TransactionClient;

const REBUILD_TIMEOUT_MS = 10 * 60_000;

/** The rollup computed from the raw rows (rebuild inserts it; reconcile compares with it). */
const rawTotals = P.sql`
  SELECT q."weekStart", coalesce(q."agentId", ${NO_AGENT}::uuid) AS "agentId", q."channel", q."customerType",
         count(*)::int AS "requests",
         count(r."id")::int AS "responses",
         count(r."csatScore")::int AS "csatCount",
         coalesce(sum(r."csatScore"), 0)::int AS "csatSum",
         count(*) FILTER (WHERE r."csatScore" >= 4)::int AS "csatHigh",
         count(r."cesScore")::int AS "cesCount",
         coalesce(sum(r."cesScore"), 0)::int AS "cesSum",
         count(*) FILTER (WHERE r."cesScore" >= 5)::int AS "cesHigh"
  FROM "SurveyRequest" q
  LEFT JOIN "SurveyResponse" r ON r."requestId" = q."id"
  WHERE q."inquiryId" IS NOT NULL AND q."channel" IS NOT NULL AND q."customerType" IS NOT NULL
  GROUP BY 1, 2, 3, 4`;

/** Recomputes the whole SurveyWeek table from the raw rows (two statements). */
export async function rebuildSurveyRollups(client: PrismaClient): Promise<void> {
  await client.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "SurveyWeek"`;
    await tx.$executeRaw`
      INSERT INTO "SurveyWeek" ("weekStart", "agentId", "channel", "customerType", "requests", "responses",
                                "csatCount", "csatSum", "csatHigh", "cesCount", "cesSum", "cesHigh")
      SELECT * FROM (${rawTotals}) t`;
  }, { timeout: REBUILD_TIMEOUT_MS, maxWait: 10_000 });
}



export type SurveyRollupDifference = {
  weekStart: Date;
  agentId: string;
  channel: string;
  customerType: string;
  column: string;
  stored: number;
  expected: number;
};

const columns = ["requests", "responses", "csatCount", "csatSum", "csatHigh", "cesCount", "cesSum", "cesHigh"] as const;

/**
 * Recomputes the rollup from the raw rows and lists every difference from the stored table (rows
 * missing on either side count as zeros). An empty list means the rollup is exact.
 */
export async function reconcileSurveyRollups(client: SqlClient): Promise<SurveyRollupDifference[]> {
  const rows = await client.$queryRaw<Record<string, unknown>[]>`
    WITH expected AS (${rawTotals})
    SELECT coalesce(e."weekStart", s."weekStart") AS "weekStart",
           coalesce(e."agentId", s."agentId")::text AS "agentId",
           coalesce(e."channel", s."channel")::text AS "channel",
           coalesce(e."customerType", s."customerType")::text AS "customerType",
           ${P.join(columns.map((c) => P.sql`coalesce(s.${P.raw(`"${c}"`)}, 0) AS ${P.raw(`"stored_${c}"`)}, coalesce(e.${P.raw(`"${c}"`)}, 0) AS ${P.raw(`"expected_${c}"`)}`))}
    FROM expected e
    FULL JOIN "SurveyWeek" s
      ON s."weekStart" = e."weekStart" AND s."agentId" = e."agentId" AND s."channel" = e."channel" AND s."customerType" = e."customerType"`;
  const differences: SurveyRollupDifference[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const stored = Number(row[`stored_${column}`]);
      const expected = Number(row[`expected_${column}`]);
      if (stored !== expected) {
        differences.push({
          weekStart: row.weekStart as Date, agentId: String(row.agentId), channel: String(row.channel),
          customerType: String(row.customerType), column, stored, expected,
        });
      }
    }
  }
  return differences;
}
