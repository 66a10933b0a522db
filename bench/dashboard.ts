/**
 * The weekly VOC dashboard in the bench (issue 5, "Speed"):
 * - seed: the company's non-CS staff (120 people, a third subscribed to the digest), who opened
 *   what each week (StaffWeek) and which inquiries they read (InquiryNonCsRead) — the visibility
 *   figures' raw rows, which nothing else in the bench writes;
 * - `loadDashboard(week)` through lib/ (rollups), rotating over the last 8 complete weeks;
 * - the same figures computed naively from the raw rows (Inquiry, InquiryTag, SurveyRequest +
 *   SurveyResponse, Inquiry.problemId), fed to the same assembleDashboard and checked equal to
 *   the rollup version — reported beside it with the ratio;
 * - building one weekly digest (buildDigest: loadDashboard + the Digest row + one mail per
 *   recipient, one transaction), one week each run;
 * - the full rollup rebuild: dashboard (InquiryWeek, InquiryTagWeek, InquiryTimingWeek,
 *   OpenDueDay), surveys (SurveyWeek) and the fix board (ProblemWeek, ProblemCustomer,
 *   ProblemSubject, ProblemTag, Problem counters), one after the other, as a repair would run.
 */
import { isDeepStrictEqual } from "node:util";
import type pg from "pg";
import { Prisma } from "../lib/generated/prisma/client";
import { addWeeks, weekStart } from "../lib/time/week";
import { lastCompleteWeek } from "../lib/dashboard/rules";
import type { PathDef, PathResult } from "./paths";
import { summarize } from "./stats";
import { libImporter, timedRebuild } from "./lib-import";

type Q = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

export const DASHBOARD_TARGET_P95_MS = 50;
export const DASHBOARD_HTTP_TARGET_P95_MS = 500;
export const DIGEST_TARGET_MAX_MS = 2_000;
export const REBUILD_TARGET_MAX_MS = 60_000;
/** The weeks the dashboard paths rotate through: the last complete week and the 7 before it. */
const WEEKS = 8;
const STAFF = 120;

const orgTimeZone = () => process.env.ORG_TIME_ZONE || "Asia/Seoul";

// ------------------------------------------------------------------------------------------------
// Seed

export type StaffSeed = { staff: number; staffWeeks: number; nonCsReads: number };

/**
 * Non-CS staff and what they looked at (set-based; the caller has the row triggers off and rebuilds
 * the rollups afterwards). Over the last 26 weeks each person opens the dashboard, the board or
 * inquiries in a given week with a probability that differs by role; 12% of those weeks'
 * inquiries were read by one of them, some hours after they came in.
 */
export async function seedStaff(q: Q, opts: { passwordHash: string; nowUtc: string; timeZone: string }): Promise<StaffSeed> {
  const { nowUtc, timeZone } = opts;
  const staff = await q(`INSERT INTO "User"(id, email, name, "passwordHash", role, "digestOptIn", "updatedAt")
    SELECT gen_random_uuid(), 'staff' || g || '@loopdesk.test', 'Staff ' || g, $1,
           (CASE WHEN g % 10 = 0 THEN 'ADMIN' WHEN g % 3 = 0 THEN 'PRODUCT' ELSE 'MEMBER' END)::"Role", g % 3 = 1, ${nowUtc}
    FROM generate_series(1, ${STAFF}) g`, [opts.passwordHash]);
  const week = (col: string) =>
    `((date_trunc('week', (((${col}) AT TIME ZONE 'UTC') AT TIME ZONE '${timeZone}')) AT TIME ZONE '${timeZone}') AT TIME ZONE 'UTC')`;
  const weeks = await q(`INSERT INTO "StaffWeek"("weekStart", "userId", surface, "firstAt")
    SELECT w.ws, u.id, s.surface::"StaffSurface", w.ws + random() * interval '5 days'
    FROM "User" u
    CROSS JOIN (SELECT ${week(`${nowUtc} - k * interval '7 days'`)}::timestamp(3) AS ws FROM generate_series(0, 25) k) w
    CROSS JOIN (VALUES ('DASHBOARD'), ('BOARD'), ('INQUIRY')) s(surface)
    WHERE u.role <> 'AGENT' AND u.email LIKE 'staff%'
      AND random() < CASE s.surface WHEN 'DASHBOARD' THEN 0.55 WHEN 'BOARD' THEN CASE u.role WHEN 'PRODUCT' THEN 0.8 ELSE 0.2 END ELSE 0.35 END`);
  const reads = await q(`WITH s AS (SELECT array_agg(id ORDER BY email) AS ids FROM "User" WHERE email LIKE 'staff%@loopdesk.test' AND role <> 'AGENT')
    INSERT INTO "InquiryNonCsRead"("inquiryId", "userId", "readAt")
    SELECT i.id, s.ids[1 + floor(random() * cardinality(s.ids))::int], LEAST(${nowUtc}, i."createdAt" + random() * interval '48 hours')
    FROM "Inquiry" i, s
    WHERE i."createdAt" >= ${nowUtc} - interval '182 days' AND random() < 0.12`);
  return { staff: staff.rowCount ?? 0, staffWeeks: weeks.rowCount ?? 0, nonCsReads: reads.rowCount ?? 0 };
}

