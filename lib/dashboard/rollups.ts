/**
 * Dashboard rollups — InquiryWeek, InquiryTagWeek, InquiryTimingWeek — are kept current on write
 * by database triggers (migration `dashboard_rollups`), so every writer keeps them exact: the
 * app, the web form, a shipped fix's set-based resolve, the seeds. This module rebuilds them from
 * the raw rows with the SAME SQL functions the triggers use (loopdesk_week,
 * loopdesk_duration_bucket) and reconciles stored against recomputed.
 *
 * Definitions:
 * - InquiryWeek(week of createdAt, customerType snapshot, channel): created = inquiries;
 *   readByNonCs = those with an InquiryNonCsRead row; linked = those linked to a problem now.
 * - OpenDueDay(UTC day of dueAt): count = open inquiries (NEW, OPEN, PENDING) due that day.
 * - InquiryTagWeek(week of createdAt, tag): count = InquiryTag links.
 * - InquiryTimingWeek(week of the event, metric, customerType, withinSla, bucket): count of
 *   inquiries whose firstResponseAt (FIRST_RESPONSE, withinSla false) or resolvedAt (RESOLUTION,
 *   withinSla = resolvedAt <= dueAt) falls in that week, by duration bucket from createdAt.
 * Weeks are computed in OrgSettings.timeZone; syncOrgTimeZone keeps it equal to ORG_TIME_ZONE.
 *
 * No `server-only`, env or alias imports: the seeds and the bench call it from plain tsx scripts.
 */
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export type SqlClient = PrismaClient | Prisma.TransactionClient;

const REBUILD_TIMEOUT_MS = 10 * 60_000;
/** loopdesk_org_tz()'s fallback when OrgSettings has no row (see the migration). */
const DEFAULT_DB_TIME_ZONE = "Asia/Seoul";

const inquiryWeekSql = Prisma.sql`
  SELECT loopdesk_week(i."createdAt", loopdesk_org_tz()) AS "weekStart", i."customerType", i."channel",
         count(*)::int AS "created", count(n."inquiryId")::int AS "readByNonCs", count(i."problemId")::int AS "linked"
  FROM "Inquiry" i LEFT JOIN "InquiryNonCsRead" n ON n."inquiryId" = i."id"
  GROUP BY 1, 2, 3`;

const openDueDaySql = Prisma.sql`
  SELECT date_trunc('day', i."dueAt") AS "day", count(*)::int AS "count"
  FROM "Inquiry" i WHERE i."status" IN ('NEW', 'OPEN', 'PENDING')
  GROUP BY 1`;

const tagWeekSql = Prisma.sql`
  SELECT loopdesk_week(i."createdAt", loopdesk_org_tz()) AS "weekStart", it."tagId", count(*)::int AS "count"
  FROM "InquiryTag" it JOIN "Inquiry" i ON i."id" = it."inquiryId"
  GROUP BY 1, 2`;

const timingWeekSql = Prisma.sql`
  SELECT loopdesk_week(i."firstResponseAt", loopdesk_org_tz()) AS "weekStart", 'FIRST_RESPONSE'::"TimingMetric" AS "metric",
         i."customerType", false AS "withinSla", loopdesk_duration_bucket(i."createdAt", i."firstResponseAt") AS "bucket", count(*)::int AS "count"
  FROM "Inquiry" i WHERE i."firstResponseAt" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT loopdesk_week(i."resolvedAt", loopdesk_org_tz()), 'RESOLUTION'::"TimingMetric",
         i."customerType", i."resolvedAt" <= i."dueAt", loopdesk_duration_bucket(i."createdAt", i."resolvedAt"), count(*)::int
  FROM "Inquiry" i WHERE i."resolvedAt" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5`;

/** Recomputes the dashboard rollups from the raw rows (one transaction, one insert each). */
export async function rebuildDashboardRollups(client: PrismaClient): Promise<void> {
  await client.$transaction(async (tx) => {
    // Writers wait for the rebuild instead of adding to rows about to be replaced.
    await tx.$executeRaw`LOCK TABLE "InquiryWeek", "InquiryTagWeek", "InquiryTimingWeek", "OpenDueDay" IN EXCLUSIVE MODE`;
    await tx.$executeRaw`DELETE FROM "OpenDueDay"`;
    await tx.$executeRaw`DELETE FROM "InquiryWeek"`;
    await tx.$executeRaw`DELETE FROM "InquiryTagWeek"`;
    await tx.$executeRaw`DELETE FROM "InquiryTimingWeek"`;
    await tx.$executeRaw`INSERT INTO "InquiryWeek" ("weekStart", "customerType", "channel", "created", "readByNonCs", "linked") ${inquiryWeekSql}`;
    await tx.$executeRaw`INSERT INTO "OpenDueDay" ("day", "count") ${openDueDaySql}`;
    await tx.$executeRaw`INSERT INTO "InquiryTagWeek" ("weekStart", "tagId", "count") ${tagWeekSql}`;
    await tx.$executeRaw`INSERT INTO "InquiryTimingWeek" ("weekStart", "metric", "customerType", "withinSla", "bucket", "count") ${timingWeekSql}`;
  }, { timeout: REBUILD_TIMEOUT_MS, maxWait: 10_000 });
}

