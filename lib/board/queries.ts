import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { CustomerType } from "@/lib/inquiries/rules";
import { impactScore, inquiriesRemoved, problemStatuses, type CustomersByType, type ProblemStatus } from "./rules";
import { problemScope } from "./scope";
import { loadTypeWeights } from "./weights";
import { BOARD_COLUMN_LIMIT, BOARD_COLUMN_PAGE_SIZE, boardFiltersSchema, type BoardFilters } from "./queries-filters";
import {
  BOARD_CSAT_MAX_LINKED, byType, listProblemOwners, loadProblemCsat, RECENT_WEEKS, startOfWeek, stepWeeks, weeksAfterElapsed, type RemovedSummary, type UserRef,
} from "./queries-shared";

export { boardFiltersSchema, type BoardFilters, type RemovedSummary, type UserRef };

/** Weeks in a card's sparkline. */
export const SPARKLINE_WEEKS = 8;

export type BoardCard = {
  id: string;
  number: number;
  title: string;
  status: ProblemStatus;
  owner: UserRef | null;
  linkedCount: number;
  customerCount: number;
  customersByType: CustomersByType;
  /** New linked inquiries per week, oldest first, the current week last (SPARKLINE_WEEKS values). */
  sparkline: number[];
  /** CSAT of the linked inquiries (share of their CSAT answers scoring 4–5); null without answers. */
  csat: number | null;
  /** CSAT answers behind it; null when the board left CSAT to the problem page (BOARD_CSAT_MAX_LINKED). */
  csatResponses: number | null;
  impact: number;
  version: number;
  /** Shipped cards only. */
  removed: RemovedSummary | null;
};

export type BoardColumn = {
  status: ProblemStatus;
  /** Problems in the column that match the filters. */
  total: number;
  cards: BoardCard[];
  /** Matching problems not shown (the column view pages through them). */
  more: number;
};

export type Board = {
  columns: BoardColumn[];
  /** Week starts of the sparkline, oldest first. */
  sparklineWeeks: Date[];
  /** Set when one column is shown on its own (?column=…). */
  columnView: { status: ProblemStatus; page: number; pageCount: number } | null;
};

type RankRow = {
  id: string;
  status: ProblemStatus;
  number: number;
  linkedCount: number;
  internal: number;
  prospect: number;
  buyer: number;
  user: number;
  churned: number;
  recent: number;
};

const rollupColumn: Record<CustomerType, Prisma.Sql> = {
  INTERNAL: Prisma.raw(`p."internalCustomers"`),
  PROSPECT: Prisma.raw(`p."prospectCustomers"`),
  BUYER: Prisma.raw(`p."buyerCustomers"`),
  USER: Prisma.raw(`p."userCustomers"`),
  CHURNED: Prisma.raw(`p."churnedCustomers"`),
};

/**
 * The fix board: five columns of problems (merged ones never), each ranked by impact, top
 * BOARD_COLUMN_LIMIT cards per column (or one column paged, with `column`). Reads the rollup
 * columns, ProblemWeek and (tag filter) ProblemTag — never the linked inquiries themselves, except
 * for the shown cards' CSAT. Two rounds of statements: weights + ranking, then the shown cards'
 * details, sparklines, shipped windows and CSAT. Every role may read.
 * @throws ForbiddenError when the actor may not read the board.
 */
