/**
 * The fix board in the bench database (issue 3, "Performance"): P problems (5,000 at 1M
 * inquiries) with 30% of the inquiries linked, set-based like the rest of bench/seed.ts.
 *
 * - Each problem is about one topic of bench/vocab.ts (a language and a tag) and its title comes
 *   from bench/problem-vocab.ts, so its linked inquiries say what its title says, and titles have
 *   near-duplicates for the suggestions to find.
 * - Skew: within a topic, a linked inquiry picks its problem by rank with probability ∝ a power
 *   law (rank = ⌊m·u³⌋), so each topic has a few big problems (thousands of links) and a long tail
 *   (a dozen or two each).
 * - Statuses across all five columns; owners (the product user, the admin, nobody), response and
 *   ship times, decline reasons and release notes.
 * - Shipping benchmark: `shipRuns` problems (IN_PROGRESS) each get `shipTarget` + 40 of the OPEN
 *   inquiries (2,000 at 1M) on top of their topic links, plus a small ACCEPTED problem for the
 *   unmeasured warm-up ship. At 1M that is about half of all open inquiries: a problem with 2,000
 *   open linked inquiries is a major incident, and the benchmark needs several of them.
 *
 * Links are assigned in the staging table (bench_src.problem_id) before the inquiries are
 * inserted, while the inquiry table has no indexes — updating 300k indexed rows afterwards would
 * cost minutes and bloat the table. The rollups are then rebuilt through lib/board/rollups.ts.
 */
import type pg from "pg";
import { declineReasons, problemTitles, releaseNotes, titlePrefixes, titleSuffixes } from "./problem-vocab";
import * as v from "./vocab";

type Q = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

export type ProblemSeed = {
  problems: number;
  linked: number;
  /** Problems (IN_PROGRESS) with ≥ shipTarget open linked inquiries, for the measured ships. */
  shipIds: string[];
  /** A small ACCEPTED problem shipped once, unmeasured, before them (Prisma, pg-boss import). */
  warmupShipId: string;
  shipTarget: number;
  /** Open inquiries there were to give to the ship problems. */
  openInquiries: number;
};

/** Linked inquiries per ship problem at this scale: 2,000 at 1M, proportionally fewer below. */
export function shipTargetFor(inquiries: number): number {
  return Math.max(20, Math.round(2000 * Math.min(1, inquiries / 1_000_000)));
}

/** Problems at this scale: 5,000 at 1M inquiries, proportionally fewer below (at least 50). */
export function problemsFor(inquiries: number): number {
  return Math.max(50, Math.round(5000 * (inquiries / 1_000_000)));
}

/**
 * Creates the problems and assigns bench_src.problem_id (bench_src, bench_topic and bench_slot
 * from bench/seed.ts must exist). Call before the inquiries are inserted.
 */
