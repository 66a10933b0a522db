import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { inquiriesRemoved } from "@/lib/board/rules";
import { channels, customerTypes, openStatuses, type Channel, type CustomerType } from "@/lib/inquiries/rules";
import { addTotals, emptyTotals, fulfillmentRate, SMALL_SAMPLE, surveyFigures, type SurveyTotals } from "@/lib/surveys/rules";
import { addWeeks, weekStart } from "@/lib/time/week";
import {
  change, fixBoardCoverage, lastCompleteWeek, loopClosure, NON_CS_ROLES, operatingStage, parseWeekParam,
  quantileFromHistogram, readByNonCsShare, weekParam,
} from "./rules";
import type { CountRow, DashboardData } from "./types";

/**
 * The weekly VOC dashboard's data (DESIGN.md "Metrics", one definition each). It reads the
 * rollups — InquiryWeek, InquiryTagWeek, InquiryTimingWeek, SurveyWeek, ProblemWeek, StaffWeek —
 * and a few small indexed lookups, never a week's worth of Inquiry rows, so its cost follows the
 * size of a week's rollup rows and of the open backlog, not the number of inquiries stored. Six
 * statements, run concurrently:
 *  1. rollups: inquiries per week × type × channel (12 weeks), tags, timing histograms, surveys,
 *     distinct non-CS staff by role (this week and the one before);
 *  2–3. top 5 problems by new linked inquiries (ProblemWeek's (weekStart, count desc) index);
 *       the coverage sums (InquiryWeek.linked, 2 weeks);
 *  4. problems: shipped this week (with their ship windows and whether their askers were told),
 *     product response median (Problem is small: ~5k rows per 1M inquiries; it has no index on
 *     respondedAt/shippedAt, so these are one scan of it);
 *  5. churn and voices: CHURNED type changes via (toType, createdAt), inquiries before leaving via
 *     (customerId, createdAt), lowest-score comments via SurveyResponse (low, createdAt);
 *  6. backlog and overdue NOW from the OpenDueDay rollup (+ one indexed count within today).
 */

const DAY_MS = 86_400_000;
const VOICES_PER_KIND = 3;
/**
 * Lists on the dashboard (shipped fixes, churned customers) show this many; the counts beside
 * them cover every row. At 10M inquiries a week ships hundreds of fixes: listing them all made the
 * page (and the digest) grow with volume.
 */
export const DASHBOARD_LIST_MAX = 10;
const VOICE_MAX = 600;

type WeekMs = number;

export type RollupRow = {
  inquiryWeeks: { w: WeekMs; t: CustomerType; c: Channel; n: number; r: number }[];
  tags: { cur: boolean; id: string; name: string; n: number }[];
  timing: { cur: boolean; m: "FIRST_RESPONSE" | "RESOLUTION"; internal: boolean; sla: boolean; b: number; n: number }[];
  surveys: ({ cur: boolean; c: Channel; internal: boolean } & SurveyTotals)[];
  staff: { cur: boolean; role: string; n: number }[];
};

type ProblemWeekRow = {
  top: { id: string; number: number; title: string; status: string; n: number; prev: number }[];
  linked: { cur: boolean; n: number }[];
};

export type ProblemRow = ProblemWeekRow & {
  shipped: { id: string; number: number; title: string; shippedAt: WeekMs; queued: boolean; askers: boolean; weeks: { w: WeekMs; n: number }[] }[];
  /** Every problem shipped this week, and those whose askers were notified (the list is capped). */
  shippedTotal: number;
  notifiedTotal: number;
  responseMs: number | null;
  responded: number;
};

export type PeopleRow = {
  churnPrevious: number;
  churnCurrent: number;
  churned: {
    id: string; name: string; at: WeekMs; reason: string | null; category: string | null; before: number;
    last: { id: string; number: number; subject: string; body: string; at: WeekMs } | null;
  }[];
  low: { inquiryId: string; number: number; subject: string; customerName: string; comment: string; csat: number | null; ces: number | null; at: WeekMs }[];
};

export type OpenRow = { backlog: number; overdue: number };

/** What the six statements return (see the list above), as assembleDashboard takes it. */
export type DashboardRows = { rollups: RollupRow; problems: ProblemRow; people: PeopleRow; open: OpenRow };

