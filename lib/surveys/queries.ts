import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { decodeInquiryCursor, encodeInquiryCursor } from "@/lib/board/queries-view";
import { channels, customerTypes, type Channel, type CustomerType, type InquiryStatus } from "@/lib/inquiries/rules";
import { addWeeks, weekStart } from "@/lib/time/week";
import {
  addTotals, emptyTotals, fulfillmentRate, NO_AGENT, surveyFigures, type SurveyFigures, type SurveyTotals,
} from "./rules";
import { lowScoresSchema, surveyResultsSchema, type LowScoresInput, type SurveyResultsInput } from "./schema";

/**
 * The fulfillment rate of everyone reads the dashboard's InquiryTimingWeek rollup (RESOLUTION rows
 * per week of the first resolution × customer type × within SLA, kept by triggers), a few rows.
 * One agent's has no rollup: it counts that agent's INTERNAL inquiries resolved in the range, and
 * only those created at most this long before the range, so the count walks a bounded slice of
 * the (assigneeId, status, createdAt) or (customerType, status, createdAt) index. An inquiry
 * resolved half a year after it was asked is far outside any SLA target; leaving it out is the
 * known cost.
 */
export const FULFILLMENT_LOOKBACK_DAYS = 180;

export type AgentFigures = {
  /** null for survey requests of unassigned inquiries (the rollup's NO_AGENT). */
  agentId: string | null;
  name: string | null;
  figures: SurveyFigures;
};

export type SurveyResults = {
  /** First and last week start of the range (org time zone Mondays, as UTC). */
  from: Date;
  to: Date;
  weeks: number;
  agentId: string | null;
  /** The `until` day (YYYY-MM-DD, org calendar) of the range just before this one, and just after (null: it would reach past the current week). */
  earlier: string;
  later: string | null;
  /** Whether any inquiry survey was ever requested (false: the "no surveys yet" state). */
  anySurveys: boolean;
  /** Customers (every type but INTERNAL). */
  overall: SurveyFigures;
  /** Internal service satisfaction (INTERNAL customers), reported on its own. */
  internal: SurveyFigures;
  /** External figures per week, oldest first, every week of the range present. */
  byWeek: { weekStart: Date; figures: SurveyFigures }[];
  /** Internal figures per week, same weeks. */
  internalByWeek: { weekStart: Date; figures: SurveyFigures }[];
  /** External, by the agent the inquiry was assigned to when resolved; most responses first. */
  byAgent: AgentFigures[];
  /** External, by channel (channels with requests only, in the channel order). */
  byChannel: { channel: Channel; figures: SurveyFigures }[];
  /** Every customer type, INTERNAL included (types with requests only, in the type order). */
  byCustomerType: { customerType: CustomerType; figures: SurveyFigures }[];
  /** Share of INTERNAL inquiries resolved in the range by their due time (SLA target). */
  fulfillment: { resolved: number; withinTarget: number; rate: number | null };
};

type GroupRow = SurveyTotals & {
  dim: "all" | "week" | "agent" | "channel" | "type";
  internal: boolean | null;
  weekStart: Date | null;
  agentId: string | null;
  channel: Channel | null;
  customerType: CustomerType | null;
  agentName: string | null;
  resolved: number;
  withinTarget: number;
  anySurveys: boolean;
};