// ------------------------------------------------------------------------------------------------
// lib/

type DashboardData = Record<string, unknown>;
type Rows = Record<string, unknown>;
type Statements = Record<"rollups" | "problemTop" | "problemSums" | "problems" | "people" | "open", Prisma.Sql>;
type Db = { $queryRaw: <T>(sql: Prisma.Sql) => Promise<T[]>; $disconnect: () => Promise<void> };

export type DashboardLib = {
  loadDashboard?: (week: Date, now: Date) => Promise<DashboardData>;
  assembleDashboard?: (rows: Rows, week: Date, now: Date) => DashboardData;
  dashboardStatements?: (week: Date, now: Date) => Statements;
  /** How many shipped fixes the dashboard lists (the rest are counted). */
  listMax: number;
  buildDigest?: (week: Date, opts: { now: Date }) => Promise<{ created: boolean; queued: number }>;
  db?: Db;
  missing: Record<string, string>;
};

export async function loadDashboardLib(): Promise<DashboardLib> {
  const lib = libImporter();
  const queries = await lib.load("@/lib/dashboard/queries");
  const digest = await lib.load("@/lib/dashboard/digest");
  const dbMod = await lib.load("@/lib/db");
  const fn = lib.pick;
  return {
    loadDashboard: fn(queries, "@/lib/dashboard/queries", "loadDashboard"),
    assembleDashboard: fn(queries, "@/lib/dashboard/queries", "assembleDashboard"),
    dashboardStatements: fn(queries, "@/lib/dashboard/queries", "dashboardStatements"),
    buildDigest: fn(digest, "@/lib/dashboard/digest", "buildDigest"),
    listMax: typeof queries.DASHBOARD_LIST_MAX === "number" ? queries.DASHBOARD_LIST_MAX : 10,
    db: fn(dbMod, "@/lib/db", "db"),
    missing: lib.missing,
  };
}

/** The last complete week and the 7 before it (week starts, org time zone), newest first. */
export function benchWeeks(now: Date): Date[] {
  const tz = orgTimeZone();
  const last = lastCompleteWeek(now, tz);
  return Array.from({ length: WEEKS }, (_, i) => addWeeks(last, -i, tz));
}

const unavailable = (lib: DashboardLib) => `not available: ${Object.entries(lib.missing).map(([k, v]) => `${k}: ${v}`)[0] ?? "not exported"}`;

/** `loadDashboard` of the last 8 complete weeks in turn, as the page and the digest call it. */
export function dashboardPathDef(lib: DashboardLib, now: Date): PathDef {
  const key = "dashboard";
  const label = "all /dashboard data for a week (loadDashboard)";
  const target = { p95Ms: DASHBOARD_TARGET_P95_MS };
  if (!lib.loadDashboard) return { key, label, target, unavailable: unavailable(lib) };
  const { loadDashboard } = lib;
  const weeks = benchWeeks(now);
  return { key, label, target, run: (i) => loadDashboard(weeks[i % weeks.length], now) };
}