/** Instants in JSON as epoch milliseconds (timestamp(3) columns hold UTC). A constant column name only. */
const ms = (column: string) => Prisma.raw(`floor(extract(epoch FROM ${column}) * 1000)::bigint`);
const at = (instant: Date) => Prisma.sql`${instant}::timestamp(3)`;

/**
 * All the dashboard figures of one week (any instant of it; weeks are the org's Monday–Sunday).
 * No actor: the digest job and the bench call it; getDashboard is the checked entry point.
 * `now` decides backlog/overdue ("now", not as of the week's end) and whether a shipped fix's
 * four weeks after have ended.
 */
export async function loadDashboard(week: Date, now: Date = new Date()): Promise<DashboardData> {
  const sql = dashboardStatements(week, now);
  const one = async <T>(statement: Prisma.Sql) => (await db.$queryRaw<T[]>(statement))[0];
  const [rollups, top, sums, shipped, people, open] = await Promise.all([
    one<RollupRow>(sql.rollups),
    one<Pick<ProblemWeekRow, "top">>(sql.problemTop),
    one<Pick<ProblemWeekRow, "linked">>(sql.problemSums),
    one<Omit<ProblemRow, keyof ProblemWeekRow>>(sql.problems),
    one<PeopleRow>(sql.people),
    one<OpenRow>(sql.open),
  ]);
  return assembleDashboard({ rollups, problems: { ...top, ...sums, ...shipped }, people, open }, week, now);
}

/**
 * The figures from the statements' rows: pure, so the bench can feed it the same rows computed
 * naively from the raw tables and check that both give the same dashboard.
 */
export function assembleDashboard(rows: DashboardRows, week: Date, now: Date): DashboardData {
  const tz = env.ORG_TIME_ZONE;
  const start = weekStart(week, tz);
  const prev = addWeeks(start, -1, tz);
  const end = addWeeks(start, 1, tz);
  const trendWeeks = Array.from({ length: 12 }, (_, i) => addWeeks(start, i - 11, tz));
  const { rollups, problems, people, open } = rows;

  return {
    week: {
      start: start.toISOString(),
      end: end.toISOString(),
      param: weekParam(start, tz),
      lastDay: weekParam(new Date(end.getTime() - DAY_MS / 2), tz),
      timeZone: tz,
    },
    ...inquiryFigures(rollups, trendWeeks, prev, start, tz),
    problems: problemFigures(problems, start, now, tz),
    churn: {
      count: change(people.churnCurrent, people.churnPrevious),
      customers: people.churned.map((c) => ({
        id: c.id, name: c.name, churnedAt: iso(c.at), reason: c.reason, category: c.category, inquiriesBefore: c.before,
      })),
    },
    satisfaction: satisfactionFigures(rollups),
    service: serviceFigures(rollups, open),
    visibility: visibilityFigures(rollups, problems, start, prev),
    voices: voices(people),
  };
}

const dashboardInput = z.object({ week: z.string().max(40).optional() });

/**
 * The dashboard for the signed-in user: every role reads it. `week` is the URL's YYYY-MM-DD (any
 * day of the week); a missing, unparsable or future week falls back to the last complete week.
 * @throws ForbiddenError
 */
export async function getDashboard(actor: Actor, input: { week?: string | null } = {}, now: Date = new Date()): Promise<DashboardData> {
  assertCan(actor, "dashboard.read");
  return loadDashboard(resolveDashboardWeek(input.week, now), now);
}

/** The week a URL value means (see getDashboard), as its Monday 00:00 in the org zone. */
export function resolveDashboardWeek(value: unknown, now: Date = new Date()): Date {
  const tz = env.ORG_TIME_ZONE;
  const parsed = dashboardInput.safeParse({ week: typeof value === "string" ? value : undefined });
  const week = parsed.success ? parseWeekParam(parsed.data.week, tz) : null;
  // The current week is allowed (partial, "so far"); a later one has no data yet.
  if (!week || week.getTime() > weekStart(now, tz).getTime()) return lastCompleteWeek(now, tz);
  return week;
}

export type DashboardWeekOption = { param: string; lastDay: string; current: boolean };

/**
 * The week picker's choices: the current (partial) week, then the last complete week and the
 * `count - 1` before it, newest first. Pure date math in the org zone (no database).
 */