let dayFormat: Intl.DateTimeFormat | null = null;
/** A day in the org's calendar as YYYY-MM-DD (the URL's `until`). */
function dayKey(date: Date): string {
  dayFormat ??= new Intl.DateTimeFormat("en-CA", { timeZone: env.ORG_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
  return dayFormat.format(date);
}

/** The range of weeks: `weeks` weeks ending with the one containing `until` (default: now). */
export function resultRange(weeks: number, until: Date | undefined, now: Date): { from: Date; to: Date; end: Date; starts: Date[] } {
  const tz = env.ORG_TIME_ZONE;
  const to = weekStart(until ?? now, tz);
  const starts = [to];
  for (let i = 1; i < weeks; i++) starts.unshift(addWeeks(to, -i, tz));
  return { from: starts[0], to, end: addWeeks(to, 1, tz), starts };
}

/**
 * Survey results for /surveys: CSAT and CES figures overall, per week, per agent, per channel and
 * per customer type, internal service satisfaction apart, and the internal service fulfillment
 * rate. ONE statement: GROUPING SETS over the SurveyWeek rollup (never the responses) plus the
 * fulfillment count (a rollup too, unless one agent's), so its cost does not grow with the number
 * of responses or inquiries. Every role may read every agent's figures (visibility).
 * @throws ForbiddenError
 */
export async function getSurveyResults(actor: Actor, input: SurveyResultsInput = {}, options: { now?: Date } = {}): Promise<SurveyResults> {
  assertCan(actor, "surveys.read");
  const { weeks, until, agentId } = surveyResultsSchema.parse(input);
  const now = options.now ?? new Date();
  const { from, to, end, starts } = resultRange(weeks, until, now);
  const lookback = new Date(from.getTime() - FULFILLMENT_LOOKBACK_DAYS * 86_400_000);

  const rollupAgent = agentId ? Prisma.sql`AND w."agentId" = ${agentId}::uuid` : Prisma.empty;
  const fulfillment = !agentId
    ? Prisma.sql`
      SELECT coalesce(sum(t."count"), 0)::int AS "resolved", coalesce(sum(t."count") FILTER (WHERE t."withinSla"), 0)::int AS "withinTarget"
      FROM "InquiryTimingWeek" t
      WHERE t."weekStart" >= ${from}::timestamp(3) AND t."weekStart" <= ${to}::timestamp(3)
        AND t."metric" = 'RESOLUTION' AND t."customerType" = 'INTERNAL'`
    : Prisma.sql`
      SELECT count(*)::int AS "resolved", count(*) FILTER (WHERE i."resolvedAt" <= i."dueAt")::int AS "withinTarget"
      FROM "Inquiry" i
      WHERE i."customerType" = 'INTERNAL' AND i."status" IN ('OPEN', 'PENDING', 'RESOLVED', 'CLOSED')
        AND ${agentId === NO_AGENT ? Prisma.sql`i."assigneeId" IS NULL` : Prisma.sql`i."assigneeId" = ${agentId}::uuid`}
        AND i."createdAt" >= ${lookback}::timestamp(3) AND i."createdAt" < ${end}::timestamp(3)
        AND i."resolvedAt" >= ${from}::timestamp(3) AND i."resolvedAt" < ${end}::timestamp(3)`;

  // GROUPING() bit order: weekStart, agentId, channel, customerType (1 = not grouped by it).
  const rows = await db.$queryRaw<GroupRow[]>`
    WITH g AS (
      SELECT CASE GROUPING(w."weekStart", w."agentId", w."channel", w."customerType")
               WHEN 15 THEN 'all' WHEN 7 THEN 'week' WHEN 11 THEN 'agent' WHEN 13 THEN 'channel' ELSE 'type' END AS dim,
             (w."customerType" = 'INTERNAL') AS internal,
             w."weekStart", w."agentId", w."channel"::text AS "channel", w."customerType"::text AS "customerType",
             sum(w."requests")::int AS "requests", sum(w."responses")::int AS "responses",
             sum(w."csatCount")::int AS "csatCount", sum(w."csatSum")::int AS "csatSum", sum(w."csatHigh")::int AS "csatHigh",
             sum(w."cesCount")::int AS "cesCount", sum(w."cesSum")::int AS "cesSum", sum(w."cesHigh")::int AS "cesHigh"
      FROM "SurveyWeek" w
      WHERE w."weekStart" >= ${from}::timestamp(3) AND w."weekStart" <= ${to}::timestamp(3) ${rollupAgent}
      GROUP BY GROUPING SETS (
        ((w."customerType" = 'INTERNAL')),
        ((w."customerType" = 'INTERNAL'), w."weekStart"),
        ((w."customerType" = 'INTERNAL'), w."agentId"),
        ((w."customerType" = 'INTERNAL'), w."channel"),
        (w."customerType")
      )
    ), f AS (${fulfillment})
    SELECT g.*, u."name" AS "agentName", f."resolved", f."withinTarget",
           EXISTS (SELECT 1 FROM "SurveyWeek") AS "anySurveys"
    FROM f
    LEFT JOIN g ON TRUE
    LEFT JOIN "User" u ON g.dim = 'agent' AND u."id" = g."agentId"`;

  const head = rows[0];
  const resolved = head?.resolved ?? 0;
  const withinTarget = head?.withinTarget ?? 0;
  const groups = rows.filter((r) => r.dim !== null && r.dim !== undefined);

  const totalsOf = (r: GroupRow): SurveyTotals => ({
    requests: r.requests, responses: r.responses, csatCount: r.csatCount, csatSum: r.csatSum, csatHigh: r.csatHigh,
    cesCount: r.cesCount, cesSum: r.cesSum, cesHigh: r.cesHigh,
  });
  const sum = (list: GroupRow[]) => list.reduce((acc, r) => addTotals(acc, totalsOf(r)), emptyTotals());

  const weekFigures = (internal: boolean) => {
    const byKey = new Map(groups.filter((r) => r.dim === "week" && r.internal === internal).map((r) => [r.weekStart!.getTime(), r]));
    return starts.map((w) => {
      const row = byKey.get(w.getTime());
      return { weekStart: w, figures: surveyFigures(row ? totalsOf(row) : emptyTotals()) };
    });
  };

  const external = (dim: GroupRow["dim"]) => groups.filter((r) => r.dim === dim && r.internal === false);

  const byAgent = external("agent")
    .map((r) => ({
      agentId: r.agentId === NO_AGENT ? null : r.agentId,
      name: r.agentId === NO_AGENT ? null : r.agentName,
      figures: surveyFigures(totalsOf(r)),
    }))
    .sort((a, b) => b.figures.responses - a.figures.responses || b.figures.requests - a.figures.requests ||
      (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff"));

  const channelRows = new Map(external("channel").map((r) => [r.channel!, r]));
  const typeRows = new Map(groups.filter((r) => r.dim === "type").map((r) => [r.customerType!, r]));

  return {
    from, to, weeks, agentId: agentId ?? null,
    // A day inside the week before `from`, and inside the week `weeks` after `to`.
    earlier: dayKey(new Date(from.getTime() - 3 * 86_400_000)),
    later: to.getTime() >= weekStart(now, env.ORG_TIME_ZONE).getTime()
      ? null
      : dayKey(new Date(Math.min(addWeeks(to, weeks, env.ORG_TIME_ZONE).getTime(), weekStart(now, env.ORG_TIME_ZONE).getTime()) + 3 * 86_400_000)),
    anySurveys: head?.anySurveys ?? false,
    overall: surveyFigures(sum(groups.filter((r) => r.dim === "all" && r.internal === false))),
    internal: surveyFigures(sum(groups.filter((r) => r.dim === "all" && r.internal === true))),
    byWeek: weekFigures(false),
    internalByWeek: weekFigures(true),
    byAgent,
    byChannel: channels.filter((c) => channelRows.has(c)).map((c) => ({ channel: c, figures: surveyFigures(totalsOf(channelRows.get(c)!)) })),
    byCustomerType: customerTypes.filter((c) => typeRows.has(c)).map((c) => ({ customerType: c, figures: surveyFigures(totalsOf(typeRows.get(c)!)) })),
    fulfillment: { resolved, withinTarget, rate: fulfillmentRate(withinTarget, resolved) },
  };
}

export type LowScore = {
  id: string;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  createdAt: Date;
  channel: Channel | null;
  customerType: CustomerType | null;
  agent: { id: string; name: string } | null;
  customerName: string | null;
  inquiry: {
    id: string;
    number: number;
    subject: string;
    status: InquiryStatus;
    version: number;
    problemId: string | null;
    /** The fix-board problem it is linked to (number and title for the link). */
    problem: { id: string; number: number; title: string } | null;
  } | null;
};

type LowScoreRow = {
  id: string; csat: number | null; ces: number | null; comment: string | null; createdAt: Date;
  channel: Channel | null; customerType: CustomerType | null; agentId: string | null; agentName: string | null;
  customerName: string | null; inquiryId: string | null; number: number | null; subject: string | null;
  status: InquiryStatus | null; version: number | null; problemId: string | null; problemNumber: number | null;
  problemTitle: string | null;
};

/**
 * Low scores (CSAT ≤ 2 or CES ≤ 3) of inquiry surveys, newest first, with their comments and the
 * inquiry each one rates. Keyset-paged on (createdAt, id) along the (low, createdAt desc, id desc)
 * index; pulse answers are not in it (their results are admin-only).
 * @throws ForbiddenError
 */
export async function listLowScores(actor: Actor, input: LowScoresInput = {}): Promise<{ items: LowScore[]; nextCursor: string | null }> {
  assertCan(actor, "surveys.read");
  const { cursor: rawCursor, limit, agentId } = lowScoresSchema.parse(input);
  const cursor = decodeInquiryCursor(rawCursor);
  const showInquiry = can(actor, "inquiries.read");
  const where: Prisma.Sql[] = [Prisma.sql`r."low"`, Prisma.sql`r."pulseId" IS NULL`];
  if (agentId) where.push(agentId === NO_AGENT ? Prisma.sql`r."agentId" IS NULL` : Prisma.sql`r."agentId" = ${agentId}::uuid`);
  if (cursor) where.push(Prisma.sql`(r."createdAt", r."id") < (${cursor.at}::timestamp(3), ${cursor.id}::uuid)`);

  const rows = await db.$queryRaw<LowScoreRow[]>`
    SELECT r."id"::text AS "id", r."csatScore" AS "csat", r."cesScore" AS "ces", r."comment", r."createdAt",
           r."channel"::text AS "channel", r."customerType"::text AS "customerType",
           r."agentId"::text AS "agentId", u."name" AS "agentName", c."name" AS "customerName",
           i."id"::text AS "inquiryId", i."number", i."subject", i."status"::text AS "status", i."version",
           i."problemId"::text AS "problemId", p."number" AS "problemNumber", p."title" AS "problemTitle"
    FROM "SurveyResponse" r
    LEFT JOIN "Inquiry" i ON i."id" = r."inquiryId"
    LEFT JOIN "Customer" c ON c."id" = i."customerId"
    LEFT JOIN "User" u ON u."id" = r."agentId"
    LEFT JOIN "Problem" p ON p."id" = i."problemId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY r."createdAt" DESC, r."id" DESC
    LIMIT ${limit + 1}`;

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      csat: r.csat,
      ces: r.ces,
      comment: r.comment,
      createdAt: r.createdAt,
      channel: r.channel,
      customerType: r.customerType,
      agent: r.agentId ? { id: r.agentId, name: r.agentName ?? "" } : null,
      customerName: showInquiry ? r.customerName : null,
      inquiry: showInquiry && r.inquiryId ? {
        id: r.inquiryId, number: r.number!, subject: r.subject!, status: r.status!, version: r.version!,
        problemId: r.problemId,
        problem: r.problemId ? { id: r.problemId, number: r.problemNumber!, title: r.problemTitle ?? "" } : null,
      } : null,
    })),
    nextCursor: rows.length > limit && last ? encodeInquiryCursor(last.createdAt, last.id) : null,
  };
}

/**
 * People the page's agent filter offers: active agents and admins (who take inquiries). Former
 * agents with results still appear in the by-agent table, whose names link to their results.
 */
export async function listSurveyAgents(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "surveys.read");
  return db.user.findMany({
    where: { role: { in: ["AGENT", "ADMIN"] }, active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
