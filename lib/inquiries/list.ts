import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { parseWeekParam } from "@/lib/dashboard/rules";
import { addWeeks } from "@/lib/time/week";
import { inquiryScope } from "./scope";
import { isOverdue, openStatuses, type Channel, type CustomerType, type InquiryStatus, type Priority } from "./rules";
import {
  QUEUE_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  inquiryListFiltersSchema,
  type InquiryListFilters,
  type ListSort,
  type ParsedInquiryListFilters,
} from "./list-filters";

export { inquiryListFiltersSchema, QUEUE_PAGE_SIZE, type InquiryListFilters };

export type InquiryListItem = {
  id: string;
  number: number;
  subject: string;
  /** The start of the body on one line, for the row's second line. */
  snippet: string;
  status: InquiryStatus;
  priority: Priority;
  channel: Channel;
  /** The snapshot taken when the inquiry was logged, not the customer's current type. */
  customerType: CustomerType;
  customer: { id: string; name: string };
  assignee: { id: string; name: string } | null;
  tags: { id: string; name: string; color: string }[];
  createdAt: Date;
  dueAt: Date;
  overdue: boolean;
};

export type InquiryListPage = { items: InquiryListItem[]; nextCursor: string | null };

type Row = {
  id: string;
  number: number;
  subject: string;
  snippet: string;
  status: InquiryStatus;
  priority: Priority;
  channel: Channel;
  customerType: CustomerType;
  customerId: string;
  customerName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  dueAt: Date;
  tags: { id: string; name: string; color: string }[];
};

const SNIPPET_LENGTH = 140;

/**
 * One page of the inquiry queue, newest first by default, keyset-paginated (never OFFSET, no total
 * count). Every role may read. One SQL statement per page (plus a settings statement for 1–2
 * character searches); `now` decides what is overdue.
 * @throws ForbiddenError when the actor may not read inquiries.
 */
export async function listInquiries(
  actor: Actor,
  filters: InquiryListFilters,
  options: { now?: Date } = {},
): Promise<InquiryListPage> {
  assertCan(actor, "inquiries.read");
  const f = inquiryListFiltersSchema.parse(filters);
  const now = options.now ?? new Date();
  const { sql, shortSearch } = buildListSql(actor, f, now);

  const rows = shortSearch
    ? (await db.$transaction([db.$queryRaw(shortSearchSetting), db.$queryRaw<Row[]>(sql)]))[1]
    : await db.$queryRaw<Row[]>(sql);

  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  const nextCursor =
    rows.length > QUEUE_PAGE_SIZE && last
      ? encodeCursor(f.sort, { at: f.sort === "due" ? last.dueAt : last.createdAt, id: last.id })
      : null;
  return { items: page.map((row) => toItem(row, now)), nextCursor };
}

/**
 * The one statement behind a queue page (exported for the bench's raw-SQL floor and for the
 * EXPLAIN test). `shortSearch` means it must run after shortSearchSetting in one transaction.
 */
export function buildListSql(actor: Actor, f: ParsedInquiryListFilters, now: Date): { sql: Prisma.Sql; shortSearch: boolean } {
  const where = [scopeSql(inquiryScope(actor)), ...filterSql(actor, f, now)];
  const cursor = f.cursor ? decodeCursor(f.cursor, f.sort) : null;
  if (cursor) where.push(cursorSql(f.sort, cursor.at, cursor.id));
  const search = f.q ? searchSql(f.q) : null;
  if (search) where.push(search.where);

  // The page is picked (and limited) in the subquery before any join, so the joins and the tag
  // aggregate run for at most PAGE_SIZE + 1 rows whatever plan the filter part gets.
  const sql = Prisma.sql`
    SELECT p.id, p.number, p.subject, p.snippet, p.status::text AS status, p.priority::text AS priority,
           p.channel::text AS channel, p."customerType"::text AS "customerType",
           p."customerId", c.name AS "customerName", p."assigneeId", u.name AS "assigneeName",
           p."createdAt", p."dueAt",
           COALESCE((
             SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name)
             FROM "InquiryTag" it JOIN "Tag" t ON t.id = it."tagId"
             WHERE it."inquiryId" = p.id
           ), '[]'::json) AS tags
    FROM (
      SELECT i.id, i.number, i.subject, left(i.body, ${SNIPPET_LENGTH * 2}) AS snippet, i.status, i.priority,
             i.channel, i."customerType", i."customerId", i."assigneeId", i."createdAt", i."dueAt"
      FROM "Inquiry" i
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${orderSql(f.sort, "i")}
      LIMIT ${QUEUE_PAGE_SIZE + 1}
    ) p
    JOIN "Customer" c ON c.id = p."customerId"
    LEFT JOIN "User" u ON u.id = p."assigneeId"
    ORDER BY ${orderSql(f.sort, "p")}`;
  return { sql, shortSearch: search?.short ?? false };
}

function toItem(row: Row, now: Date): InquiryListItem {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    snippet: snippet(row.snippet),
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    customerType: row.customerType,
    customer: { id: row.customerId, name: row.customerName },
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "" } : null,
    tags: row.tags,
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    overdue: isOverdue(row, now),
  };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : flat;
}

/**
 * inquiryScope speaks Prisma `where`; this query is raw SQL. Translate the shapes it returns today
 * and refuse anything else, so a future, narrower scope cannot silently widen the list.
 */
function scopeSql(scope: Prisma.InquiryWhereInput): Prisma.Sql {
  const keys = Object.keys(scope);
  if (keys.length === 0) return Prisma.sql`TRUE`;
  const id = scope.id;
  if (keys.length === 1 && id && typeof id === "object" && Array.isArray(id.in) && id.in.length === 0) return Prisma.sql`FALSE`;
  throw new Error("listInquiries: inquiryScope returned a filter scopeSql cannot translate");
}

