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
 * bound and the real value differ little), whereas whole-string similarity over a million subjects
 * lets tens of thousands of false candidates through to the heap. Both are lower than pg_trgm's
 * defaults because Korean attaches particles and endings to words: "로그인이 안 돼요" vs
 * "로그인 안됨 문제" is 0.25 similar, 0.33 by word similarity.
 */
export const SUGGEST_THRESHOLD = 0.2;
export const SUGGEST_WORD_THRESHOLD = 0.3;
/**
 * The inquiry side scans every linked inquiry whose subject shares enough trigrams with the
 * query; for a very common word that is thousands of rows. Suggestions are a typing aid, so past
 * this budget the inquiry side is dropped and the title matches are returned alone.
 */
const INQUIRY_SIDE_BUDGET_MS = 400;

type Row = Omit<ProblemSuggestion, "matchedVia">;

/**
 * Problems on the board whose title — or the subject of one of their linked inquiries — is similar
 * to `q`, best first, so an agent about to create a problem links to the existing one instead.
 * Merged problems are left out. Both sides are served by their pg_trgm GIN index and run in
 * parallel; a match scores max(similarity, word similarity), and a problem's score is its best match.
 * @throws ForbiddenError
 */
export async function suggestSimilarProblems(actor: Actor, input: SuggestSimilarProblemsInput): Promise<ProblemSuggestion[]> {
  assertCan(actor, "board.read");
  const { q, excludeProblemId, limit } = suggestSimilarProblemsSchema.parse(input);
  const exclude = excludeProblemId ? Prisma.sql`AND p."id" <> ${excludeProblemId}::uuid` : Prisma.empty;
  const columns = Prisma.sql`p."id"::text AS "id", p."number", p."title", p."status"::text AS "status", p."linkedCount"`;
  const thresholds = [
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SUGGEST_THRESHOLD)}, true)`,
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SUGGEST_WORD_THRESHOLD)}, true)`,
  ];
  const byTitle = db.$transaction([
    ...thresholds,
    db.$queryRaw<Row[]>`
      SELECT ${columns}, greatest(similarity(p."title", ${q}::text), word_similarity(${q}::text, p."title"))::float8 AS "score"
      FROM "Problem" p
      WHERE (p."title" % ${q}::text OR ${q}::text <% p."title") AND p."mergedIntoId" IS NULL ${exclude}
      ORDER BY "score" DESC, p."linkedCount" DESC
      LIMIT ${limit}`,
  ]).then((r) => r[thresholds.length] as Row[]);
  // Group by (problem, subject) first: subjects repeat, so similarity() runs once per distinct pair.
  const byInquiry = db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SUGGEST_WORD_THRESHOLD)}, true)`,
    db.$queryRaw`SELECT set_config('statement_timeout', ${String(INQUIRY_SIDE_BUDGET_MS)}, true)`,
    db.$queryRaw<(Row & { matches: number })[]>`
      SELECT ${columns}, m.score::float8 AS "score", m.matches
      FROM (
        SELECT s."problemId",
               max(greatest(similarity(s."subject", ${q}::text), word_similarity(${q}::text, s."subject"))) AS score,
               sum(s.n)::int AS matches
        FROM (
          SELECT i."problemId", i."subject", count(*) AS n
          FROM "Inquiry" i
          WHERE ${q}::text <% i."subject" AND i."problemId" IS NOT NULL
          GROUP BY 1, 2
        ) s
        GROUP BY 1
      ) m
      JOIN "Problem" p ON p."id" = m."problemId"
      WHERE p."mergedIntoId" IS NULL ${exclude}
      ORDER BY m.score DESC, m.matches DESC, p."linkedCount" DESC
      LIMIT ${limit}`,
  ]).then(
    (r) => r[2] as Row[],
    (error) => {
      if (isStatementTimeout(error)) return [] as Row[];
      throw error;
    },
  );
  const [titles, inquiries] = await Promise.all([byTitle, byInquiry]);

  const best = new Map<string, ProblemSuggestion>();
  for (const r of titles) best.set(r.id, { ...r, matchedVia: "title" });
  for (const r of inquiries) {
    const seen = best.get(r.id);
    if (!seen || r.score > seen.score) {
      const { matches: _matches, ...row } = r as Row & { matches?: number };
      best.set(r.id, { ...row, matchedVia: "inquiry" });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.linkedCount - a.linkedCount || b.number - a.number)
    .slice(0, limit)
    .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }));
}

function isStatementTimeout(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return text.includes("57014") || /statement timeout/i.test(text);
}