export function dashboardWeekOptions(now: Date = new Date(), count = 26): DashboardWeekOption[] {
  const tz = env.ORG_TIME_ZONE;
  const current = weekStart(now, tz);
  return Array.from({ length: count + 1 }, (_, i) => {
    const start = addWeeks(current, -i, tz);
    const end = addWeeks(start, 1, tz);
    return { param: weekParam(start, tz), lastDay: weekParam(new Date(end.getTime() - DAY_MS / 2), tz), current: i === 0 };
  });
}

// ── Statements ────────────────────────────────────────────────────────────────────────────────

/** The six statements of a week (exported for the EXPLAIN test and the bench). */
export function dashboardStatements(week: Date, now: Date) {
  const tz = env.ORG_TIME_ZONE;
  const start = weekStart(week, tz);
  const prev = addWeeks(start, -1, tz);
  const end = addWeeks(start, 1, tz);
  return {
    rollups: rollupsSql(addWeeks(start, -11, tz), prev, start),
    problemTop: problemTopSql(prev, start),
    problemSums: problemSumsSql(prev, start),
    problems: problemsSql(start, end, { from: addWeeks(start, -4, tz), to: addWeeks(start, 4, tz) }),
    people: peopleSql(prev, start, end),
    open: openSql(now),
  };
}

function rollupsSql(trendFrom: Date, prev: Date, start: Date): Prisma.Sql {
  return Prisma.sql`SELECT
      (SELECT coalesce(json_agg(json_build_object('w', ${ms(`w."weekStart"`)}, 't', w."customerType", 'c', w."channel",
                                                  'n', w."created", 'r', w."readByNonCs")), '[]'::json)
         FROM "InquiryWeek" w WHERE w."weekStart" >= ${at(trendFrom)} AND w."weekStart" <= ${at(start)}) AS "inquiryWeeks",
      (SELECT coalesce(json_agg(json_build_object('cur', tw."weekStart" = ${at(start)}, 'id', tw."tagId", 'name', t."name", 'n', tw."count")), '[]'::json)
         FROM "InquiryTagWeek" tw JOIN "Tag" t ON t."id" = tw."tagId"
         WHERE tw."weekStart" IN (${at(prev)}, ${at(start)}) AND tw."count" <> 0) AS "tags",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'm', x.metric, 'internal', x.internal, 'sla', x."withinSla", 'b', x.bucket, 'n', x.n)), '[]'::json)
         FROM (SELECT tw."weekStart" = ${at(start)} AS cur, tw."metric", tw."customerType" = 'INTERNAL' AS internal,
                      tw."withinSla", tw."bucket", sum(tw."count")::int AS n
               FROM "InquiryTimingWeek" tw WHERE tw."weekStart" IN (${at(prev)}, ${at(start)})
               GROUP BY 1, 2, 3, 4, 5 HAVING sum(tw."count") <> 0) x) AS "timing",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'c', x.channel, 'internal', x.internal,
                 'requests', x.requests, 'responses', x.responses, 'csatCount', x."csatCount", 'csatSum', x."csatSum", 'csatHigh', x."csatHigh",
                 'cesCount', x."cesCount", 'cesSum', x."cesSum", 'cesHigh', x."cesHigh")), '[]'::json)
         FROM (SELECT s."weekStart" = ${at(start)} AS cur, s."channel", s."customerType" = 'INTERNAL' AS internal,
                      sum(s."requests")::int AS requests, sum(s."responses")::int AS responses,
                      sum(s."csatCount")::int AS "csatCount", sum(s."csatSum")::int AS "csatSum", sum(s."csatHigh")::int AS "csatHigh",
                      sum(s."cesCount")::int AS "cesCount", sum(s."cesSum")::int AS "cesSum", sum(s."cesHigh")::int AS "cesHigh"
               FROM "SurveyWeek" s WHERE s."weekStart" IN (${at(prev)}, ${at(start)})
               GROUP BY 1, 2, 3) x) AS "surveys",
      (SELECT coalesce(json_agg(json_build_object('cur', x.cur, 'role', x.role, 'n', x.n)), '[]'::json)
         FROM (SELECT s."weekStart" = ${at(start)} AS cur, u."role"::text AS role, count(DISTINCT s."userId")::int AS n
               FROM "StaffWeek" s JOIN "User" u ON u."id" = s."userId"
               WHERE s."weekStart" IN (${at(prev)}, ${at(start)}) AND u."role"::text = ANY(${[...NON_CS_ROLES]}::text[])
               GROUP BY 1, 2) x) AS "staff"`;
}

