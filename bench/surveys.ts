/**
 * Surveys in the bench (issue 4, "Performance"): 300,000 responses at 1M inquiries, the results
 * page's data through lib/, and the public answer POST under load (bench/http.ts).
 *
 * Seed (set-based, like the rest of bench/seed.ts): survey requests for resolved inquiries —
 * 500k per 1M inquiries, created when the inquiry was resolved, 60% of them answered (300k
 * responses: CSAT on most, CSAT + CES on a third, CES alone on a few; a skewed score mix, a
 * third with a Korean or English comment) — plus `reserved` unanswered CSAT requests (20k at 1M)
 * for the POST benchmark, one per request, dated the last two days so their links have not
 * expired. Keys and indexes of the survey tables are dropped around the load and rebuilt; then
 * the SurveyWeek rollup is rebuilt through lib/surveys/rollups.ts (timed).
 */
import type pg from "pg";
import { libImporter, timedRebuild } from "./lib-import";

type Q = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

export type SurveySeed = {
  requests: number;
  responses: number;
  /** Unanswered CSAT requests for the POST benchmark: one token each. */
  reserved: { id: string; expiresAt: Date }[];
  rebuildSeconds: number | null;
  rebuildError?: string;
  /** Seconds the survey part of the seed took (load, keys, rollup rebuild). */
  seconds: number;
};

/** Survey volume at this scale: 500k requests / 300k responses / 20k reserved at 1M inquiries. */
export function surveysFor(inquiries: number): { requests: number; responses: number; reserved: number } {
  const f = inquiries / 1_000_000;
  return {
    requests: Math.round(500_000 * f),
    responses: Math.round(300_000 * f),
    // At least enough for a short POST run at small N (tokens are used once each).
    reserved: Math.max(5_000, Math.round(20_000 * f)),
  };
}

const comments = {
  low: {
    ko: ["답변이 너무 늦었어요.", "같은 내용을 몇 번이나 다시 설명해야 했습니다.", "해결됐다고 했는데 다음 날 또 같은 문제가 생겼어요.", "환불 안내가 사람마다 달랐습니다."],
    en: ["Took far too long.", "Had to explain the same thing three times.", "Marked resolved, but it broke again the next day.", "Every reply asked for one more screenshot."],
  },
  high: {
    ko: ["빠르게 해결해 주셔서 감사합니다!", "친절하게 하나하나 알려 주셨어요.", "전화 한 통에 해결됐어요."],
    en: ["Quick and friendly, thanks!", "Sorted before the dinner rush.", "Clear instructions, worked first time."],
  },
};

/** Bench answers posted to /api/s/<token>: a score and a comment, low ones now and then. */
export const POST_ANSWERS = [
  { csat: 5, comment: "빠르게 해결해 주셔서 감사합니다!" },
  { csat: 4, comment: "Fixed in the end, thanks." },
  { csat: 2, comment: "답변이 너무 늦었어요. 그사이 장사를 못 했습니다." },
  { csat: 5, comment: "" },
  { csat: 1, comment: "Had to explain the same thing three times." },
  { csat: 3, comment: "무난했습니다." },
] as const;

/**
 * Creates the survey requests and responses (the inquiries must be loaded and indexed). The
 * caller drops and restores the survey tables' keys around it.
 */
