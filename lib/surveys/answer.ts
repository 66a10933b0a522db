import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auditEntry } from "@/lib/audit";
import { RateLimitedError } from "@/lib/errors";
import { retryAfterSeconds, windowStart } from "@/lib/rate-limit/rules";
import { messageLanguage, type MessageLanguage } from "@/lib/board/rules";
import { checkAnswer, isLowScore, NO_AGENT, surveyForms, totalsOfAnswer, type AnswerProblem, type SurveyAnswer, type SurveyForm } from "./rules";
import { signSurveyToken, verifySurveyToken, type TokenCheck } from "./token";

/**
 * The public side of a survey: what /s/<token> shows, and the one write of an answer.
 * No actor: the signed token is the credential (bound to one request, expiring, single use).
 */

/** Answers accepted per client address per window (POST /api/s/<token>). */
export const SURVEY_RATE_LIMIT = 20;
export const SURVEY_RATE_WINDOW_SECONDS = 10 * 60;

export type PublicSurvey =
  | { state: "invalid" | "expired" }
  | {
      state: "ready" | "answered";
      form: SurveyForm;
      /** The inquiry's subject (inquiry surveys) or the pulse question (PULSE). */
      subject: string | null;
      question: string | null;
      /** The language the inquiry/pulse was written in: a fallback when the browser names none we have. */
      language: MessageLanguage;
    };

/** What the public survey page shows for a token. */
export async function loadSurveyForToken(token: string, now: Date): Promise<PublicSurvey> {
  const check = checkToken(token, now);
  if (!check.ok) return { state: check.reason === "expired" ? "expired" : "invalid" };
  const request = await db.surveyRequest.findUnique({
    where: { id: check.requestId },
    select: { form: true, expiresAt: true, answeredAt: true, inquiry: { select: { subject: true } }, pulse: { select: { question: true } } },
  });
  if (!boundTo(request, check.expiresAt)) return { state: "invalid" };
  const subject = request.inquiry?.subject ?? null;
  const question = request.pulse?.question ?? null;
  return {
    state: request.answeredAt ? "answered" : "ready",
    form: request.form,
    subject,
    question,
    language: messageLanguage(subject, question),
  };
}

/**
 * verifySurveyToken, and the token must be the one canonical spelling: base64url's last character
 * carries spare bits that decoding ignores, so "…A" and "…B" can decode alike — a changed link
 * must not keep working.
 */
function checkToken(token: string, now: Date): TokenCheck {
  const check = verifySurveyToken(token, env.NEXTAUTH_SECRET, now);
  if (check.ok && signSurveyToken(check.requestId, check.expiresAt, env.NEXTAUTH_SECRET) !== token) {
    return { ok: false, reason: "tampered" };
  }
  return check;
}

/**
 * The token is bound to one request AND its stored expiry: a token for an unknown id, or signed
 * with another expiry than the row's, opens nothing.
 */
function boundTo<R extends { expiresAt: Date }>(request: R | null, tokenExpiry: Date): request is R {
  return request !== null && request.expiresAt.getTime() === tokenExpiry.getTime();
}

/**
 * Scores as numbers; a form post sends them as strings ("" when not chosen). Anything else that
 * is not a number fails the schema ("invalid"); range and kind are checkAnswer's job, so the
 * answer gets the precise reason.
 */
const score = z
  .preprocess((v) => (v === "" ? null : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), z.number().nullable())
  .optional();

export const surveyAnswerSchema = z.object({
  csat: score,
  ces: score,
  pulse: score,
  // Length is checked by checkAnswer (commentTooLong); the route caps the body size.
  comment: z.string().nullable().optional(),
});
export type SurveyAnswerInput = z.input<typeof surveyAnswerSchema>;

