import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { customerTypes, openStatuses, type CustomerType, type InquiryStatus } from "@/lib/inquiries/rules";
import { addWeeks, weekStart } from "@/lib/time/week";
import {
  allowedProblemMoves, impactScore, inquiriesRemoved, problemStatuses,
  type CustomersByType, type ProblemStatus, type TypeWeights,
} from "./rules";
import { ownerRoles } from "./mutations/problem";
import { problemScope } from "./scope";
import { loadTypeWeights } from "./weights";
import {
  BOARD_COLUMN_LIMIT, BOARD_COLUMN_PAGE_SIZE, boardFiltersSchema, type BoardFilters,
} from "./queries-filters";

export { boardFiltersSchema, type BoardFilters };

/** Weeks in a card's sparkline, and the weeks that count as "recent" for the impact score. */
export const SPARKLINE_WEEKS = 8;
export const RECENT_WEEKS = 4;

export type UserRef = { id: string; name: string };

export type RemovedSummary = {
  beforePerWeek: number;
  afterPerWeek: number;
  removedPerWeek: number;
  /** Weeks after the ship week that have already begun (0–4): fewer than 4 means "so far". */
  weeksAfterElapsed: number;
};

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
  /** Mean CSAT of the linked inquiries; null until surveys exist. */
  csat: number | null;
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

const byType = (r: Pick<RankRow, "internal" | "prospect" | "buyer" | "user" | "churned">): CustomersByType => ({
  INTERNAL: r.internal, PROSPECT: r.prospect, BUYER: r.buyer, USER: r.user, CHURNED: r.churned,
});

const rollupColumn: Record<CustomerType, Prisma.Sql> = {
  INTERNAL: Prisma.raw(`p."internalCustomers"`),
  PROSPECT: Prisma.raw(`p."prospectCustomers"`),
  BUYER: Prisma.raw(`p."buyerCustomers"`),
  USER: Prisma.raw(`p."userCustomers"`),
  CHURNED: Prisma.raw(`p."churnedCustomers"`),
};

const tz = () => env.ORG_TIME_ZONE;

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
const stepWeeks = (start: Date, n: number) => memoWeek(`${tz()}|${start.getTime()}|${n}`, () => addWeeks(start, n, tz()));
const startOfWeek = (date: Date) => memoWeek(`${tz()}|${date.getTime()}`, () => weekStart(date, tz()));