/**
 * Top 5 problems by new linked inquiries this week, with their count the week before. The week's
 * ProblemWeek rows (one per problem with a link that week) are the part that grows with volume,
 * so this and the coverage sums are separate statements that run side by side.
 */
function problemTopSql(prev: Date, start: Date): Prisma.Sql {
  return Prisma.sql`WITH top AS (
       -- Ties at the cut go by id (stable), so the five are picked without a join.
       SELECT pw."problemId", pw."count" FROM "ProblemWeek" pw
       WHERE pw."weekStart" = ${at(start)} AND pw."count" > 0
       ORDER BY pw."count" DESC, pw."problemId" LIMIT 5
     )
     SELECT coalesce(json_agg(json_build_object('id', p."id", 'number', p."number", 'title', p."title", 'status', p."status",
                                                'n', top."count", 'prev', coalesce(pp."count", 0)) ORDER BY top."count" DESC, p."number"), '[]'::json) AS "top"
     FROM top JOIN "Problem" p ON p."id" = top."problemId"
     LEFT JOIN "ProblemWeek" pp ON pp."problemId" = top."problemId" AND pp."weekStart" = ${at(prev)}`;
}

/**
 * Linked inquiries created this week and the week before (fix-board coverage), from
 * InquiryWeek.linked (kept by the Inquiry trigger when a link appears or goes): a few dozen rows.
 */
function problemSumsSql(prev: Date, start: Date): Prisma.Sql {
  return Prisma.sql`SELECT json_build_array(
       json_build_object('cur', true, 'n', coalesce(sum(w."linked") FILTER (WHERE w."weekStart" = ${at(start)}), 0)),
       json_build_object('cur', false, 'n', coalesce(sum(w."linked") FILTER (WHERE w."weekStart" = ${at(prev)}), 0))) AS "linked"
     FROM "InquiryWeek" w WHERE w."weekStart" IN (${at(prev)}, ${at(start)})`;
}

function problemsSql(start: Date, end: Date, shipWindow: { from: Date; to: Date }): Prisma.Sql {
  // Loop closure, exactly: a problem shipped this week counts as "askers notified" when at least
  // one "problem.shipped" message was queued for it (shipProblem queues one per distinct customer
  // with an email in the same transaction, so one means all of them), or when none of its linked
  // inquiries' customers has an email (nobody could be told: nothing is left open on our side).
  // Queued counts, not delivered: delivery is the outbox's job and its failures show on /outbox.
  // Indexes on Problem.shippedAt and respondedAt serve the two week ranges (a BitmapOr);
  // OutboxMessage ("problemId", "kind") answers each "queued" EXISTS from the index.
  return Prisma.sql`WITH week_problems AS MATERIALIZED (
       SELECT p."id", p."number", p."title", p."shippedAt", p."respondedAt", p."createdAt", p."linkedCount"
       FROM "Problem" p
       WHERE (p."shippedAt" >= ${at(start)} AND p."shippedAt" < ${at(end)})
          OR (p."respondedAt" >= ${at(start)} AND p."respondedAt" < ${at(end)})
     ), shipped AS MATERIALIZED (
       SELECT p.*,
              EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."problemId" = p."id" AND o."kind" = 'problem.shipped') AS queued,
              EXISTS (SELECT 1 FROM "Inquiry" i JOIN "Customer" c ON c."id" = i."customerId"
                      WHERE i."problemId" = p."id" AND c."email" IS NOT NULL AND c."email" <> '') AS askers
       FROM week_problems p WHERE p."shippedAt" >= ${at(start)} AND p."shippedAt" < ${at(end)}
     ), listed AS (
       -- The fixes that mattered most: the most linked inquiries first.
       SELECT * FROM shipped ORDER BY "linkedCount" DESC, "shippedAt", "number" LIMIT ${DASHBOARD_LIST_MAX}
     )
     SELECT
      (SELECT coalesce(json_agg(json_build_object('id', p."id", 'number', p."number", 'title', p."title", 'shippedAt', ${ms(`p."shippedAt"`)},
                 'queued', p.queued, 'askers', p.askers,
                 'weeks', (SELECT coalesce(json_agg(json_build_object('w', ${ms(`w."weekStart"`)}, 'n', w."count")), '[]'::json)
                           FROM "ProblemWeek" w WHERE w."problemId" = p."id" AND w."weekStart" BETWEEN ${at(shipWindow.from)} AND ${at(shipWindow.to)})
               ) ORDER BY p."linkedCount" DESC, p."shippedAt", p."number"), '[]'::json)
         FROM listed p) AS "shipped",
      (SELECT count(*)::int FROM shipped) AS "shippedTotal",
      (SELECT count(*)::int FROM shipped p WHERE p.queued OR NOT p.askers) AS "notifiedTotal",
      (SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p."respondedAt" - p."createdAt")) * 1000)::float8
         FROM week_problems p WHERE p."respondedAt" >= ${at(start)} AND p."respondedAt" < ${at(end)}) AS "responseMs",
      (SELECT count(*)::int FROM week_problems p WHERE p."respondedAt" >= ${at(start)} AND p."respondedAt" < ${at(end)}) AS "responded"`;
}

