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
 * Thresholds (pg_trgm). A title matches when it is similar as a whole (`%`, similarity ≥ 0.2) or
 * when most of the query appears in it as a run of words (`<%`, word similarity ≥ 0.3). A linked
 * inquiry's subject matches by word similarity only: its GIN pre-filter is nearly exact (the index
 * bound and the real value differ little), whereas whole-string similarity lets many false
 * candidates through to the heap. Both are lower than pg_trgm's defaults because Korean attaches
 * particles and endings to words: "로그인이 안 돼요" vs "로그인 안됨 문제" is 0.25 similar, 0.33 by
 * word similarity.
 */
export const SUGGEST_THRESHOLD = 0.2;
export const SUGGEST_WORD_THRESHOLD = 0.3;
/**
 * Safety net only: the query reads the ProblemSubject rollup (distinct subjects per problem), not
 * the linked inquiries, so it takes milliseconds at 1M inquiries. If a pathological query still ran
 * long, it is cancelled and raised rather than holding a connection while the agent types on.
 */
const STATEMENT_TIMEOUT_MS = 2_000;
/*
 * `enable_seqscan = off` (this transaction only): the planner prices pg_trgm's operators like
 * cheap comparisons, so for a title query it expects to match a few hundred of 5,000 problems it
 * picks a sequential scan — which runs similarity and word similarity on every title (Korean
 * titles: 50–300 ms at 5,000 problems) instead of the GIN bitmap scan (~6 ms, EXPLAIN ANALYZE at
 * 1M inquiries). The other scans here are index scans anyway.
 */

type Row = Omit<ProblemSuggestion, "matchedVia"> & { via: "title" | "inquiry" };

/**
 * Problems on the board whose title — or the subject of one of their linked inquiries — is similar
 * to `q`, best first, so an agent about to create a problem links to the existing one instead.
 * Merged problems are left out. Titles are matched on Problem (pg_trgm GIN on title), subjects on
 * the ProblemSubject rollup (lib/board/rollups.ts; GIN on subject), so a subject that thousands of
 * linked inquiries share is one row to score. A match scores max(similarity, word similarity);
 * a problem's score is its best match, and on a tie its title is named as the reason.
 * @throws ForbiddenError
 */
export async function suggestSimilarProblems(actor: Actor, input: SuggestSimilarProblemsInput): Promise<ProblemSuggestion[]> {
  assertCan(actor, "board.read");
  const { q, excludeProblemId, limit } = suggestSimilarProblemsSchema.parse(input);
  const exclude = excludeProblemId ? Prisma.sql`AND p."id" <> ${excludeProblemId}::uuid` : Prisma.empty;
  const [, rows] = await db.$transaction([
    db.$queryRaw`
      SELECT set_config('pg_trgm.similarity_threshold', ${String(SUGGEST_THRESHOLD)}, true),
             set_config('pg_trgm.word_similarity_threshold', ${String(SUGGEST_WORD_THRESHOLD)}, true),
             set_config('statement_timeout', ${String(STATEMENT_TIMEOUT_MS)}, true),
             set_config('enable_seqscan', 'off', true)`,
    db.$queryRaw<Row[]>`
      WITH matches AS (
        SELECT t."id" AS "problemId", 'title' AS via,
               greatest(similarity(t."title", ${q}::text), word_similarity(${q}::text, t."title")) AS score
        FROM "Problem" t
        WHERE t."title" % ${q}::text OR ${q}::text <% t."title"
        UNION ALL
        SELECT s."problemId", 'inquiry' AS via,
               max(greatest(similarity(s."subject", ${q}::text), word_similarity(${q}::text, s."subject"))) AS score
        FROM "ProblemSubject" s
        WHERE ${q}::text <% s."subject"
        GROUP BY s."problemId"
      ), best AS (
        SELECT DISTINCT ON ("problemId") "problemId", via, score
        FROM matches
        ORDER BY "problemId", score DESC, (via = 'title') DESC
      )
      SELECT p."id"::text AS "id", p."number", p."title", p."status"::text AS "status", p."linkedCount",
             b.score::float8 AS "score", b.via
      FROM best b
      JOIN "Problem" p ON p."id" = b."problemId"
      WHERE p."mergedIntoId" IS NULL ${exclude}
      ORDER BY b.score DESC, p."linkedCount" DESC, p."number" DESC
      LIMIT ${limit}`,
  ]);
  return rows.map(({ via, ...r }) => ({ ...r, score: Math.round(r.score * 1000) / 1000, matchedVia: via }));
}