export async function getBoard(actor: Actor, filters: BoardFilters = {}, options: { now?: Date } = {}): Promise<Board> {
  assertCan(actor, "board.read");
  const f = boardFiltersSchema.parse(filters);
  const now = options.now ?? new Date();
  const thisWeek = startOfWeek(now);
  const recentStart = stepWeeks(thisWeek, -(RECENT_WEEKS - 1));
  const sparklineWeeks = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => stepWeeks(thisWeek, i - (SPARKLINE_WEEKS - 1)));

  const where: Prisma.Sql[] = [scopeSql(problemScope(actor)), Prisma.sql`p."mergedIntoId" IS NULL`];
  if (f.column) where.push(Prisma.sql`p.status = ${f.column}::"ProblemStatus"`);
  if (f.owner === "none") where.push(Prisma.sql`p."ownerId" IS NULL`);
  else if (f.owner) where.push(Prisma.sql`p."ownerId" = ${f.owner === "me" ? actor.id : f.owner}::uuid`);
  if (f.customerType) where.push(Prisma.sql`${rollupColumn[f.customerType]} > 0`);
  if (f.tag) {
    // The ProblemTag rollup (lib/board/rollups.ts): one PK probe per problem, or a scan of the
    // tag's (tagId, problemId) index, instead of every linked inquiry's InquiryTag rows.
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProblemTag" pt WHERE pt."problemId" = p.id AND pt."tagId" = ${f.tag}::uuid)`);
  }

  // Only what ranking needs, for every matching problem: the score must be the rules' impactScore,
  // and it depends on admin weights, so it is computed here rather than stored. The rows come
  // back as one text value: decoding 5,000 rows field by field cost more than the query itself.
  const [weights, packed] = await Promise.all([
    loadTypeWeights(),
    db.$queryRaw<{ rows: string | null }[]>`
      SELECT string_agg(concat_ws(',', p.id, p.status, p.number, p."linkedCount",
               p."internalCustomers", p."prospectCustomers", p."buyerCustomers", p."userCustomers", p."churnedCustomers",
               COALESCE(r.recent, 0)), ';') AS rows
      FROM "Problem" p
      LEFT JOIN (
        SELECT w."problemId", SUM(w.count) AS recent
        FROM "ProblemWeek" w
        WHERE w."weekStart" >= ${recentStart}::timestamp(3)
        GROUP BY w."problemId"
      ) r ON r."problemId" = p.id
      WHERE ${Prisma.join(where, " AND ")}`,
  ]);
  const rows = unpackRankRows(packed[0]?.rows ?? null);

  const ranked = rows
    .map((row) => ({
      row,
      impact: impactScore({ customersByType: byType(row), linkedCount: row.linkedCount, recentCount: row.recent }, weights),
    }))
    .sort((a, b) => b.impact - a.impact || b.row.linkedCount - a.row.linkedCount || b.row.number - a.row.number);

  const groups = new Map<ProblemStatus, typeof ranked>(problemStatuses.map((s) => [s, []]));
  for (const item of ranked) groups.get(item.row.status)?.push(item);

  const statuses = f.column ? [f.column] : problemStatuses;
  const pageSize = f.column ? BOARD_COLUMN_PAGE_SIZE : BOARD_COLUMN_LIMIT;
  const offset = f.column ? (f.page - 1) * pageSize : 0;
  const shown = statuses.map((status) => {
    const all = groups.get(status) ?? [];
    return { status, total: all.length, items: all.slice(offset, offset + pageSize), before: Math.min(offset, all.length) };
  });

  const ids = shown.flatMap((c) => c.items.map((i) => i.row.id));
  const shippedIds = shown.filter((c) => c.status === "SHIPPED").flatMap((c) => c.items.map((i) => i.row.id));
  const shownLinked = shown.reduce((sum, c) => sum + c.items.reduce((n, i) => n + i.row.linkedCount, 0), 0);
  const withCsat = shownLinked <= BOARD_CSAT_MAX_LINKED;
  const [details, shippedWeeks, csatById] = await Promise.all([
    ids.length ? loadCardDetails(ids, sparklineWeeks) : [],
    shippedIds.length ? loadShipWindows(shippedIds) : [],
    withCsat ? loadProblemCsat(ids) : new Map<string, never>(),
  ]);

  const detailById = new Map(details.map((d) => [d.id, d]));
  const windowById = groupWeeks(shippedWeeks);

  const columns: BoardColumn[] = shown.map(({ status, total, items, before }) => {
    const cards: BoardCard[] = [];
    for (const { row, impact } of items) {
      const d = detailById.get(row.id);
      if (!d) continue; // Deleted between the two rounds.
      cards.push({
        id: row.id,
        number: d.number,
        title: d.title,
        status,
        owner: d.ownerId ? { id: d.ownerId, name: d.ownerName ?? "" } : null,
        linkedCount: row.linkedCount,
        customerCount: d.customerCount,
        customersByType: byType(row),
        sparkline: d.sparkline,
        csat: csatById.get(row.id)?.csat ?? null,
        csatResponses: withCsat ? csatById.get(row.id)?.responses ?? 0 : null,
        impact,
        version: d.version,
        removed: status === "SHIPPED" && d.shippedAt ? removedSummary(windowById.get(row.id), d.shippedAt, now) : null,
      });
    }
    return { status, total, cards, more: Math.max(0, total - before - items.length) };
  });

  const columnView = f.column
    ? { status: f.column, page: f.page, pageCount: Math.max(1, Math.ceil((columns[0]?.total ?? 0) / pageSize)) }
    : null;
  return { columns, sparklineWeeks, columnView };
}

