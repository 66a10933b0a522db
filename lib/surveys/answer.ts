import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auditEntry } from "@/lib/audit";
import { RateLimitedError } from "@/lib/errors";
import { hit } from "@/lib/rate-limit/limiter";
import { messageLanguage, type MessageLanguage } from "@/lib/board/rules";
import { checkAnswer, isLowScore, NO_AGENT, totalsOfAnswer, type AnswerProblem, type SurveyAnswer, type SurveyForm } from "./rules";
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
 * Order: schema → token (pure HMAC; a forged token never reaches the database) → rate limit per
 * client address and the request row, in parallel → answered already? → checkAnswer against the
 * request's form → ONE statement (so one transaction): insert the response ON CONFLICT
 * ("requestId") DO NOTHING, and only when it inserted: stamp answeredAt, add the answer to its
 * SurveyWeek row (inquiry surveys only; pulses are not in that rollup) and write the audit row.
 * Of concurrent submits of one token exactly one inserts; the others wait on its unique-index
 * entry, insert nothing, and read as "already".
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

  const [limit, request] = await Promise.all([
    hit(`survey:ip:${ctx.ip}`, SURVEY_RATE_LIMIT, SURVEY_RATE_WINDOW_SECONDS, now),
    // Raw: this is the hot path of a public endpoint, and a raw read skips the ORM's query building.
    db.$queryRaw<{ id: string; form: SurveyForm; expiresAt: Date; answeredAt: Date | null }[]>`
      SELECT "id"::text AS "id", "form"::text AS "form", "expiresAt", "answeredAt" FROM "SurveyRequest" WHERE "id" = ${check.requestId}::uuid`
      .then((rows) => rows[0] ?? null),
  ]);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfter);
  if (!boundTo(request, check.expiresAt)) return { status: "invalidToken" };
  if (request.answeredAt) return { status: "already" };

  // A posted textarea sends CRLF line ends (the browser's counter counted LF): count what was typed.
  const comment = (parsed.data.comment ?? "").replace(/\r\n?/g, "\n").trim();
  const answer: SurveyAnswer = {
    csat: parsed.data.csat ?? null,
    ces: parsed.data.ces ?? null,
    pulse: parsed.data.pulse ?? null,
    comment: comment || null,
  };
  const problem = checkAnswer(request.form, answer);
  if (problem) return { status: "refused", code: problem };

  const responseId = randomUUID();
  const totals = totalsOfAnswer(answer);
  const low = isLowScore(answer);
  const audit = auditEntry(null, "survey.answered", "SurveyRequest", request.id, { responseId, form: request.form, low });
  const inserted = await db.$queryRaw<{ id: string }[]>`
    WITH req AS (
      SELECT q."id", q."inquiryId", q."pulseId", q."agentId", q."channel", q."customerType", q."weekStart"
      FROM "SurveyRequest" q
      WHERE q."id" = ${request.id}::uuid AND q."answeredAt" IS NULL
    ), ins AS (
      INSERT INTO "SurveyResponse" ("id", "requestId", "csatScore", "cesScore", "pulseScore", "comment", "low",
                                    "inquiryId", "pulseId", "agentId", "channel", "customerType", "weekStart", "createdAt")
      SELECT ${responseId}::uuid, req."id", ${answer.csat}::smallint, ${answer.ces}::smallint, ${answer.pulse}::smallint,
             ${answer.comment}::varchar, ${low}::boolean,
             req."inquiryId", req."pulseId", req."agentId", req."channel", req."customerType", req."weekStart", ${now}
      FROM req
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
    SELECT ins."id"::text AS "id" FROM ins`;
  return inserted.length ? { status: "stored", responseId } : { status: "already" };
}