export async function stageProblems(
  q: Q,
  opts: { inquiries: number; problems: number; linkShare: number; shipRuns: number; users: Record<string, string>; nowUtc: string },
): Promise<ProblemSeed> {
  const { problems: P, nowUtc } = opts;
  const product = opts.users["product@loopdesk.test"];
  const admin = opts.users["admin@loopdesk.test"];
  const agent = opts.users["agent@loopdesk.test"];
  const agent2 = opts.users["agent2@loopdesk.test"];
  const slots = Object.fromEntries((await q(`SELECT lang, count(*)::int AS n FROM bench_slot GROUP BY lang`)).rows.map((r) => [r.lang, r.n]));

  await q(`CREATE TEMP TABLE bench_ptitle AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(lang text, tag text, bases text[])`,
    [JSON.stringify((["ko", "en"] as const).flatMap((lang) => Object.entries(problemTitles[lang]).map(([tag, bases]) => ({ lang, tag, bases }))))]);
  await q(`CREATE TEMP TABLE bench_plang AS SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS l(lang text, prefixes text[], suffixes text[], notes text[], reasons text[])`,
  [JSON.stringify((["ko", "en"] as const).map((lang) => ({
    lang, prefixes: titlePrefixes[lang], suffixes: titleSuffixes[lang], notes: releaseNotes[lang], reasons: declineReasons[lang],
  })))]);

  // Problems: a topic each (by the topics' weights), their rank within the topic (0 = biggest).
  await q(`CREATE TEMP TABLE bench_problem AS
    SELECT y.*, (row_number() OVER (PARTITION BY y.topic_id ORDER BY y.idx) - 1)::int AS rank,
           count(*) OVER (PARTITION BY y.topic_id)::int AS topic_problems,
           false AS ship, false AS warmup
    FROM (
      SELECT x.idx, gen_random_uuid() AS id, t.id AS topic_id, t.lang, t.tag, t.weight,
             x.r_status, x.r_owner, x.r_creator, x.r_t1, x.r_t2, x.r_t3, x.r_note, x.age_days, x.r_resp, x.r_ship
      FROM (
        SELECT g AS idx, CASE WHEN random() < ${v.koShare} THEN 'ko' ELSE 'en' END AS lang, random() AS r_topic,
               random() AS r_status, random() AS r_owner, random() AS r_creator, random() AS r_t1, random() AS r_t2,
               random() AS r_t3, random() AS r_note, 700 * (1 - power(random(), 0.5)) AS age_days, random() AS r_resp, random() AS r_ship
        FROM generate_series(1, ${P}) g
      ) x
      JOIN bench_slot sl ON sl.lang = x.lang AND sl.slot = floor(x.r_topic * CASE x.lang WHEN 'ko' THEN ${slots.ko} ELSE ${slots.en} END)::int
      JOIN bench_topic t ON t.id = sl.topic_id
    ) y`);
  await q(`CREATE UNIQUE INDEX ON bench_problem(topic_id, rank)`);
  // The ship problems: the biggest problem of the heaviest topics. The warm-up: a tail problem.
  await q(`UPDATE bench_problem SET ship = true WHERE rank = 0 AND topic_id IN (
      SELECT topic_id FROM bench_problem WHERE rank = 0 ORDER BY weight DESC, topic_id LIMIT $1)`, [opts.shipRuns]);
  await q(`UPDATE bench_problem SET warmup = true WHERE idx = (
      SELECT idx FROM bench_problem WHERE NOT ship AND rank > 0 ORDER BY rank DESC, idx LIMIT 1)`);

  await q(`INSERT INTO "Problem"(id, title, description, status, "ownerId", "createdById", "declineReason", "releaseNote",
                                 "respondedAt", "shippedAt", version, "createdAt", "updatedAt")
    SELECT z.id, z.title, z.title || CASE z.lang WHEN 'ko' THEN '. 관련 문의를 모아 둔 카드입니다.' ELSE '. Collects the inquiries about it.' END,
           z.status, z.owner, z.creator,
           CASE WHEN z.status = 'DECLINED' THEN z.reasons[1 + floor(z.r_note * cardinality(z.reasons))::int] END,
           CASE WHEN z.status = 'SHIPPED' THEN z.notes[1 + floor(z.r_note * cardinality(z.notes))::int] END,
           z.responded_at, z.shipped_at,
           1 + (z.status <> 'REPORTED')::int + (z.status = 'SHIPPED')::int + (z.owner IS NOT NULL)::int,
           z.created_at, GREATEST(z.created_at, z.responded_at, z.shipped_at)
    FROM (
      SELECT w.*,
        CASE WHEN w.status <> 'REPORTED' THEN LEAST(${nowUtc} - interval '2 hours', w.created_at + (0.1 + w.r_resp * 10) * interval '1 day')::timestamp(3) END AS responded_at,
        CASE WHEN w.status = 'SHIPPED' THEN LEAST(${nowUtc} - interval '1 hour', w.created_at + (3 + w.r_ship * 60) * interval '1 day')::timestamp(3) END AS shipped_at
      FROM (
        SELECT p.id, p.idx, p.lang, p.r_note, l.reasons, l.notes,
          (l.prefixes[1 + floor(p.r_t1 * cardinality(l.prefixes))::int] || t.bases[1 + floor(p.r_t2 * cardinality(t.bases))::int] ||
             l.suffixes[1 + floor(p.r_t3 * cardinality(l.suffixes))::int])::varchar(200) AS title,
          (CASE WHEN p.ship THEN 'IN_PROGRESS' WHEN p.warmup THEN 'ACCEPTED'
                WHEN p.r_status < 0.30 THEN 'REPORTED' WHEN p.r_status < 0.45 THEN 'ACCEPTED' WHEN p.r_status < 0.58 THEN 'IN_PROGRESS'
                WHEN p.r_status < 0.90 THEN 'SHIPPED' ELSE 'DECLINED' END)::"ProblemStatus" AS status,
          CASE WHEN p.ship THEN $1::uuid
               WHEN p.r_status < 0.30 THEN CASE WHEN p.r_owner < 0.1 THEN $1::uuid END
               WHEN p.r_owner < 0.55 THEN $1::uuid WHEN p.r_owner < 0.70 THEN $2::uuid END AS owner,
          CASE WHEN p.r_creator < 0.45 THEN $3::uuid WHEN p.r_creator < 0.85 THEN $4::uuid ELSE $2::uuid END AS creator,
          (${nowUtc} - p.age_days * interval '1 day')::timestamp(3) AS created_at,
          p.r_resp, p.r_ship
        FROM bench_problem p
        JOIN bench_ptitle t ON t.lang = p.lang AND t.tag = p.tag
        JOIN bench_plang l ON l.lang = p.lang
      ) w
    ) z
    ORDER BY z.created_at, z.idx`, [product, admin, agent, agent2]);

  // Links. First the ship problems' open inquiries (a fixed number each), then 30% overall by topic and rank.
  const shipTarget = shipTargetFor(opts.inquiries);
  const perShip = shipTarget + 40;
  const openInquiries = Number((await q(`SELECT count(*)::int AS n FROM bench_src WHERE status IN ('NEW', 'OPEN', 'PENDING')`)).rows[0].n);
  await q(`WITH o AS (SELECT id, row_number() OVER (ORDER BY random()) - 1 AS rn FROM bench_src WHERE status IN ('NEW', 'OPEN', 'PENDING')),
                s AS (SELECT id, row_number() OVER (ORDER BY idx) - 1 AS k, count(*) OVER () AS n FROM bench_problem WHERE ship)
    UPDATE bench_src b SET problem_id = s.id
    FROM o, s
    WHERE b.id = o.id AND o.rn < s.n * $1 AND o.rn % s.n = s.k`, [perShip]);
  const forced = Number((await q(`SELECT count(*)::int AS n FROM bench_src WHERE problem_id IS NOT NULL`)).rows[0].n);
  const share = Math.max(0, (opts.linkShare * opts.inquiries - forced) / (opts.inquiries - forced));
  await q(`UPDATE bench_src b SET problem_id = p.id
    FROM (
      SELECT s.id, s.topic_id, floor(tp.n * power(random(), 3))::int AS rank
      FROM bench_src s
      JOIN (SELECT topic_id, count(*)::int AS n FROM bench_problem GROUP BY topic_id) tp ON tp.topic_id = s.topic_id
      WHERE s.problem_id IS NULL AND random() < $1
    ) x
    JOIN bench_problem p ON p.topic_id = x.topic_id AND p.rank = x.rank
    WHERE b.id = x.id`, [share]);
  const linked = Number((await q(`SELECT count(*)::int AS n FROM bench_src WHERE problem_id IS NOT NULL`)).rows[0].n);
  const shipIds = (await q(`SELECT id::text AS id FROM bench_problem WHERE ship ORDER BY idx`)).rows.map((r) => r.id as string);
  const warmupShipId = (await q(`SELECT id::text AS id FROM bench_problem WHERE warmup`)).rows[0].id as string;
  return { problems: P, linked, shipIds, warmupShipId, shipTarget, openInquiries };
}