// ------------------------------------------------------------------------------------------------
// The naive version: the same rows from the raw tables.

const at = (instant: Date) => Prisma.sql`${instant}::timestamp(3)`;
const ms = (column: string) => Prisma.raw(`floor(extract(epoch FROM ${column}) * 1000)::bigint`);
const orgWeek = (column: string) => Prisma.raw(`loopdesk_week(${column}, loopdesk_org_tz())`);

/**
 * The dashboard statements with every rollup read replaced by an aggregate over the raw rows of
 * the same weeks (what a dashboard without rollups runs). Churn, voices and the problems' ship
 * and response dates already read raw rows through indexes and are kept as they are.
 */
export function naiveStatements(lib: Required<Pick<DashboardLib, "dashboardStatements">> & { listMax: number }, week: Date, now: Date): Statements {
  const tz = orgTimeZone();
  const start = weekStart(week, tz);
  const prev = addWeeks(start, -1, tz);
  const end = addWeeks(start, 1, tz);
  const trendFrom = addWeeks(start, -11, tz);
  const own = lib.dashboardStatements(start, now);
  const rollups = Prisma.sql`WITH inq AS MATERIALIZED (
      SELECT i."id", i."createdAt", i."customerType", i."channel" FROM "Inquiry" i
      WHERE i."createdAt" >= ${at(trendFrom)} AND i."createdAt" < ${at(end)})
    SELECT
      (SELECT coalesce(json_agg(json_build_object('w', ${ms("x.w")}, 't', x.t, 'c', x.c, 'n', x.n, 'r', x.r)), '[]'::json)
         FROM (SELECT ${orgWeek(`i."createdAt"`)} AS w, i."customerType" AS t, i."channel" AS c, count(*)::int AS n, count(r."inquiryId")::int AS r
               FROM inq i LEFT JOIN "InquiryNonCsRead" r ON r."inquiryId" = i."id" GROUP BY 1, 2, 3) x) AS "inquiryWeeks",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'id', x.id, 'name', x.name, 'n', x.n)), '[]'::json)
         FROM (SELECT i."createdAt" >= ${at(start)} AS cur, it."tagId" AS id, t."name", count(*)::int AS n
               FROM inq i JOIN "InquiryTag" it ON it."inquiryId" = i."id" JOIN "Tag" t ON t."id" = it."tagId"
               WHERE i."createdAt" >= ${at(prev)} GROUP BY 1, 2, 3) x) AS "tags",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'm', x.m, 'internal', x.internal, 'sla', x.sla, 'b', x.b, 'n', x.n)), '[]'::json)
         FROM (SELECT i."firstResponseAt" >= ${at(start)} AS cur, 'FIRST_RESPONSE' AS m, i."customerType" = 'INTERNAL' AS internal, false AS sla,
                      loopdesk_duration_bucket(i."createdAt", i."firstResponseAt") AS b, count(*)::int AS n
               FROM "Inquiry" i WHERE i."firstResponseAt" >= ${at(prev)} AND i."firstResponseAt" < ${at(end)} GROUP BY 1, 2, 3, 4, 5
               UNION ALL
               SELECT i."resolvedAt" >= ${at(start)}, 'RESOLUTION', i."customerType" = 'INTERNAL', i."resolvedAt" <= i."dueAt",
                      loopdesk_duration_bucket(i."createdAt", i."resolvedAt"), count(*)::int
               FROM "Inquiry" i WHERE i."resolvedAt" >= ${at(prev)} AND i."resolvedAt" < ${at(end)} GROUP BY 1, 2, 3, 4, 5) x) AS "timing",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'c', x.c, 'internal', x.internal,
                 'requests', x.requests, 'responses', x.responses, 'csatCount', x."csatCount", 'csatSum', x."csatSum", 'csatHigh', x."csatHigh",
                 'cesCount', x."cesCount", 'cesSum', x."cesSum", 'cesHigh', x."cesHigh")), '[]'::json)
         FROM (SELECT q."weekStart" = ${at(start)} AS cur, q."channel" AS c, q."customerType" = 'INTERNAL' AS internal,
                      count(*)::int AS requests, count(r."id")::int AS responses,
                      count(r."csatScore")::int AS "csatCount", coalesce(sum(r."csatScore"), 0)::int AS "csatSum",
                      count(*) FILTER (WHERE r."csatScore" >= 4)::int AS "csatHigh",
                      count(r."cesScore")::int AS "cesCount", coalesce(sum(r."cesScore"), 0)::int AS "cesSum",
                      count(*) FILTER (WHERE r."cesScore" >= 5)::int AS "cesHigh"
               FROM "SurveyRequest" q LEFT JOIN "SurveyResponse" r ON r."requestId" = q."id"
               WHERE q."inquiryId" IS NOT NULL AND q."channel" IS NOT NULL AND q."customerType" IS NOT NULL
                 AND q."weekStart" IN (${at(prev)}, ${at(start)})
               GROUP BY 1, 2, 3) x) AS "surveys",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'role', x.role, 'n', x.n)), '[]'::json)
         FROM (SELECT s."weekStart" = ${at(start)} AS cur, u."role"::text AS role, count(DISTINCT s."userId")::int AS n
               FROM "StaffWeek" s JOIN "User" u ON u."id" = s."userId"
               WHERE s."weekStart" IN (${at(prev)}, ${at(start)}) AND u."role" <> 'AGENT'
               GROUP BY 1, 2) x) AS "staff"`;
  const linked = Prisma.sql`SELECT i."problemId", count(*) FILTER (WHERE i."createdAt" >= ${at(start)})::int AS n,
      count(*) FILTER (WHERE i."createdAt" < ${at(start)})::int AS prev
    FROM "Inquiry" i WHERE i."problemId" IS NOT NULL AND i."createdAt" >= ${at(prev)} AND i."createdAt" < ${at(end)} GROUP BY 1`;
  const problemTop = Prisma.sql`WITH top AS (SELECT * FROM (${linked}) l WHERE l.n > 0 ORDER BY l.n DESC, l."problemId" LIMIT 5)
    SELECT coalesce(json_agg(json_build_object('id', p."id", 'number', p."number", 'title', p."title", 'status', p."status",
                                               'n', top.n, 'prev', top.prev) ORDER BY top.n DESC, p."number"), '[]'::json) AS "top"
    FROM top JOIN "Problem" p ON p."id" = top."problemId"`;
  const problemSums = Prisma.sql`SELECT json_build_array(
      json_build_object('cur', true, 'n', count(*) FILTER (WHERE i."createdAt" >= ${at(start)})),
      json_build_object('cur', false, 'n', count(*) FILTER (WHERE i."createdAt" < ${at(start)}))) AS "linked"
    FROM "Inquiry" i WHERE i."problemId" IS NOT NULL AND i."createdAt" >= ${at(prev)} AND i."createdAt" < ${at(end)}`;
  // The shipped problems' weekly counts around the ship week, from the links instead of ProblemWeek.
  const problems = Prisma.sql`WITH week_problems AS MATERIALIZED (
      SELECT p."id", p."number", p."title", p."shippedAt", p."respondedAt", p."createdAt", p."linkedCount" FROM "Problem" p
      WHERE (p."shippedAt" >= ${at(start)} AND p."shippedAt" < ${at(end)}) OR (p."respondedAt" >= ${at(start)} AND p."respondedAt" < ${at(end)})),
    shipped AS MATERIALIZED (
      SELECT p.*,
             EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."problemId" = p."id" AND o."kind" = 'problem.shipped') AS queued,
             EXISTS (SELECT 1 FROM "Inquiry" i JOIN "Customer" c ON c."id" = i."customerId"
                     WHERE i."problemId" = p."id" AND c."email" IS NOT NULL AND c."email" <> '') AS askers
      FROM week_problems p WHERE p."shippedAt" >= ${at(start)} AND p."shippedAt" < ${at(end)}),
    listed AS (SELECT * FROM shipped ORDER BY "linkedCount" DESC, "shippedAt", "number" LIMIT ${lib.listMax})
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', p."id", 'number', p."number", 'title', p."title", 'shippedAt', ${ms(`p."shippedAt"`)},
                 'queued', p.queued, 'askers', p.askers,
                 'weeks', (SELECT coalesce(json_agg(json_build_object('w', ${ms("x.w")}, 'n', x.n)), '[]'::json)
                           FROM (SELECT ${orgWeek(`i."createdAt"`)} AS w, count(*)::int AS n FROM "Inquiry" i
                                 WHERE i."problemId" = p."id" AND i."createdAt" >= ${at(addWeeks(start, -4, tz))} AND i."createdAt" < ${at(addWeeks(start, 5, tz))}
                                 GROUP BY 1) x)
               ) ORDER BY p."linkedCount" DESC, p."shippedAt", p."number"), '[]'::json)
         FROM listed p) AS "shipped",
      (SELECT count(*)::int FROM shipped) AS "shippedTotal",
      (SELECT count(*)::int FROM shipped p WHERE p.queued OR NOT p.askers) AS "notifiedTotal",
      (SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p."respondedAt" - p."createdAt")) * 1000)::float8
         FROM week_problems p WHERE p."respondedAt" >= ${at(start)} AND p."respondedAt" < ${at(end)}) AS "responseMs",
      (SELECT count(*)::int FROM week_problems p WHERE p."respondedAt" >= ${at(start)} AND p."respondedAt" < ${at(end)}) AS "responded"`;
  const open = Prisma.sql`SELECT count(*)::int AS backlog, (count(*) FILTER (WHERE i."dueAt" < ${at(now)}))::int AS overdue
    FROM "Inquiry" i WHERE i."status" IN ('NEW', 'OPEN', 'PENDING')`;
  return { rollups, problemTop, problemSums, problems, people: own.people, open };
}

