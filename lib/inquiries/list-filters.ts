/**
 * The inquiry queue's filters as they live in the URL, and its keyset cursor. Pure (zod only):
 * the page, the components, the bench and the unit tests all use it without a database.
 */
import { z } from "zod";
import { channels, customerTypes, inquiryStatuses, priorities, type Channel, type CustomerType, type InquiryStatus, type Priority } from "./rules";

export const listSorts = ["newest", "oldest", "due"] as const;
export type ListSort = (typeof listSorts)[number];

export const QUEUE_PAGE_SIZE = 25;

// Any 8-4-4-4-12 hex id: ids from other tools or the bench need not be RFC v4 (z.uuid() is strict).
const idSchema = z.guid();

/** URL values arrive as string | string[] | undefined; a blank field from a GET form means "any". */
function first(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === null) return undefined;
  if (typeof v === "string") {
    const trimmed = v.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  return v;
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional());

/** `status=NEW&status=OPEN` or `status=NEW,OPEN` (or an array from code). */
const statusList = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return undefined;
    const parts = (Array.isArray(value) ? value : [value])
      .flatMap((v) => (typeof v === "string" ? v.split(",") : [v]))
      .map((v) => (typeof v === "string" ? v.trim() : v))
      .filter((v) => v !== "");
    return parts.length ? [...new Set(parts)] : undefined;
  },
  z.array(z.enum(inquiryStatuses)).max(inquiryStatuses.length).optional(),
);

/**
 * A week as the dashboard links it: the YYYY-MM-DD of its Monday (any real date of the week is
 * accepted; list.ts snaps it to that week's Monday in the org time zone, so the zone stays out of
 * this pure module). Inquiries created within that Monday–Sunday week.
 */
export const weekDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2999 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}, "not a calendar date");

const flag = z.preprocess((value) => {
  const v = first(value);
  return v === true || v === "1" || v === "true";
}, z.boolean());

export const inquiryListFiltersSchema = z
  .object({
    status: statusList,
    customerType: optional(z.enum(customerTypes)),
    channel: optional(z.enum(channels)),
    tag: optional(idSchema),
    /** "me", "unassigned", or a user id. */
    assignee: optional(z.union([z.literal("me"), z.literal("unassigned"), idSchema])),
    priority: optional(z.enum(priorities)),
    q: optional(z.string().max(200)),
    sort: z.preprocess(first, z.enum(listSorts).default("newest")),
    cursor: optional(z.string().max(400)),
    overdue: flag,
    week: optional(weekDaySchema),
  })
  .superRefine((value, ctx) => {
    if (value.cursor !== undefined && !decodeCursor(value.cursor, value.sort)) {
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "invalid cursor for this sort" });
    }
  });

type UrlValue = string | string[] | null | undefined;

/**
 * What listInquiries takes: URL-shaped values (strings, repeated keys, blanks) or already-parsed
 * ones, typed for code (the schema's own input type is `unknown` because of the preprocessing).
 */
export type InquiryListFilters = {
  status?: InquiryStatus | readonly InquiryStatus[] | UrlValue;
  customerType?: CustomerType | UrlValue;
  channel?: Channel | UrlValue;
  tag?: UrlValue;
  assignee?: "me" | "unassigned" | UrlValue;
  priority?: Priority | UrlValue;
  q?: UrlValue;
  sort?: ListSort | UrlValue;
  cursor?: UrlValue;
  overdue?: boolean | UrlValue;
  /** YYYY-MM-DD of a week's Monday (org time zone): created within that week. */
  week?: UrlValue;
};
export type ParsedInquiryListFilters = z.output<typeof inquiryListFiltersSchema>;

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * For pages: a hand-edited or stale URL should still show the queue, so a value that does not
 * parse is dropped (treated as "any") instead of failing the page. `dropped` names those keys.
 */
export function parseInquiryListSearchParams(params: SearchParams): { filters: ParsedInquiryListFilters; dropped: string[] } {
  const input: Record<string, unknown> = { ...params };
  const dropped: string[] = [];
  // Each pass removes every key with an issue; the cursor check runs only once the rest parses,
  // so at most a few passes are ever needed.
  for (let pass = 0; pass < 4; pass++) {
    const result = inquiryListFiltersSchema.safeParse(input);
    if (result.success) return { filters: result.data, dropped };
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key in input) {
        delete input[key];
        dropped.push(key);
      }
    }
  }
  return { filters: inquiryListFiltersSchema.parse({}), dropped: Object.keys(params) };
}

/** The filters as URL search params (defaults left out, so links stay short and shareable). */
export function filtersToSearchParams(filters: ParsedInquiryListFilters, overrides: Partial<ParsedInquiryListFilters> = {}) {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (f.week) params.set("week", f.week);
  for (const s of f.status ?? []) params.append("status", s);
  if (f.customerType) params.set("customerType", f.customerType);
  if (f.channel) params.set("channel", f.channel);
  if (f.tag) params.set("tag", f.tag);
  if (f.assignee) params.set("assignee", f.assignee);
  if (f.priority) params.set("priority", f.priority);
  if (f.q) params.set("q", f.q);
  if (f.overdue) params.set("overdue", "1");
  if (f.sort !== "newest") params.set("sort", f.sort);
  if (f.cursor) params.set("cursor", f.cursor);
  return params;
}

/** True when any filter narrows the list (sort and cursor do not). */
export function hasActiveFilters(f: ParsedInquiryListFilters): boolean {
  return Boolean(f.status?.length || f.customerType || f.channel || f.tag || f.assignee || f.priority || f.q || f.overdue || f.week);
}

// ---------------------------------------------------------------------------------------------
// Keyset cursor: the sort key of the last row shown (createdAt+id, or dueAt+id for "due"), with
// the sort it belongs to so a cursor from one ordering is never applied to another. Opaque to
// clients (base64url of JSON); only this module reads it.

export type CursorKey = { at: Date; id: string };

export function encodeCursor(sort: ListSort, key: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, key.at.toISOString(), key.id]), "utf8").toString("base64url");
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The key inside a cursor, or null when it is malformed or was made for another sort. */
export function decodeCursor(cursor: string, sort: ListSort): CursorKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [s, at, id] = parsed as unknown[];
  if (s !== sort || typeof at !== "string" || !isoInstant.test(at) || !idSchema.safeParse(id).success) return null;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? null : { at: date, id: id as string };
}

/** The column a sort pages by. */
export const cursorColumn = (sort: ListSort): "createdAt" | "dueAt" => (sort === "due" ? "dueAt" : "createdAt");