/**
 * The fix board: five columns of problems (merged ones never), each ranked by impact, top
 * BOARD_COLUMN_LIMIT cards per column (or one column paged, with `column`). Reads the rollup
 * columns and ProblemWeek only — never the linked inquiries themselves, except for the tag filter
 * (an EXISTS per problem). Two rounds of statements: weights + ranking, then the shown cards'
 * details, sparklines and shipped windows. Every role may read.
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
    // LIMIT 1 keeps this a per-problem probe (problem → its inquiries → InquiryTag PK), which stops
    // at the first tagged inquiry; without it the planner hashes every inquiry carrying the tag.
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM (
        SELECT 1 FROM "Inquiry" i
        WHERE i."problemId" = p.id
          AND EXISTS (SELECT 1 FROM "InquiryTag" it WHERE it."inquiryId" = i.id AND it."tagId" = ${f.tag}::uuid)
        LIMIT 1) tagged)`);
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
  const [details, shippedWeeks] = await Promise.all([
    ids.length ? loadCardDetails(ids, sparklineWeeks) : [],
    shippedIds.length ? loadShipWindows(shippedIds) : [],
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
        csat: null,
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

/** Weeks after the ship week that have begun by `now` (0–4). */
function weeksAfterElapsed(shipWeek: Date, now: Date): number {
  let n = 0;
  for (let i = 1; i <= 4; i++) if (stepWeeks(shipWeek, i).getTime() <= now.getTime()) n = i;
  return n;
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

function listProblemOwners(): Promise<UserRef[]> {
  return db.user.findMany({
    // The roles setProblemOwner accepts.
    where: { active: true, role: { in: [...ownerRoles] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

// ─── A problem's page ────────────────────────────────────────────────────────────────────────

export const PROBLEM_INQUIRIES_PAGE_SIZE = 20;
const PROBLEM_EVENTS_LIMIT = 200;
const PROBLEM_CUSTOMERS_LIMIT = 50;
const CHART_WEEKS = 12;
const QUOTE_LENGTH = 280;

export type ProblemEventItem = {
  id: string;
  kind: "CREATED" | "STATUS" | "OWNER" | "LINKED" | "UNLINKED" | "MERGED" | "COMMENT" | "EDITED";
  body: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
  actor: UserRef | null;
};

export type LinkedInquiry = {
  id: string;
  number: number;
  subject: string;
  /** The start of the customer's own words, verbatim (cut at QUOTE_LENGTH with "…"). */
  quote: string;
  customer: UserRef;
  /** The customer's type when they asked (the inquiry's snapshot). */
  customerType: CustomerType;
  status: InquiryStatus;
  createdAt: Date;
};

export type ImpactBreakdown = {
  score: number;
  /** One term per customer type with customers: customers × weight = points. */
  terms: { type: CustomerType; customers: number; weight: number; points: number }[];
  /** Σ points, before the recency factor. */
  people: number;
  linkedCount: number;
  recentCount: number;
  recentWeeks: number;
  /** recentCount / linkedCount, capped at 1: the score is people × (1 + recencyShare). */
  recencyShare: number;
};

export type RemovedDetail = RemovedSummary & {
  shipWeek: Date;
  before: { weekStart: Date; count: number }[];
  after: { weekStart: Date; count: number }[];
};

export type ProblemDetail = {
  id: string;
  number: number;
  title: string;
  description: string;
  status: ProblemStatus;
  owner: UserRef | null;
  createdBy: UserRef | null;
  declineReason: string | null;
  releaseNote: string | null;
  respondedAt: Date | null;
  shippedAt: Date | null;
  createdAt: Date;
  version: number;
  mergedInto: { id: string; number: number; title: string } | null;
  mergedFrom: { id: string; number: number; title: string }[];
  linkedCount: number;
  customerCount: number;
  customersByType: CustomersByType;
  /** Oldest first; the most recent PROBLEM_EVENTS_LIMIT when there are more (eventsTruncated). */
  events: ProblemEventItem[];
  eventsTruncated: boolean;
  inquiries: { items: LinkedInquiry[]; nextCursor: string | null };
  /** The most-affected customers first (at most PROBLEM_CUSTOMERS_LIMIT; customerCount has all). */
  customers: { id: string; name: string; type: CustomerType; inquiryCount: number; lastInquiryAt: Date }[];
  /** Linked inquiries per week (by when they were asked), oldest first, every week present. */
  weekly: { weekStart: Date; count: number }[];
  impact: ImpactBreakdown;
  removed: RemovedDetail | null;
  /** Moves this actor may make (empty unless they may manage the board, or when merged). */
  allowedMoves: readonly ProblemStatus[];
  permissions: { manage: boolean; push: boolean; comment: boolean };
  /** Choices for the owner select (manage only). */
  owners: UserRef[];
};

const isGuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Keyset cursor over (createdAt DESC, id DESC): "<ISO time>_<id>", URL-safe. */
export function encodeInquiryCursor(at: Date, id: string): string {
  return `${at.toISOString()}_${id}`;
}

export function decodeInquiryCursor(cursor: string | undefined | null): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id, ...rest] = cursor.split("_");
  if (rest.length || !iso || !id || !isGuid(id)) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : { at, id };
}

/** The start of `text`, verbatim, cut on a word boundary when it is long. */
export function quoteOf(text: string, max = QUOTE_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Everything a problem's page shows. A merged problem still reads (with `mergedInto`, so the page
 * can point at the target). `cursor` pages the linked inquiries (newest first, 20 a page).
 * @throws NotFoundError when the id does not exist. ForbiddenError when the actor may not read the board.
 */
export async function getProblemDetail(
  actor: Actor,
  problemId: string,
  options: { cursor?: string | null; now?: Date } = {},
): Promise<ProblemDetail> {
  assertCan(actor, "board.read");
  if (!isGuid(problemId)) throw new NotFoundError("problem");
  const now = options.now ?? new Date();
  const cursor = decodeInquiryCursor(options.cursor);
  const manage = can(actor, "board.manage");

  const [problem, events, inquiries, customers, weekRows, weights, owners] = await Promise.all([
    db.problem.findFirst({
      where: { AND: [{ id: problemId }, problemScope(actor)] },
      select: {
        id: true, number: true, title: true, description: true, status: true, declineReason: true, releaseNote: true,
        respondedAt: true, shippedAt: true, createdAt: true, version: true, linkedCount: true, customerCount: true,
        internalCustomers: true, prospectCustomers: true, buyerCustomers: true, userCustomers: true, churnedCustomers: true,
        owner: { select: { id: true, name: true } },
        createdBy: { select: { id: true, name: true } },
        mergedInto: { select: { id: true, number: true, title: true } },
        mergedFrom: { select: { id: true, number: true, title: true }, orderBy: { number: "asc" } },
      },
    }),
    db.problemEvent.findMany({
      where: { problemId },
      select: { id: true, kind: true, body: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PROBLEM_EVENTS_LIMIT + 1,
    }),
    db.inquiry.findMany({
      where: {
        problemId,
        ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
      },
      select: {
        id: true, number: true, subject: true, body: true, customerType: true, status: true, createdAt: true,
        customer: { select: { id: true, name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PROBLEM_INQUIRIES_PAGE_SIZE + 1,
    }),
    db.problemCustomer.findMany({
      where: { problemId },
      select: { customerType: true, inquiryCount: true, lastInquiryAt: true, customer: { select: { id: true, name: true } } },
      orderBy: [{ inquiryCount: "desc" }, { lastInquiryAt: "desc" }],
      take: PROBLEM_CUSTOMERS_LIMIT,
    }),
    db.problemWeek.findMany({ where: { problemId }, select: { weekStart: true, count: true }, orderBy: { weekStart: "asc" } }),
    loadTypeWeights(),
    manage ? listProblemOwners() : Promise.resolve([]),
  ]);
  if (!problem) throw new NotFoundError("problem");

  const thisWeek = startOfWeek(now);
  const weekly = new Map(weekRows.map((w) => [w.weekStart.toISOString(), w.count]));
  const recentStart = stepWeeks(thisWeek, -(RECENT_WEEKS - 1)).getTime();
  const recentCount = weekRows.reduce((sum, w) => (w.weekStart.getTime() >= recentStart ? sum + w.count : sum), 0);
  const customersByType = byType({
    internal: problem.internalCustomers, prospect: problem.prospectCustomers, buyer: problem.buyerCustomers,
    user: problem.userCustomers, churned: problem.churnedCustomers,
  });

  const page = inquiries.slice(0, PROBLEM_INQUIRIES_PAGE_SIZE);
  const last = page.at(-1);
  const shipWeek = problem.status === "SHIPPED" && problem.shippedAt ? startOfWeek(problem.shippedAt) : null;

  return {
    id: problem.id,
    number: problem.number,
    title: problem.title,
    description: problem.description,
    status: problem.status,
    owner: problem.owner,
    createdBy: problem.createdBy,
    declineReason: problem.declineReason,
    releaseNote: problem.releaseNote,
    respondedAt: problem.respondedAt,
    shippedAt: problem.shippedAt,
    createdAt: problem.createdAt,
    version: problem.version,
    mergedInto: problem.mergedInto,
    mergedFrom: problem.mergedFrom,
    linkedCount: problem.linkedCount,
    customerCount: problem.customerCount,
    customersByType,
    events: events.slice(0, PROBLEM_EVENTS_LIMIT).reverse().map((e) => ({ ...e, data: isRecord(e.data) ? e.data : null })),
    eventsTruncated: events.length > PROBLEM_EVENTS_LIMIT,
    inquiries: {
      items: page.map((i) => ({
        id: i.id, number: i.number, subject: i.subject, quote: quoteOf(i.body), customer: i.customer,
        customerType: i.customerType, status: i.status, createdAt: i.createdAt,
      })),
      nextCursor: inquiries.length > PROBLEM_INQUIRIES_PAGE_SIZE && last ? encodeInquiryCursor(last.createdAt, last.id) : null,
    },
    customers: customers.map((c) => ({ ...c.customer, type: c.customerType, inquiryCount: c.inquiryCount, lastInquiryAt: c.lastInquiryAt })),
    weekly: chartWeeks(problem.createdAt, weekRows, thisWeek, shipWeek).map((w) => ({ weekStart: w, count: weekly.get(w.toISOString()) ?? 0 })),
    impact: impactBreakdown(customersByType, problem.linkedCount, recentCount, weights),
    removed: shipWeek ? removedDetail(weekly, shipWeek, now) : null,
    allowedMoves: manage && !problem.mergedInto ? allowedProblemMoves(problem.status) : [],
    permissions: { manage, push: can(actor, "board.push"), comment: can(actor, "board.comment") },
    owners,
  };
}

/**
 * The chart's weeks: the last CHART_WEEKS, or since the problem's first week when that is later;
 * for a shipped problem always from 4 weeks before the ship week, so before/after is visible.
 */
function chartWeeks(createdAt: Date, rows: { weekStart: Date }[], thisWeek: Date, shipWeek: Date | null): Date[] {
  let start = stepWeeks(thisWeek, -(CHART_WEEKS - 1));
  const firstData = rows[0]?.weekStart;
  const created = startOfWeek(createdAt);
  const first = firstData && firstData.getTime() < created.getTime() ? firstData : created;
  if (first.getTime() > start.getTime()) start = first;
  if (shipWeek) {
    const beforeShip = stepWeeks(shipWeek, -4);
    if (beforeShip.getTime() < start.getTime()) start = beforeShip;
  }
  const weeks: Date[] = [];
  for (let w = start; w.getTime() <= thisWeek.getTime() && weeks.length < 260; w = stepWeeks(w, 1)) weeks.push(w);
  return weeks;
}

function impactBreakdown(customersByType: CustomersByType, linkedCount: number, recentCount: number, weights: TypeWeights): ImpactBreakdown {
  // Heaviest types first, so the sentence reads "3 churned × 3 + 5 buyers × 2 + …".
  const terms = customerTypes
    .filter((type) => customersByType[type] > 0)
    .map((type) => ({ type, customers: customersByType[type], weight: weights[type], points: customersByType[type] * weights[type] }))
    .sort((a, b) => b.weight - a.weight);
  return {
    score: impactScore({ customersByType, linkedCount, recentCount }, weights),
    terms,
    people: terms.reduce((sum, t) => sum + t.points, 0),
    linkedCount,
    recentCount,
    recentWeeks: RECENT_WEEKS,
    recencyShare: linkedCount > 0 ? Math.min(1, recentCount / linkedCount) : 0,
  };
}

function removedDetail(weekly: Map<string, number>, shipWeek: Date, now: Date): RemovedDetail {
  const r = inquiriesRemoved(weekly, shipWeek, stepWeeks);
  const at = (offsets: number[], counts: number[]) => offsets.map((o, i) => ({ weekStart: stepWeeks(shipWeek, o), count: counts[i] }));
  return {
    shipWeek,
    beforePerWeek: r.beforePerWeek,
    afterPerWeek: r.afterPerWeek,
    removedPerWeek: r.removedPerWeek,
    weeksAfterElapsed: weeksAfterElapsed(shipWeek, now),
    before: at([-4, -3, -2, -1], r.before),
    after: at([1, 2, 3, 4], r.after),
  };
}

export type MergeCandidate = { id: string; number: number; title: string; status: ProblemStatus; linkedCount: number };

/**
 * Problems a problem can be merged into, for the merge picker: "#12" or "12" finds by number,
 * other text by title (case-insensitive). Never the problem itself or a merged one.
 * @throws ForbiddenError when the actor may not manage the board.
 */
export async function searchMergeTargets(actor: Actor, problemId: string, q: string): Promise<MergeCandidate[]> {
  assertCan(actor, "board.manage");
  const text = q.trim().slice(0, 200);
  if (!text || !isGuid(problemId)) return [];
  const number = /^#?\d{1,9}$/.test(text) ? Number(text.replace("#", "")) : null;
  return db.problem.findMany({
    where: {
      id: { not: problemId },
      mergedIntoId: null,
      OR: [{ title: { contains: text, mode: "insensitive" } }, ...(number !== null ? [{ number }] : [])],
    },
    select: { id: true, number: true, title: true, status: true, linkedCount: true },
    orderBy: [{ linkedCount: "desc" }, { number: "desc" }],
    take: 8,
  });
}

/**
 * What shipping would do, for the ship dialog: the still-open linked inquiries it can resolve, and
 * the affected customers with an email address who will be told (one message each).
 * @throws NotFoundError, ForbiddenError (board.manage)
 */
export async function getShipPreview(actor: Actor, problemId: string): Promise<{ openLinked: number; notifiable: number }> {
  assertCan(actor, "board.manage");
  if (!isGuid(problemId)) throw new NotFoundError("problem");
  const [problem, openLinked, notifiable] = await Promise.all([
    db.problem.findFirst({ where: { AND: [{ id: problemId }, problemScope(actor), { mergedIntoId: null }] }, select: { id: true } }),
    db.inquiry.count({ where: { problemId, status: { in: [...openStatuses] } } }),
    // Same rule as shipping's outbox: one message per linked customer with a non-empty email.
    db.problemCustomer.count({ where: { problemId, customer: { AND: [{ email: { not: null } }, { email: { not: "" } }] } } }),
  ]);
  if (!problem) throw new NotFoundError("problem");
  return { openLinked, notifiable };
}