/** The naive statements run like loadDashboard's (concurrently), then the same assembly. */
export async function loadDashboardNaive(lib: Required<Pick<DashboardLib, "dashboardStatements" | "assembleDashboard" | "db" | "listMax">>, week: Date, now: Date) {
  const sql = naiveStatements(lib, week, now);
  const one = async (statement: Prisma.Sql) => (await lib.db.$queryRaw<Rows>(statement))[0];
  const [rollups, top, sums, shipped, people, open] = await Promise.all([
    one(sql.rollups), one(sql.problemTop), one(sql.problemSums), one(sql.problems), one(sql.people), one(sql.open),
  ]);
  return lib.assembleDashboard({ rollups, problems: { ...top, ...sums, ...shipped }, people, open }, week, now);
}

export type NaiveResult = {
  runs: number;
  weeks: number;
  p50: number;
  p95: number;
  max: number;
  /** naive p95 / rollup p95 */
  ratio: number | null;
  /** Every week's naive figures equal loadDashboard's (the first difference otherwise). */
  equal: boolean;
  difference?: string;
};

/** Where two JSON values first differ (a path), for the report. */
function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: rollups ${JSON.stringify(a)?.slice(0, 200)} vs raw ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * Times the naive version (fewer runs than the rollup path: each one aggregates weeks of raw
 * rows) and checks its figures against loadDashboard's for each week.
 */