export type SubmitOutcome =
  | { status: "stored"; responseId: string }
  /** The request was answered before (a retry or a second tab): nothing new stored. */
  | { status: "already" }
  | { status: "refused"; code: AnswerProblem | "invalid" }
  /** Malformed, tampered or unknown token. */
  | { status: "invalidToken" }
  | { status: "expired" };

/**
 * Stores the one answer of the request a token names.
 *
 * Order: schema → token (pure HMAC; a forged token never reaches the database) → ONE statement
 * (one round trip, one commit): count the post against the client address's rate limit, read the
 * request, and — only within the limit, for the request the token is bound to, not yet answered,
 * and of the form the answer fits (checkAnswer) — insert the response ON CONFLICT ("requestId")
 * DO NOTHING; only when that inserted: stamp answeredAt, add the answer to its SurveyWeek row
 * (inquiry surveys only; pulses are not in that rollup) and write the audit row. What the
 * statement read then decides what a post that stored nothing gets: rate limited, invalid,
 * already answered, or the precise reason the answer does not fit the request's form.
 * Of concurrent submits of one token exactly one inserts; the others wait on its unique-index
 * entry, insert nothing, and read as "already".
 *
 * The rate-limit upsert is lib/rate-limit/limiter.ts `hit()` inlined into this statement, so a
 * stored answer costs one commit instead of two (the public endpoint's p95 target).
 *
 * @throws RateLimitedError over SURVEY_RATE_LIMIT posts in SURVEY_RATE_WINDOW_SECONDS from `ip`.
 */
