import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProblemStatus } from "./rules";
import { suggestSimilarProblemsSchema, type SuggestSimilarProblemsInput } from "./schema";

export type ProblemSuggestion = {
  id: string;
  number: number;
  title: string;
  status: ProblemStatus;
  linkedCount: number;
  /** 0–1 trigram similarity of the best match (title or a linked inquiry's subject). */
  score: number;
  matchedVia: "title" | "inquiry";
};

/**
 * Trigram similarity a candidate needs (pg_trgm `%`). Lower than pg_trgm's 0.3 default because
 * Korean attaches particles and endings to words ("로그인이 안 돼요" vs "로그인 안됨 문제" is 0.25),
 * so a Korean near-duplicate shares fewer trigrams than an English one.
 */
export const SUGGEST_THRESHOLD = 0.2;

/**
 * Problems on the board whose title — or the subject of one of their linked inquiries — is similar
 * to `q`, best first, so an agent about to create a problem links to the existing one instead.
 * Merged problems are left out. Both sides use their pg_trgm GIN index (`%`); each problem's
 * score is its best match.
 * @throws ForbiddenError
 */
export async function suggestSimilarProblems(actor: Actor, input: SuggestSimilarProblemsInput): Promise<ProblemSuggestion[]> {
  assertCan(actor, "board.read");
  const { q, excludeProblemId, limit } = suggestSimilarProblemsSchema.parse(input);
  const exclude = excludeProblemId ? Prisma.sql`AND p."id" <> ${excludeProblemId}::uuid` : Prisma.empty;
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SUGGEST_THRESHOLD)}, true)`,
    db.$queryRaw<(Omit<ProblemSuggestion, "score"> & { score: number })[]>`
      WITH by_title AS (
        SELECT p."id", similarity(p."title", ${q}::text) AS score
        FROM "Problem" p
        WHERE p."title" % ${q}::text AND p."mergedIntoId" IS NULL ${exclude}
      ), by_inquiry AS (
        SELECT i."problemId" AS "id", max(similarity(i."subject", ${q}::text)) AS score
        FROM "Inquiry" i
        WHERE i."subject" % ${q}::text AND i."problemId" IS NOT NULL
        GROUP BY i."problemId"
      ), best AS (
        SELECT coalesce(t."id", iq."id") AS "id", t.score AS title_score, iq.score AS inquiry_score
        FROM by_title t FULL OUTER JOIN by_inquiry iq ON iq."id" = t."id"
      )
      SELECT p."id"::text AS "id", p."number", p."title", p."status"::text AS "status", p."linkedCount",
             greatest(coalesce(b.title_score, 0), coalesce(b.inquiry_score, 0))::float8 AS "score",
             CASE WHEN coalesce(b.title_score, 0) >= coalesce(b.inquiry_score, 0) THEN 'title' ELSE 'inquiry' END AS "matchedVia"
      FROM best b
      JOIN "Problem" p ON p."id" = b."id"
      WHERE p."mergedIntoId" IS NULL ${exclude}
      ORDER BY "score" DESC, p."linkedCount" DESC, p."number" DESC
      LIMIT ${limit}`,
  ]);
  return rows.map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000 }));
}