const lowColumns = Prisma.sql`r."inquiryId", r."comment", r."csatScore", r."cesScore", r."createdAt"`;
/** Customers' low answers of the week with a comment to quote (colleagues' INTERNAL answers are not customer voices). */
const lowWhere = (start: Date, end: Date) => Prisma.sql`r."low" AND r."createdAt" >= ${at(start)} AND r."createdAt" < ${at(end)}
  AND r."inquiryId" IS NOT NULL AND r."customerType" IS DISTINCT FROM 'INTERNAL' AND r."comment" IS NOT NULL AND btrim(r."comment") <> ''`;

function peopleSql(prev: Date, start: Date, end: Date): Prisma.Sql {
  // A customer who churned twice in a week counts once in it (the latest change); their
  // inquiries "before leaving" are those created before that change.
  return Prisma.sql`WITH week_changes AS MATERIALIZED (
       -- The (toType, createdAt) range first: DISTINCT ON alone tempts the planner into walking
       -- the (customerId, createdAt) index over every customer's history.
       SELECT ch."customerId", ch."createdAt", ch."reason", ch."reasonCategoryId", ch."createdAt" >= ${at(start)} AS cur
       FROM "CustomerTypeChange" ch
       WHERE ch."toType" = 'CHURNED' AND ch."createdAt" >= ${at(prev)} AND ch."createdAt" < ${at(end)}
     ), changes AS (
       SELECT DISTINCT ON (w."customerId", w.cur) w.* FROM week_changes w
       ORDER BY w."customerId", w.cur, w."createdAt" DESC
     ), low AS (
       -- Lowest first: CSAT 1, then CSAT 2, then low effort scores (CES 1–3), newest first within
       -- each. Each branch walks the (low, createdAt DESC) index and stops at its LIMIT,
       -- so a busy week does not mean reading every low answer of it.
       SELECT * FROM (
         (SELECT 1 AS g, ${lowColumns} FROM "SurveyResponse" r WHERE ${lowWhere(start, end)} AND r."csatScore" = 1
          ORDER BY r."createdAt" DESC, r."id" DESC LIMIT ${VOICES_PER_KIND})
         UNION ALL
         (SELECT 2 AS g, ${lowColumns} FROM "SurveyResponse" r WHERE ${lowWhere(start, end)} AND r."csatScore" = 2
          ORDER BY r."createdAt" DESC, r."id" DESC LIMIT ${VOICES_PER_KIND})
         UNION ALL
         (SELECT 3 AS g, ${lowColumns} FROM "SurveyResponse" r WHERE ${lowWhere(start, end)} AND (r."csatScore" IS NULL OR r."csatScore" > 2)
          ORDER BY r."createdAt" DESC, r."id" DESC LIMIT ${VOICES_PER_KIND})
       ) u
       ORDER BY u.g, u."cesScore" NULLS FIRST, u."createdAt" DESC
       LIMIT ${VOICES_PER_KIND}
     )
     SELECT
      (SELECT count(*)::int FROM changes WHERE NOT cur) AS "churnPrevious",
      (SELECT count(*)::int FROM changes WHERE cur) AS "churnCurrent",
      (SELECT coalesce(json_agg(json_build_object('id', cu."id", 'name', cu."name", 'at', ${ms(`ch."createdAt"`)},
                 'reason', coalesce(ch."reason", cu."churnReason"), 'category', rc."name", 'before', n.before,
                 'last', CASE WHEN li."id" IS NULL THEN NULL ELSE json_build_object('id', li."id", 'number', li."number",
                           'subject', li."subject", 'body', li."body", 'at', ${ms(`li."createdAt"`)}) END
               ) ORDER BY ch."createdAt" DESC, cu."name"), '[]'::json)
         FROM (SELECT * FROM changes WHERE cur ORDER BY "createdAt" DESC, "customerId" LIMIT ${DASHBOARD_LIST_MAX}) ch
         JOIN "Customer" cu ON cu."id" = ch."customerId"
         LEFT JOIN "ChurnReasonCategory" rc ON rc."id" = coalesce(ch."reasonCategoryId", cu."churnReasonCategoryId")
         CROSS JOIN LATERAL (SELECT count(*)::int AS before FROM "Inquiry" i
                             WHERE i."customerId" = ch."customerId" AND i."createdAt" < ch."createdAt") n
         LEFT JOIN LATERAL (SELECT i."id", i."number", i."subject", left(i."body", ${VOICE_MAX}) AS body, i."createdAt" FROM "Inquiry" i
                            WHERE i."customerId" = ch."customerId" AND i."createdAt" < ch."createdAt"
                            ORDER BY i."createdAt" DESC LIMIT 1) li ON TRUE) AS "churned",
      (SELECT coalesce(json_agg(json_build_object('inquiryId', i."id", 'number', i."number", 'subject', i."subject", 'customerName', cu."name",
                 'comment', low."comment", 'csat', low."csatScore", 'ces', low."cesScore", 'at', ${ms(`low."createdAt"`)}
               ) ORDER BY low.g, low."cesScore" NULLS FIRST, low."createdAt" DESC), '[]'::json)
         FROM low JOIN "Inquiry" i ON i."id" = low."inquiryId" JOIN "Customer" cu ON cu."id" = i."customerId") AS "low"`;
}