export async function submitSurveyAnswer(
  token: string,
  input: unknown,
  ctx: { ip: string; now?: Date },
): Promise<SubmitOutcome> {
  const now = ctx.now ?? new Date();
  const parsed = surveyAnswerSchema.safeParse(input);
  if (!parsed.success) return { status: "refused", code: "invalid" };

  const check = checkToken(token, now);
  if (!check.ok) return check.reason === "expired" ? { status: "expired" } : { status: "invalidToken" };

  // A posted textarea sends CRLF line ends (the browser's counter counted LF): count what was typed.
  const comment = (parsed.data.comment ?? "").replace(/\r\n?/g, "\n").trim();
  const answer: SurveyAnswer = {
    csat: parsed.data.csat ?? null,
    ces: parsed.data.ces ?? null,
    pulse: parsed.data.pulse ?? null,
    comment: comment || null,
  };
  // The forms ask disjoint sets of scores, so at most one accepts this answer; null: none does
  // (the statement then stores nothing and the request's own form names the problem).
  const fits = surveyForms.find((form) => checkAnswer(form, answer) === null) ?? null;

  // Values go into the statement only when they fit: PostgreSQL casts its parameters while planning,
  // so an out-of-range score or an overlong comment would fail the statement even with no row to insert.
  const stored: SurveyAnswer = fits ? answer : { csat: null, ces: null, pulse: null, comment: null };
  const responseId = randomUUID();
  const totals = totalsOfAnswer(stored);
  const low = isLowScore(answer);
  const audit = auditEntry(null, "survey.answered", "SurveyRequest", check.requestId, { responseId, form: fits, low });
  const [row] = await db.$queryRaw<{ count: number; form: SurveyForm | null; expiresAt: Date | null; answeredAt: Date | null; inserted: boolean }[]>`
    WITH lim AS (
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
      VALUES (${`survey:ip:${ctx.ip}`}, ${windowStart(now, SURVEY_RATE_WINDOW_SECONDS)}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"
    ), req AS (
      SELECT q."id", q."form", q."expiresAt", q."answeredAt", q."inquiryId", q."pulseId", q."agentId", q."channel", q."customerType", q."weekStart"
      FROM "SurveyRequest" q
      WHERE q."id" = ${check.requestId}::uuid
    ), ok AS (
      SELECT req.* FROM req, lim
      WHERE lim."count" <= ${SURVEY_RATE_LIMIT}
        -- Whole seconds on both sides; epoch of a timestamp without time zone is read as UTC.
        AND extract(epoch FROM req."expiresAt") = ${Math.floor(check.expiresAt.getTime() / 1000)}
        AND req."answeredAt" IS NULL
        AND req."form" = ${fits}::"SurveyForm"
    ), ins AS (
      INSERT INTO "SurveyResponse" ("id", "requestId", "csatScore", "cesScore", "pulseScore", "comment", "low",
                                    "inquiryId", "pulseId", "agentId", "channel", "customerType", "weekStart", "createdAt")
      SELECT ${responseId}::uuid, ok."id", ${stored.csat}::smallint, ${stored.ces}::smallint, ${stored.pulse}::smallint,
             ${stored.comment}::varchar, ${low}::boolean,
             ok."inquiryId", ok."pulseId", ok."agentId", ok."channel", ok."customerType", ok."weekStart", ${now}
      FROM ok
      ON CONFLICT ("requestId") DO NOTHING
      RETURNING "id", "requestId", "inquiryId", "agentId", "channel", "customerType", "weekStart"
    ), answered AS (
      UPDATE "SurveyRequest" q SET "answeredAt" = ${now} FROM ins WHERE q."id" = ins."requestId"
    ), rollup AS (
      INSERT INTO "SurveyWeek" ("weekStart", "agentId", "channel", "customerType", "requests", "responses",
                                "csatCount", "csatSum", "csatHigh", "cesCount", "cesSum", "cesHigh")
      SELECT ins."weekStart", coalesce(ins."agentId", ${NO_AGENT}::uuid), ins."channel", ins."customerType", 0, ${totals.responses}::int,
             ${totals.csatCount}::int, ${totals.csatSum}::int, ${totals.csatHigh}::int,
             ${totals.cesCount}::int, ${totals.cesSum}::int, ${totals.cesHigh}::int
      FROM ins
      WHERE ins."inquiryId" IS NOT NULL AND ins."channel" IS NOT NULL AND ins."customerType" IS NOT NULL
      ON CONFLICT ("weekStart", "agentId", "channel", "customerType") DO UPDATE SET
        "responses" = "SurveyWeek"."responses" + EXCLUDED."responses",
        "csatCount" = "SurveyWeek"."csatCount" + EXCLUDED."csatCount",
        "csatSum" = "SurveyWeek"."csatSum" + EXCLUDED."csatSum",
        "csatHigh" = "SurveyWeek"."csatHigh" + EXCLUDED."csatHigh",
        "cesCount" = "SurveyWeek"."cesCount" + EXCLUDED."cesCount",
        "cesSum" = "SurveyWeek"."cesSum" + EXCLUDED."cesSum",
        "cesHigh" = "SurveyWeek"."cesHigh" + EXCLUDED."cesHigh"
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "data", "createdAt")
      SELECT gen_random_uuid(), NULL, ${audit.action}, ${audit.entityType}, ${audit.entityId}, ${JSON.stringify(audit.data)}::jsonb, ${now}
      FROM ins
    )
    SELECT lim."count", req."form"::text AS "form", req."expiresAt", req."answeredAt", EXISTS (SELECT 1 FROM ins) AS "inserted"
    FROM lim LEFT JOIN req ON true`;

  if (row.inserted) return { status: "stored", responseId };
  if (row.count > SURVEY_RATE_LIMIT) throw new RateLimitedError(retryAfterSeconds(now, SURVEY_RATE_WINDOW_SECONDS));
  const request = row.form && row.expiresAt ? { form: row.form, expiresAt: row.expiresAt, answeredAt: row.answeredAt } : null;
  if (!boundTo(request, check.expiresAt)) return { status: "invalidToken" };
  if (request.answeredAt) return { status: "already" };
  const problem = checkAnswer(request.form, answer);
  // No problem yet nothing inserted: a concurrent submit of the same token stored first.
  return problem ? { status: "refused", code: problem } : { status: "already" };
}