function filterSql(actor: Actor, f: ParsedInquiryListFilters, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // "Due first" is the work queue: without a status filter it lists open inquiries only, or
  // long-closed ones (the earliest due times) would fill every page.
  const statuses = f.status?.length ? f.status : f.sort === "due" ? [...openStatuses] : [];
  // A single value compares with "=" so the planner can walk (status, createdAt, id) in order.
  if (statuses.length === 1) where.push(Prisma.sql`i.status = ${statuses[0]}::"InquiryStatus"`);
  else if (statuses.length) where.push(Prisma.sql`i.status = ANY(${statuses}::"InquiryStatus"[])`);
  if (f.customerType) where.push(Prisma.sql`i."customerType" = ${f.customerType}::"CustomerType"`);
  if (f.week) {
    // A createdAt range (Monday 00:00 to the next Monday, org time zone), so the week is a range
    // seek on the createdAt-ordered indexes like a cursor — never a function over every row.
    const range = weekRange(f.week);
    if (range) where.push(Prisma.sql`i."createdAt" >= ${range.start}::timestamp(3) AND i."createdAt" < ${range.end}::timestamp(3)`);
  }
  if (f.channel) where.push(Prisma.sql`i.channel = ${f.channel}::"Channel"`);
  if (f.priority) where.push(Prisma.sql`i.priority = ${f.priority}::"Priority"`);
  if (f.assignee === "unassigned") where.push(Prisma.sql`i."assigneeId" IS NULL`);
  else if (f.assignee) where.push(Prisma.sql`i."assigneeId" = ${f.assignee === "me" ? actor.id : f.assignee}::uuid`);
  if (f.tag) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "InquiryTag" it WHERE it."inquiryId" = i.id AND it."tagId" = ${f.tag}::uuid)`);
  }
  // Same rule as isOverdue() in rules.ts: still open and past its due time.
  if (f.overdue) {
    where.push(Prisma.sql`i.status = ANY(${[...openStatuses]}::"InquiryStatus"[]) AND i."dueAt" < ${now}::timestamp(3)`);
  }
  return where;
}

/** The instants a `week` filter spans in the org time zone (null: not a date; the schema rejects those). */
export function weekRange(week: string): { start: Date; end: Date } | null {
  const start = parseWeekParam(week, env.ORG_TIME_ZONE);
  return start ? { start, end: addWeeks(start, 1, env.ORG_TIME_ZONE) } : null;
}

// Row comparisons match the (createdAt DESC, id DESC) and (dueAt, id) indexes, scanned forwards
// or backwards, so the next page starts with an index seek.
function cursorSql(sort: ListSort, at: Date, id: string): Prisma.Sql {
  if (sort === "newest") return Prisma.sql`(i."createdAt", i.id) < (${at}::timestamp(3), ${id}::uuid)`;
  if (sort === "oldest") return Prisma.sql`(i."createdAt", i.id) > (${at}::timestamp(3), ${id}::uuid)`;
  return Prisma.sql`(i."dueAt", i.id) > (${at}::timestamp(3), ${id}::uuid)`;
}

function orderSql(sort: ListSort, alias: "i" | "p"): Prisma.Sql {
  const a = Prisma.raw(alias);
  if (sort === "newest") return Prisma.sql`${a}."createdAt" DESC, ${a}.id DESC`;
  if (sort === "oldest") return Prisma.sql`${a}."createdAt" ASC, ${a}.id ASC`;
  return Prisma.sql`${a}."dueAt" ASC, ${a}.id ASC`;
}

/** `%`, `_` and `\` are literal in the search box. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * Words in subject or body, case-insensitive, served by the pg_trgm GIN indexes on both columns.
 *
 * From 3 characters on, `ILIKE '%q%'` is exact and the index can answer it (q has trigrams).
 * A 1–2 character q has no trigram inside '%q%', so ILIKE alone would mean a scan of every row,
 * yet Korean words are often two syllables (배송, 환불, 결제). For those we first ask the index
 * for rows with a *word starting with q* (`q <% column`: word similarity over q's padded
 * trigrams "  배", " 배송", "배송 "), then keep only rows that really contain q (ILIKE).
 * Trade-off: a short q is found at the start of a word — "배송", "배송이", "배송비",
 * "환불해 주세요" — but not inside a longer compound ("무료배송", "부분환불"); type 3+
 * characters ("무료배", "배송비") to find those. shortSearchSetting pins the threshold.
 */
function searchSql(q: string): { where: Prisma.Sql; short: boolean } {
  const pattern = `%${escapeLike(q)}%`;
  const contains = Prisma.sql`(i.subject ILIKE ${pattern} OR i.body ILIKE ${pattern})`;
  if ([...q].length >= 3) return { where: contains, short: false };
  return {
    // The cheap ILIKE first: when the planner walks the createdAt index instead of the trigram
    // indexes (a frequent word), the costly word-similarity check then runs only on real matches
    // (bench at 1M, "파손": 138–188 ms → 15–45 ms).
    where: Prisma.sql`${contains} AND (${q}::text <% i.subject OR ${q}::text <% i.body)`,
    short: true,
  };
}

/**
 * 0.5, for this transaction only: a 2-character q has 3 padded trigrams and a word starting with it
 * shares 2 (0.67); a 1-character q has 2 and shares 1 (0.5), which the default 0.6 would miss.
 */
export const shortSearchSetting = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`;