export type DashboardRollupDifference = { table: string; key: string; column: string; stored: number; expected: number };

/**
 * Recomputes every dashboard rollup from the raw rows and lists each difference from the stored
 * tables (a row missing on one side counts as zeros; stored zero rows are not differences).
 */
export async function reconcileDashboardRollups(client: SqlClient): Promise<DashboardRollupDifference[]> {
  const rows = await client.$queryRaw<{ table: string; key: string; column: string; stored: number; expected: number }[]>`
    WITH e_week AS (${inquiryWeekSql}), e_tag AS (${tagWeekSql}), e_timing AS (${timingWeekSql}), e_due AS (${openDueDaySql}),
    week_diff AS (
      SELECT 'InquiryWeek' AS "table",
             concat_ws('|', coalesce(e."weekStart", s."weekStart"), coalesce(e."customerType", s."customerType"), coalesce(e."channel", s."channel")) AS "key",
             coalesce(s."created", 0) AS s_created, coalesce(e."created", 0) AS e_created,
             coalesce(s."readByNonCs", 0) AS s_read, coalesce(e."readByNonCs", 0) AS e_read,
             coalesce(s."linked", 0) AS s_linked, coalesce(e."linked", 0) AS e_linked
      FROM e_week e FULL JOIN "InquiryWeek" s
        ON s."weekStart" = e."weekStart" AND s."customerType" = e."customerType" AND s."channel" = e."channel"
    ),
    tag_diff AS (
      SELECT concat_ws('|', coalesce(e."weekStart", s."weekStart"), coalesce(e."tagId", s."tagId")) AS "key",
             coalesce(s."count", 0) AS stored, coalesce(e."count", 0) AS expected
      FROM e_tag e FULL JOIN "InquiryTagWeek" s ON s."weekStart" = e."weekStart" AND s."tagId" = e."tagId"
    ),
    due_diff AS (
      SELECT coalesce(e."day", s."day")::text AS "key", coalesce(s."count", 0) AS stored, coalesce(e."count", 0) AS expected
      FROM e_due e FULL JOIN "OpenDueDay" s ON s."day" = e."day"
    ),
    timing_diff AS (
      SELECT concat_ws('|', coalesce(e."weekStart", s."weekStart"), coalesce(e."metric", s."metric"), coalesce(e."customerType", s."customerType"),
                       coalesce(e."withinSla", s."withinSla"), coalesce(e."bucket", s."bucket")) AS "key",
             coalesce(s."count", 0) AS stored, coalesce(e."count", 0) AS expected
      FROM e_timing e FULL JOIN "InquiryTimingWeek" s
        ON s."weekStart" = e."weekStart" AND s."metric" = e."metric" AND s."customerType" = e."customerType"
       AND s."withinSla" = e."withinSla" AND s."bucket" = e."bucket"
    )
    SELECT "table", "key", 'created' AS "column", s_created AS stored, e_created AS expected FROM week_diff WHERE s_created <> e_created
    UNION ALL SELECT "table", "key", 'readByNonCs', s_read, e_read FROM week_diff WHERE s_read <> e_read
    UNION ALL SELECT "table", "key", 'linked', s_linked, e_linked FROM week_diff WHERE s_linked <> e_linked
    UNION ALL SELECT 'OpenDueDay', "key", 'count', stored, expected FROM due_diff WHERE stored <> expected
    UNION ALL SELECT 'InquiryTagWeek', "key", 'count', stored, expected FROM tag_diff WHERE stored <> expected
    UNION ALL SELECT 'InquiryTimingWeek', "key", 'count', stored, expected FROM timing_diff WHERE stored <> expected`;
  return rows.map((r) => ({ ...r, stored: Number(r.stored), expected: Number(r.expected) }));
}

/**
 * Makes the database compute weeks in `timeZone` (the app's ORG_TIME_ZONE). When it changed, the
 * stored weeks are in the old zone, so every week-keyed rollup is rebuilt. Returns whether it did.
 */
export async function syncOrgTimeZone(client: PrismaClient, timeZone: string): Promise<boolean> {
  const row = await client.orgSettings.findUnique({ where: { id: 1 } });
  // No row: the SQL functions fall back to the migration's default zone.
  const current = row?.timeZone ?? DEFAULT_DB_TIME_ZONE;
  if (row && current === timeZone) return false;
  await client.orgSettings.upsert({ where: { id: 1 }, create: { id: 1, timeZone }, update: { timeZone } });
  if (current === timeZone) return false;
  await rebuildDashboardRollups(client);
  return true;
}