/**
 * Timelines (after the inquiries and their keys exist): each problem's CREATED event, its move
 * out of REPORTED, its owner, and the ship; a PROBLEM entry on the recent linked inquiries
 * (the same window the inquiry timelines cover, plus the detail benchmark's sample).
 */
export async function problemTimelines(q: Q, opts: { users: Record<string, string>; detailIds: string[]; nowUtc: string }): Promise<number> {
  const product = opts.users["product@loopdesk.test"];
  const r1 = await q(`INSERT INTO "ProblemEvent"(id, "problemId", kind, "actorId", data, "createdAt")
    SELECT gen_random_uuid(), p.id, e.kind::"ProblemEventKind", e.actor, e.data, e.at
    FROM "Problem" p
    CROSS JOIN LATERAL (VALUES
      ('CREATED', p."createdById", jsonb_build_object('title', p.title, 'inquiryIds', '[]'::jsonb), p."createdAt"),
      ('STATUS', $1::uuid, jsonb_build_object('from', 'REPORTED', 'to', CASE WHEN p.status = 'SHIPPED' THEN 'ACCEPTED' ELSE p.status::text END,
                                              'declineReason', p."declineReason"), p."respondedAt"),
      ('OWNER', $1::uuid, jsonb_build_object('from', NULL, 'to', p."ownerId"), p."respondedAt" + interval '1 minute'),
      ('STATUS', $1::uuid, jsonb_build_object('from', 'ACCEPTED', 'to', 'SHIPPED', 'releaseNote', p."releaseNote"), p."shippedAt")
    ) AS e(kind, actor, data, at)
    WHERE e.at IS NOT NULL AND (e.kind <> 'OWNER' OR p."ownerId" IS NOT NULL)`, [product]);
  const r2 = await q(`INSERT INTO "InquiryEvent"(id, "inquiryId", kind, "actorId", data, "createdAt")
    SELECT gen_random_uuid(), i.id, 'PROBLEM', COALESCE(i."assigneeId", i."createdById"),
           jsonb_build_object('from', NULL, 'to', i."problemId", 'fromTitle', NULL, 'toTitle', p.title),
           LEAST(${opts.nowUtc}, i."createdAt" + interval '47 minutes')
    FROM "Inquiry" i JOIN "Problem" p ON p.id = i."problemId"
    WHERE i."createdAt" >= ${opts.nowUtc} - interval '14 days' OR i.id = ANY($1::uuid[])`, [opts.detailIds]);
  return (r1.rowCount ?? 0) + (r2.rowCount ?? 0);
}