/**
 * Backlog and overdue NOW from the OpenDueDay rollup (open inquiries per UTC day of their due
 * time): the backlog is its sum; overdue is every day before today plus one indexed count of the
 * open inquiries due earlier today (Inquiry (status, dueAt)). Cost: one row per day, not per inquiry.
 */
function openSql(now: Date): Prisma.Sql {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return Prisma.sql`SELECT
       (SELECT coalesce(sum(d."count"), 0) FROM "OpenDueDay" d)::int AS backlog,
       ((SELECT coalesce(sum(d."count"), 0) FROM "OpenDueDay" d WHERE d."day" < ${at(today)})
        + (SELECT count(*) FROM "Inquiry" i
           WHERE i."status" = ANY(${[...openStatuses]}::"InquiryStatus"[]) AND i."dueAt" >= ${at(today)} AND i."dueAt" < ${at(now)}))::int AS overdue`;
}

// ── Figures ───────────────────────────────────────────────────────────────────────────────────

const iso = (epochMs: WeekMs) => new Date(Number(epochMs)).toISOString();

function inquiryFigures(r: RollupRow, trendWeeks: Date[], prev: Date, start: Date, tz: string) {
  const cur = start.getTime();
  const before = prev.getTime();
  const rows = r.inquiryWeeks.map((w) => ({ ...w, w: Number(w.w) }));
  const sumWhere = (week: number, pick: (x: (typeof rows)[number]) => boolean) =>
    rows.filter((x) => x.w === week && pick(x)).reduce((n, x) => n + x.n, 0);

  const byCustomerType: CountRow[] = customerTypes.map((t) => ({
    key: t, label: t, count: change(sumWhere(cur, (x) => x.t === t), sumWhere(before, (x) => x.t === t)),
  }));
  const byChannel: CountRow[] = channels
    .map((c) => ({ key: c, label: c, count: change(sumWhere(cur, (x) => x.c === c), sumWhere(before, (x) => x.c === c)) }))
    .filter((row) => row.count.current > 0 || row.count.previous > 0)
    .sort((a, b) => b.count.current - a.count.current || channels.indexOf(a.key as Channel) - channels.indexOf(b.key as Channel));

  const tagIds = [...new Set(r.tags.map((t) => t.id))];
  const byTag: CountRow[] = tagIds
    .map((id) => {
      const rowsOf = r.tags.filter((t) => t.id === id);
      const n = (isCur: boolean) => rowsOf.filter((t) => t.cur === isCur).reduce((sum, t) => sum + t.n, 0);
      return { key: id, label: rowsOf[0].name, count: change(n(true), n(false)) };
    })
    .filter((row) => row.count.current > 0 || row.count.previous > 0)
    .sort((a, b) => b.count.current - a.count.current || b.count.previous - a.count.previous || a.label.localeCompare(b.label));

  const trend = trendWeeks.map((w) => {
    const t = w.getTime();
    const byType = Object.fromEntries(customerTypes.map((ct) => [ct, sumWhere(t, (x) => x.t === ct)])) as Record<string, number>;
    return { week: weekParam(w, tz), total: Object.values(byType).reduce((a, b) => a + b, 0), byCustomerType: byType };
  });
  // The 28 days of the operating stage: the four weeks ending with the selected one.
  const inquiriesIn28Days = trend.slice(-4).reduce((n, w) => n + w.total, 0);

  return {
    inquiries: { total: change(trend[11].total, trend[10].total), byCustomerType, byChannel, byTag, trend },
    stage: { ...operatingStage(inquiriesIn28Days), inquiriesIn28Days },
  };
}