/**
 * problemScope speaks Prisma `where`; the board's ranking is raw SQL. Translate the shapes it
 * returns today and refuse anything else, so a narrower scope cannot silently widen the board.
 */
function scopeSql(scope: Prisma.ProblemWhereInput): Prisma.Sql {
  const keys = Object.keys(scope);
  if (keys.length === 0) return Prisma.sql`TRUE`;
  const id = scope.id;
  if (keys.length === 1 && id && typeof id === "object" && Array.isArray(id.in) && id.in.length === 0) return Prisma.sql`FALSE`;
  throw new Error("getBoard: problemScope returned a filter scopeSql cannot translate");
}

function unpackRankRows(packed: string | null): RankRow[] {
  if (!packed) return [];
  return packed.split(";").map((line) => {
    const [id, status, number, linkedCount, internal, prospect, buyer, user, churned, recent] = line.split(",");
    return {
      id, status: status as ProblemStatus, number: Number(number), linkedCount: Number(linkedCount),
      internal: Number(internal), prospect: Number(prospect), buyer: Number(buyer), user: Number(user), churned: Number(churned),
      recent: Number(recent),
    };
  });
}

type CardDetail = {
  id: string; number: number; title: string; version: number; shippedAt: Date | null; customerCount: number;
  ownerId: string | null; ownerName: string | null;
  /** One count per sparkline week, in order (ProblemWeek primary-key lookups). */
  sparkline: number[];
};

function loadCardDetails(ids: string[], weeks: Date[]): Promise<CardDetail[]> {
  const weekKeys = weeks.map((w) => w.toISOString());
  return db.$queryRaw<CardDetail[]>`
    SELECT p.id, p.number, p.title, p.version, p."shippedAt", p."customerCount", p."ownerId", u.name AS "ownerName",
           ARRAY(
             SELECT COALESCE(w.count, 0)
             FROM unnest(${weekKeys}::timestamp(3)[]) WITH ORDINALITY AS s(week, n)
             LEFT JOIN "ProblemWeek" w ON w."problemId" = p.id AND w."weekStart" = s.week
             ORDER BY s.n
           ) AS sparkline
    FROM "Problem" p
    LEFT JOIN "User" u ON u.id = p."ownerId"
    WHERE p.id = ANY(${ids}::uuid[])`;
}

type WeekRow = { problemId: string; weekStart: Date; count: number };

/** ProblemWeek rows from 5 weeks before to 5 weeks after each problem's ship time (one statement). */
function loadShipWindows(problemIds: string[]): Promise<WeekRow[]> {
  return db.$queryRaw<WeekRow[]>`
    SELECT w."problemId", w."weekStart", w.count
    FROM "Problem" p
    JOIN "ProblemWeek" w ON w."problemId" = p.id
     AND w."weekStart" BETWEEN p."shippedAt" - interval '36 days' AND p."shippedAt" + interval '36 days'
    WHERE p.id = ANY(${problemIds}::uuid[]) AND p."shippedAt" IS NOT NULL`;
}

function groupWeeks(rows: WeekRow[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    let m = out.get(r.problemId);
    if (!m) out.set(r.problemId, (m = new Map()));
    m.set(r.weekStart.toISOString(), (m.get(r.weekStart.toISOString()) ?? 0) + r.count);
  }
  return out;
}

function removedSummary(weekly: Map<string, number> | undefined, shippedAt: Date, now: Date): RemovedSummary {
  const shipWeek = startOfWeek(shippedAt);
  const r = inquiriesRemoved(weekly ?? new Map(), shipWeek, stepWeeks);
  return {
    beforePerWeek: r.beforePerWeek,
    afterPerWeek: r.afterPerWeek,
    removedPerWeek: r.removedPerWeek,
    weeksAfterElapsed: weeksAfterElapsed(shipWeek, now),
  };
}

/** Choices for the board's filters (owner, tag) and the owner select on a problem's page. */
export async function listBoardFilterOptions(actor: Actor): Promise<{ owners: UserRef[]; tags: { id: string; name: string; archived: boolean }[] }> {
  assertCan(actor, "board.read");
  const [owners, tags] = await Promise.all([
    listProblemOwners(),
    db.tag.findMany({ select: { id: true, name: true, archived: true }, orderBy: [{ archived: "asc" }, { name: "asc" }] }),
  ]);
  return { owners, tags };
}
