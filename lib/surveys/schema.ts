/**
 * Inputs of the survey results (/surveys): the week range and agent filter of getSurveyResults,
 * the low-scores page, the one-click reopen, and how they live in the URL. Pure (zod only), so the
 * page, lib and unit tests share it without a database.
 */
import { z } from "zod";

/** Weeks shown by default: the current week and the 11 complete weeks before it. */
export const DEFAULT_RESULT_WEEKS = 12;
export const MAX_RESULT_WEEKS = 52;
/** The ranges the page offers (any 1–52 works through the URL). */
export const RESULT_WEEK_CHOICES = [4, 8, 12, 26, 52] as const;
export const LOW_SCORES_PAGE_SIZE = 20;

// Any 8-4-4-4-12 hex id: seeded ids and the nil uuid (NO_AGENT, "unassigned") are not RFC v4.
const idSchema = z.guid();
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function first(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return v ?? undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** "YYYY-MM-DD" (a day in the org's calendar) or a Date; the range ends with the week containing it. */
const untilSchema = z.preprocess(
  (v) => {
    const value = first(v);
    if (typeof value === "string" && dayPattern.test(value)) return new Date(`${value}T12:00:00Z`);
    return value;
  },
  z.date().refine((d) => !Number.isNaN(d.getTime()), "invalid").optional(),
);

export const surveyResultsSchema = z.object({
  weeks: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_RESULT_WEEKS).default(DEFAULT_RESULT_WEEKS)),
  /** The last week of the range is the one containing this day; default: the current week. */
  until: untilSchema,
  /** One agent's results (the actor's own id for "my results"; NO_AGENT for unassigned). */
  agentId: z.preprocess(first, idSchema.optional()),
});
export type SurveyResultsInput = z.input<typeof surveyResultsSchema>;

export const lowScoresSchema = z.object({
  cursor: z.preprocess(first, z.string().max(100).optional()),
  limit: z.preprocess(first, z.coerce.number().int().min(1).max(100).default(LOW_SCORES_PAGE_SIZE)),
  agentId: z.preprocess(first, idSchema.optional()),
});
export type LowScoresInput = z.input<typeof lowScoresSchema>;

/** The one-click "Reopen inquiry" of a low score: the version the list was rendered with. */
export const reopenInquirySchema = z.object({
  inquiryId: z.guid(),
  expectedVersion: z.coerce.number().int().min(1),
});

export type SearchParams = Record<string, string | string[] | undefined>;

/** /surveys?weeks=12&until=2026-06-01&agent=me|<id>&cursor=… as the page reads it. */
export type SurveyPageFilters = {
  weeks: number;
  until?: string;
  /** "me" or a user id (NO_AGENT: unassigned). */
  agent?: string;
  cursor?: string;
};

const pageSchema = {
  weeks: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_RESULT_WEEKS).default(DEFAULT_RESULT_WEEKS)),
  until: z.preprocess(first, z.string().regex(dayPattern).refine((s) => !Number.isNaN(new Date(`${s}T12:00:00Z`).getTime())).optional()),
  agent: z.preprocess(first, z.union([z.literal("me"), idSchema]).optional()),
  cursor: z.preprocess(first, z.string().max(100).optional()),
};

/**
 * URL → filters. A value that does not parse (a typo, a stale id) is dropped rather than failing
 * the page, and reported so the page can say so.
 */
export function parseSurveySearchParams(params: SearchParams): { filters: SurveyPageFilters; dropped: string[] } {
  const filters: SurveyPageFilters = { weeks: DEFAULT_RESULT_WEEKS };
  const dropped: string[] = [];
  for (const key of Object.keys(pageSchema) as (keyof typeof pageSchema)[]) {
    const parsed = pageSchema[key].safeParse(params[key]);
    if (!parsed.success) dropped.push(key);
    else if (parsed.data !== undefined) (filters as Record<string, unknown>)[key] = parsed.data;
  }
  return { filters, dropped };
}

/** Filters → /surveys URL (defaults left out; the cursor is dropped unless given in `change`). */
export function surveysHref(filters: SurveyPageFilters, change: Partial<SurveyPageFilters> = {}): string {
  const next = { ...filters, cursor: undefined, ...change };
  const params = new URLSearchParams();
  if (next.weeks !== DEFAULT_RESULT_WEEKS) params.set("weeks", String(next.weeks));
  if (next.until) params.set("until", next.until);
  if (next.agent) params.set("agent", next.agent);
  if (next.cursor) params.set("cursor", next.cursor);
  return params.size ? `/surveys?${params}` : "/surveys";
}