function problemFigures(p: ProblemRow, start: Date, now: Date, tz: string): DashboardData["problems"] {
  const step = (from: Date, n: number) => addWeeks(from, n, tz);
  // The four weeks after the ship week have all ended once the fifth week after it has begun.
  let weeksAfter = 0;
  for (let i = 1; i <= 4; i++) if (step(start, i + 1).getTime() <= now.getTime()) weeksAfter = i;
  return {
    top: p.top.map((t) => ({ id: t.id, number: t.number, title: t.title, status: t.status, newLinked: change(t.n, t.prev) })),
    shippedTotal: p.shippedTotal,
    shipped: p.shipped.map((s) => {
      const weekly = new Map(s.weeks.map((w) => [iso(w.w), w.n]));
      const removed = inquiriesRemoved(weekly, start, step);
      return {
        id: s.id,
        number: s.number,
        title: s.title,
        shippedAt: iso(s.shippedAt),
        removedPerWeek: weeksAfter === 4 ? removed.removedPerWeek : null,
        notified: s.queued || !s.askers,
        beforePerWeek: removed.beforePerWeek,
        weeksAfter,
      };
    }),
  };
}

function totalsOf(rows: RollupRow["surveys"]): SurveyTotals {
  return rows.reduce<SurveyTotals>((acc, r) => addTotals(acc, {
    requests: r.requests, responses: r.responses, csatCount: r.csatCount, csatSum: r.csatSum, csatHigh: r.csatHigh,
    cesCount: r.cesCount, cesSum: r.cesSum, cesHigh: r.cesHigh,
  }), emptyTotals());
}

function satisfactionFigures(r: RollupRow): DashboardData["satisfaction"] {
  // Customers' satisfaction leaves INTERNAL out; internal service satisfaction is reported apart.
  const external = (cur: boolean) => r.surveys.filter((s) => s.cur === cur && !s.internal);
  const now = surveyFigures(totalsOf(external(true)));
  const before = surveyFigures(totalsOf(external(false)));
  const internal = surveyFigures(totalsOf(r.surveys.filter((s) => s.cur && s.internal)));
  const resolution = r.timing.filter((t) => t.cur && t.internal && t.m === "RESOLUTION");
  const resolved = resolution.reduce((n, t) => n + t.n, 0);
  const withinTarget = resolution.filter((t) => t.sla).reduce((n, t) => n + t.n, 0);
  return {
    csat: { value: now.csat, mean: now.csatMean, responses: now.csatResponses, previous: before.csat, small: now.csatResponses < SMALL_SAMPLE },
    ces: { value: now.ces, easy: now.cesEasy, responses: now.cesResponses, previous: before.ces, small: now.cesResponses < SMALL_SAMPLE },
    byChannel: channels.flatMap((c) => {
      const rows = external(true).filter((s) => s.c === c);
      if (!rows.length) return [];
      const f = surveyFigures(totalsOf(rows));
      return f.responses > 0 ? [{ channel: c, csat: f.csat, ces: f.ces, responses: f.responses, small: f.small }] : [];
    }),
    internal: {
      csat: internal.csat, responses: internal.responses, small: internal.small,
      fulfillmentRate: fulfillmentRate(withinTarget, resolved), resolved, withinTarget,
    },
  };
}