export async function measureNaive(lib: DashboardLib, now: Date, opts: { runs: number; rollupP95?: number; log: (s: string) => void }): Promise<NaiveResult | { error: string }> {
  if (!lib.loadDashboard || !lib.assembleDashboard || !lib.dashboardStatements || !lib.db) return { error: unavailable(lib) };
  const full = { dashboardStatements: lib.dashboardStatements, assembleDashboard: lib.assembleDashboard, db: lib.db, listMax: lib.listMax };
  const weeks = benchWeeks(now);
  let difference: string | undefined;
  try {
    // Correctness first (also the warm-up): the same figures, week by week.
    for (const week of weeks) {
      const [rolled, naive] = [await lib.loadDashboard(week, now), await loadDashboardNaive(full, week, now)];
      const d = firstDifference(JSON.parse(JSON.stringify(rolled)), JSON.parse(JSON.stringify(naive)));
      if (d && !difference) difference = `week of ${week.toISOString()}: ${d}`;
    }
    const times: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const t0 = performance.now();
      await loadDashboardNaive(full, weeks[i % weeks.length], now);
      times.push(performance.now() - t0);
    }
    const s = summarize(times);
    return {
      runs: opts.runs, weeks: weeks.length, p50: s.p50, p95: s.p95, max: s.max,
      ratio: opts.rollupP95 ? Number((s.p95 / opts.rollupP95).toFixed(1)) : null,
      equal: !difference, ...(difference ? { difference } : {}),
    };
  } catch (e) {
    return { error: `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
}

// ------------------------------------------------------------------------------------------------
// One-shot rows: a digest build per week, the full rollup rebuild.

const oneShot = (key: string, label: string, target: PathResult["target"], times: number[], extra: Partial<PathResult> = {}): PathResult => {
  const lib = summarize(times);
  const failures = target.maxMs !== undefined && lib.max > target.maxMs ? [`max ${lib.max} ms > ${target.maxMs} ms`] : [];
  return { key, label, target, available: true, lib, pass: failures.length === 0, failures, ...extra };
};

/** buildDigest of each bench week once (each a first build: the Digest row and its mails). */
export async function measureDigest(lib: DashboardLib, now: Date, log: (s: string) => void): Promise<PathResult> {
  const key = "digest";
  const label = "build one weekly digest (buildDigest, 1 run per week)";
  const target = { maxMs: DIGEST_TARGET_MAX_MS };
  if (!lib.buildDigest) return { key, label, target, available: false, error: unavailable(lib) };
  const times: number[] = [];
  const runs: Record<string, unknown>[] = [];
  try {
    for (const week of benchWeeks(now).slice(0, 5)) {
      const t0 = performance.now();
      const r = await lib.buildDigest(week, { now });
      const msTaken = performance.now() - t0;
      if (!r.created) throw new Error(`the digest of ${week.toISOString()} already existed: not a first build`);
      times.push(msTaken);
      runs.push({ week: week.toISOString(), ms: Number(msTaken.toFixed(1)), queued: r.queued });
      log(`  digest of ${week.toISOString().slice(0, 10)}: ${msTaken.toFixed(0)} ms, ${r.queued} mails queued`);
    }
  } catch (e) {
    return { key, label, target, available: false, error: `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
  return oneShot(key, label, target, times, { runs });
}

/**
 * Every rollup rebuilt from the raw rows through lib/, one after the other (what a repair runs),
 * timed as the sum of its parts (reported in `runs`). Afterwards the database is vacuumed, as
 * autovacuum would, so what is measured next neither reads dead rows nor shares the cores with it.
 */
export async function measureRebuild(url: string, q: Q, info: boolean, log: (s: string) => void): Promise<PathResult> {
  const key = "rollups-rebuild-all";
  const label = `${info ? "(info) " : ""}full rollup rebuild: dashboard + surveys + fix board (1 run)`;
  const target = { maxMs: REBUILD_TARGET_MAX_MS };
  const parts: [string, string, string][] = [
    ["dashboard", "@/lib/dashboard/rollups", "rebuildDashboardRollups"],
    ["surveys", "@/lib/surveys/rollups", "rebuildSurveyRollups"],
    ["fix board", "@/lib/board/rollups", "rebuildProblemRollups"],
  ];
  const seconds: Record<string, number> = {};
  for (const [name, spec, fn] of parts) {
    const r = await timedRebuild(url, spec, fn);
    if ("error" in r) return { key, label, target, available: false, info, error: `${name}: ${r.error}` };
    seconds[name] = r.seconds;
  }
  const total = Object.values(seconds).reduce((a, b) => a + b, 0) * 1000;
  log(`  full rollup rebuild: ${(total / 1000).toFixed(1)} s (${Object.entries(seconds).map(([k, v]) => `${k} ${v} s`).join(", ")})`);
  // The whole database, not only the rollups: shipping rewrote inquiries and queued thousands of
  // messages, and an autovacuum worker taking a core during the HTTP load measured it, not the app.
  await q(`VACUUM (ANALYZE)`).catch((e) => log(`  VACUUM failed: ${e instanceof Error ? e.message : String(e)}`));
  return { ...oneShot(key, label, target, [total], { runs: [seconds] }), info };
}