export async function seedSurveys(
  q: Q,
  opts: { inquiries: number; nowUtc: string; timeZone: string; step: <T>(name: string, fn: () => Promise<T>) => Promise<T> },
): Promise<Omit<SurveySeed, "rebuildSeconds" | "seconds">> {
  const want = surveysFor(opts.inquiries);
  const { nowUtc, timeZone } = opts;
  const week = (col: string) =>
    `((date_trunc('week', ((${col} AT TIME ZONE 'UTC') AT TIME ZONE '${timeZone}')) AT TIME ZONE '${timeZone}') AT TIME ZONE 'UTC')`;

  const staged = await opts.step(`stage ${want.requests.toLocaleString("en")} survey requests + ${want.reserved.toLocaleString("en")} reserved`, async () => {
    // Every resolved inquiry, newest first: the newest are reserved for the POST benchmark.
    await q(`CREATE TEMP TABLE bench_sv AS
      SELECT i.id AS inquiry_id, i."customerId" AS customer_id, i."assigneeId" AS agent_id, i.channel, i."customerType" AS customer_type,
             i."resolvedAt" AS resolved_at, c.email, c.name,
             CASE WHEN i.subject ~ '[가-힣]' THEN 'ko' ELSE 'en' END AS lang,
             random() AS r_pick, random() AS r_ans, random() AS r_form, random() AS r_csat, random() AS r_ces,
             random() AS r_delay, random() AS r_comment, random() AS r_text,
             row_number() OVER (ORDER BY i."resolvedAt" DESC, i.id) AS recency
      FROM "Inquiry" i JOIN "Customer" c ON c.id = i."customerId"
      WHERE i."resolvedAt" IS NOT NULL`);
    const resolved = Number((await q(`SELECT count(*)::int AS n FROM bench_sv`)).rows[0].n);
    const reserved = Math.min(want.reserved, Math.floor(resolved / 4));
    const pick = Math.min(1, want.requests / Math.max(1, resolved - reserved));
    const answer = Math.min(1, want.responses / Math.max(1, want.requests));
    await q(`CREATE TEMP TABLE bench_sv_req AS
      SELECT x.*, ${week("x.created_at")}::timestamp(3) AS week_start,
             date_trunc('second', x.created_at + interval '28 days')::timestamp(3) AS expires_at,
             CASE WHEN x.answered THEN LEAST(${nowUtc}, x.created_at + (10 + x.r_delay * x.r_delay * 7200) * interval '1 minute')::timestamp(3) END AS answered_at,
             CASE WHEN x.answered AND x.form <> 'CES' THEN
                    CASE WHEN x.r_csat < 0.05 THEN 1 WHEN x.r_csat < 0.11 THEN 2 WHEN x.r_csat < 0.23 THEN 3 WHEN x.r_csat < 0.53 THEN 4 ELSE 5 END END::smallint AS csat,
             CASE WHEN x.answered AND x.form <> 'CSAT' THEN
                    CASE WHEN x.r_ces < 0.04 THEN 1 WHEN x.r_ces < 0.08 THEN 2 WHEN x.r_ces < 0.15 THEN 3 WHEN x.r_ces < 0.27 THEN 4
                         WHEN x.r_ces < 0.47 THEN 5 WHEN x.r_ces < 0.72 THEN 6 ELSE 7 END END::smallint AS ces
      FROM (
        SELECT gen_random_uuid() AS id, s.*, s.recency <= $1 AS reserved,
               (CASE WHEN s.recency <= $1 OR s.r_form < 0.65 THEN 'CSAT' WHEN s.r_form < 0.95 THEN 'CSAT_CES' ELSE 'CES' END)::"SurveyForm" AS form,
               CASE WHEN s.recency <= $1 THEN (${nowUtc} - s.r_delay * interval '2 days')::timestamp(3) ELSE s.resolved_at END AS created_at,
               s.recency > $1 AND s.r_ans < $3 AS answered
        FROM bench_sv s
        WHERE s.recency <= $1 OR s.r_pick < $2
      ) x`, [reserved, pick, answer]);
    await q(`DROP TABLE bench_sv`);
    return { reserved };
  });

  const requests = await opts.step("insert survey requests", async () => {
    const r = await q(`INSERT INTO "SurveyRequest"(id, form, "inquiryId", "customerId", "recipientEmail", "recipientName", "agentId", channel,
                                                  "customerType", "weekStart", "expiresAt", "answeredAt", "createdAt")
      SELECT id, form, inquiry_id, customer_id, nullif(email, ''), name, agent_id, channel, customer_type, week_start, expires_at, answered_at, created_at
      FROM bench_sv_req ORDER BY created_at`);
    return r.rowCount ?? 0;
  });

  const responses = await opts.step("insert survey responses", async () => {
    const r = await q(`INSERT INTO "SurveyResponse"(id, "requestId", "csatScore", "cesScore", comment, low, "inquiryId", "agentId", channel,
                                                   "customerType", "weekStart", "createdAt")
      SELECT gen_random_uuid(), s.id, s.csat, s.ces,
             CASE WHEN s.r_comment < 0.35 THEN
               CASE WHEN coalesce(s.csat <= 2, false) OR coalesce(s.ces <= 3, false)
                    THEN (CASE s.lang WHEN 'ko' THEN $1::text[] ELSE $2::text[] END)[1 + floor(s.r_text * ${comments.low.ko.length})::int]
                    ELSE (CASE s.lang WHEN 'ko' THEN $3::text[] ELSE $4::text[] END)[1 + floor(s.r_text * ${comments.high.ko.length})::int] END END,
             coalesce(s.csat <= 2, false) OR coalesce(s.ces <= 3, false),
             s.inquiry_id, s.agent_id, s.channel, s.customer_type, s.week_start, s.answered_at
      FROM bench_sv_req s WHERE s.answered ORDER BY s.answered_at`,
    [comments.low.ko, comments.low.en, comments.high.ko, comments.high.en]);
    return r.rowCount ?? 0;
  });

  const reserved = (await q(`SELECT id::text AS id, expires_at FROM bench_sv_req WHERE reserved ORDER BY created_at, id`)).rows
    .map((row) => ({ id: row.id as string, expiresAt: row.expires_at as Date }));
  await q(`DROP TABLE bench_sv_req`);
  if (reserved.length < staged.reserved) throw new Error(`reserved ${reserved.length} of ${staged.reserved} survey requests`);
  return { requests, responses, reserved };
}