function serviceFigures(r: RollupRow, open: OpenRow): DashboardData["service"] {
  const histogram = (cur: boolean, metric: "FIRST_RESPONSE" | "RESOLUTION") => {
    const byBucket = new Map<number, number>();
    for (const t of r.timing) if (t.cur === cur && t.m === metric) byBucket.set(t.b, (byBucket.get(t.b) ?? 0) + t.n);
    return [...byBucket].map(([bucket, count]) => ({ bucket, count }));
  };
  const first = histogram(true, "FIRST_RESPONSE");
  const resolution = histogram(true, "RESOLUTION");
  return {
    firstResponseMedianMs: quantileFromHistogram(first, 0.5),
    firstResponseP90Ms: quantileFromHistogram(first, 0.9),
    resolutionMedianMs: quantileFromHistogram(resolution, 0.5),
    resolutionP90Ms: quantileFromHistogram(resolution, 0.9),
    previous: {
      firstResponseMedianMs: quantileFromHistogram(histogram(false, "FIRST_RESPONSE"), 0.5),
      resolutionMedianMs: quantileFromHistogram(histogram(false, "RESOLUTION"), 0.5),
    },
    backlog: open.backlog,
    overdue: open.overdue,
  };
}

function visibilityFigures(r: RollupRow, p: ProblemRow, start: Date, prev: Date): DashboardData["visibility"] {
  const staff = (cur: boolean) => r.staff.filter((s) => s.cur === cur);
  const weekRows = (week: number) => r.inquiryWeeks.filter((w) => Number(w.w) === week);
  const created = (week: number) => weekRows(week).reduce((n, w) => n + w.n, 0);
  const read = (week: number) => weekRows(week).reduce((n, w) => n + w.r, 0);
  const linked = (cur: boolean) => p.linked.filter((l) => l.cur === cur).reduce((n, l) => n + l.n, 0);
  const [cur, before] = [start.getTime(), prev.getTime()];
  const shipped = p.shippedTotal;
  const notified = p.notifiedTotal;
  return {
    staff: {
      // A person has one role, so the per-role counts add up to the distinct total.
      total: change(staff(true).reduce((n, s) => n + s.n, 0), staff(false).reduce((n, s) => n + s.n, 0)),
      byRole: NON_CS_ROLES.map((role) => ({ role, count: staff(true).find((s) => s.role === role)?.n ?? 0 })),
    },
    readByNonCs: { share: readByNonCsShare(read(cur), created(cur)), read: read(cur), created: created(cur), previous: readByNonCsShare(read(before), created(before)) },
    fixBoardCoverage: { share: fixBoardCoverage(linked(true), created(cur)), linked: linked(true), created: created(cur), previous: fixBoardCoverage(linked(false), created(before)) },
    productResponseMedianMs: p.responseMs === null ? null : Number(p.responseMs),
    productResponded: p.responded,
    loopClosure: { share: loopClosure(notified, shipped), notified, shipped },
  };
}

function voices(people: PeopleRow): DashboardData["voices"] {
  const low = people.low.map((v) => ({
    kind: "lowScore" as const,
    text: v.comment.trim(),
    inquiryId: v.inquiryId,
    inquiryNumber: v.number,
    customerName: v.customerName,
    score: v.csat !== null && v.csat <= 2 ? v.csat : v.ces ?? v.csat,
    scoreKind: v.csat !== null && v.csat <= 2 ? ("CSAT" as const) : v.ces !== null ? ("CES" as const) : v.csat !== null ? ("CSAT" as const) : null,
    subject: v.subject,
    at: iso(v.at),
  }));
  const churned = people.churned
    .filter((c) => c.last && c.last.body.trim())
    .slice(0, VOICES_PER_KIND)
    .map((c) => ({
      kind: "churned" as const,
      text: c.last!.body.trim(),
      inquiryId: c.last!.id,
      inquiryNumber: c.last!.number,
      customerName: c.name,
      score: null,
      scoreKind: null,
      subject: c.last!.subject,
      at: iso(c.last!.at),
    }));
  return [...low, ...churned];
}