type TxOptions = { timeout: number; maxWait: number };
type Prisma = {
  $disconnect: () => Promise<void>;
  $transaction: <T>(fn: (tx: unknown) => Promise<T>, opts: TxOptions) => Promise<T>;
};

const firstLine = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).split("\n").map((l) => l.trim()).filter(Boolean).join(" ").slice(0, 400);

/**
 * lib/board/rollups.ts rebuildProblemRollups over every problem, timed. Called as the seed and a
 * repair call it (on a PrismaClient: one batch transaction). Prisma's client engine runs a batch
 * transaction under the interactive-transaction default timeout of 5 s, which a rebuild at 1M can
 * exceed; then the same statements are run again inside an interactive transaction with a long
 * timeout (the function accepts a transaction client), and both outcomes are reported.
 */
export async function rebuildRollups(url: string): Promise<{ seconds: number; directError?: string } | { error: string }> {
  // Specifiers in variables: the bench must type-check and run while lib/ is being changed.
  const rollupsSpec = "@/lib/board/rollups";
  const factorySpec = "@/lib/prisma-factory";
  let rebuild: (c: unknown) => Promise<void>;
  let prisma: Prisma;
  try {
    rebuild = ((await import(rollupsSpec)) as { rebuildProblemRollups: (c: unknown) => Promise<void> }).rebuildProblemRollups;
    prisma = ((await import(factorySpec)) as { createPrisma: (url: string, max?: number) => Prisma }).createPrisma(url, 2);
  } catch (e) {
    return { error: firstLine(e) };
  }
  try {
    const started = performance.now();
    try {
      await rebuild(prisma);
      return { seconds: Number(((performance.now() - started) / 1000).toFixed(2)) };
    } catch (e) {
      const directError = `after ${((performance.now() - started) / 1000).toFixed(1)} s: ${firstLine(e)}`;
      const again = performance.now();
      await prisma.$transaction((tx) => rebuild(tx), { timeout: 600_000, maxWait: 10_000 });
      return { seconds: Number(((performance.now() - again) / 1000).toFixed(2)), directError };
    }
  } catch (e) {
    return { error: firstLine(e) };
  } finally {
    await prisma.$disconnect();
  }
}