/**
 * The reserved requests of a kept database (--no-seed): unanswered CSAT inquiry surveys whose link
 * is valid for at least another day, newest first.
 */
export async function readReservedSurveys(q: Q, limit: number): Promise<{ id: string; expiresAt: Date }[]> {
  const { rows } = await q(`SELECT id::text AS id, "expiresAt" FROM "SurveyRequest"
    WHERE "answeredAt" IS NULL AND form = 'CSAT' AND "inquiryId" IS NOT NULL AND "expiresAt" > (now() AT TIME ZONE 'UTC') + interval '1 day'
    ORDER BY "createdAt" DESC, id LIMIT $1`, [limit]);
  return rows.map((r) => ({ id: r.id as string, expiresAt: r.expiresAt as Date }));
}

/** rebuildSurveyRollups through lib/ (what a repair runs), timed. */
export const rebuildSurveyRollupsTimed = (url: string) => timedRebuild(url, "@/lib/surveys/rollups", "rebuildSurveyRollups");

// ------------------------------------------------------------------------------------------------
// The results page's data through lib/.

export type SurveyLib = {
  getSurveyResults?: (actor: unknown, input: Record<string, unknown>) => Promise<unknown>;
  listLowScores?: (actor: unknown, input: Record<string, unknown>) => Promise<{ items: unknown[] }>;
  missing: Record<string, string>;
};

export const SURVEY_RESULTS_TARGET_P95_MS = 100;
export const SURVEY_POST_TARGET_P95_MS = 100;
export const SURVEY_POST_CONNECTIONS = 20;

export async function loadSurveyLib(): Promise<SurveyLib> {
  const lib = libImporter();
  const spec = "@/lib/surveys/queries";
  const mod = await lib.load(spec);
  return { getSurveyResults: lib.pick(mod, spec, "getSurveyResults"), listLowScores: lib.pick(mod, spec, "listLowScores"), missing: lib.missing };
}

export function surveyPathDefs(lib: SurveyLib, actor: unknown) {
  const key = "survey-results";
  const label = "survey results page data (getSurveyResults + first page of listLowScores)";
  const target = { p95Ms: SURVEY_RESULTS_TARGET_P95_MS };
  if (!lib.getSurveyResults || !lib.listLowScores) {
    return [{ key, label, target, unavailable: `not available: ${Object.values(lib.missing)[0] ?? "not exported"}` }];
  }
  const { getSurveyResults, listLowScores } = lib;
  // What /surveys loads: the default 12 weeks for everyone, and the newest low scores (in parallel, as the page does).
  return [{ key, label, target, run: () => Promise.all([getSurveyResults(actor, {}), listLowScores(actor, {})]) }];
}
