/**
 * The board's filters as they live in the URL (/board?owner=…&tag=…&customerType=…&column=…).
 * Pure (zod only): the page, the filter bar and the unit tests share it without a database.
 */
import { z } from "zod";
import { customerTypes, type CustomerType } from "@/lib/inquiries/rules";
import { problemStatuses, type ProblemStatus } from "./rules";

/** Cards per column on the board; a column view (?column=…) pages through the rest. */
export const BOARD_COLUMN_LIMIT = 50;
export const BOARD_COLUMN_PAGE_SIZE = 100;

// Any 8-4-4-4-12 hex id (seeded or imported ids need not be RFC v4).
const idSchema = z.guid();

function first(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return v ?? undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional());

export const boardFiltersSchema = z.object({
  /** "me", "none" (no owner yet), or a user id. */
  owner: optional(z.union([z.literal("me"), z.literal("none"), idSchema])),
  tag: optional(idSchema),
  customerType: optional(z.enum(customerTypes)),
  /** One column on its own, paged (the "+N more" link). */
  column: optional(z.enum(problemStatuses)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1)),
});

export type BoardFilters = {
  owner?: "me" | "none" | string;
  tag?: string;
  customerType?: CustomerType;
  column?: ProblemStatus;
  page?: number;
};
export type ParsedBoardFilters = z.infer<typeof boardFiltersSchema>;

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * URL → filters. A value that does not parse (a stale tag id, a typo) is dropped rather than
 * failing the page, and reported so the page can say so.
 */
export function parseBoardSearchParams(params: SearchParams): { filters: ParsedBoardFilters; dropped: string[] } {
  const raw: Record<string, unknown> = {};
  const dropped: string[] = [];
  const shape = boardFiltersSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(params[key]);
    if (parsed.success) raw[key] = parsed.data;
    else dropped.push(key);
  }
  return { filters: boardFiltersSchema.parse(raw), dropped };
}

/** Filters → query string (without empty values, page 1, or what `override` clears). */
export function boardSearchParams(filters: BoardFilters, override: Partial<Record<keyof BoardFilters, string | number | undefined>> = {}): URLSearchParams {
  const merged: Record<string, unknown> = { ...filters, ...override };
  const params = new URLSearchParams();
  for (const key of ["owner", "tag", "customerType", "column", "page"] as const) {
    const value = merged[key];
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    params.set(key, String(value));
  }
  return params;
}

export const boardHref = (filters: BoardFilters, override: Parameters<typeof boardSearchParams>[1] = {}) => {
  const params = boardSearchParams(filters, override);
  return params.size ? `/board?${params}` : "/board";
};

export const hasBoardFilters = (f: BoardFilters) => Boolean(f.owner || f.tag || f.customerType);
