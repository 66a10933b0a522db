/**
 * Problem rollups: Problem.linkedCount / customerCount / <type>Customers / lastLinkedAt,
 * ProblemCustomer (distinct customers per problem) and ProblemWeek (linked inquiries per
 * org-time-zone week). They are a cache of the raw `Inquiry.problemId` links, so the board reads a
 * few thousand problem rows instead of aggregating 300k linked inquiries on every request.
 *
 * Definitions (the same in the full rebuild, the incremental path and the reconciliation):
 * - linkedCount     = inquiries with problemId = P
 * - ProblemCustomer = one row per (P, customer) with ≥ 1 linked inquiry: inquiryCount,
 *                     lastInquiryAt = latest createdAt, customerType = the snapshot type of that
 *                     customer's latest linked inquiry (ties broken by id, so it is deterministic)
 * - customerCount / <type>Customers = ProblemCustomer rows of P (per customerType)
 * - lastLinkedAt    = createdAt of P's latest linked inquiry (derivable from the links alone,
 *                     so a rebuild reproduces it; the time of the link action is in ProblemEvent)
 * - ProblemWeek     = linked inquiries of P per week of Inquiry.createdAt; weeks start Monday
 *                     00:00 in the org time zone, stored as that UTC instant (lib/time/week.ts)
 * - ProblemSubject  = one row per (P, exact Inquiry.subject) with count = linked inquiries of P
 *                     with that subject (rows at 0 are deleted). Similar-problem suggestions
 *                     search it instead of every linked inquiry: common subjects repeat thousands
 *                     of times, distinct (problem, subject) pairs are far fewer. An inquiry's
 *                     subject is fixed at creation (no mutation in lib/inquiries changes it), so
 *                     only link changes move these counts; a future subject edit of a linked
 *                     inquiry would have to decrement the old and increment the new pair here.
 * - ProblemTag      = one row per (P, tag) with inquiryCount = linked inquiries of P carrying the
 *                     tag (rows at 0 are deleted). The board's tag filter probes it instead of
 *                     every linked inquiry's InquiryTag rows. Tags change on linked inquiries
 *                     (setInquiryTags), so besides link changes adjustProblemTags moves them.
 *
 * No `server-only`, env or alias imports: the demo seed and the bench call this from plain tsx
 * scripts with their own PrismaClient. Callers pass the org time zone (app code: env.ORG_TIME_ZONE).
 */
import { Prisma, type PrismaClient } from "../generated/prisma/client";

/** A PrismaClient or an interactive-transaction client. */
export type SqlClient = PrismaClient | Prisma.TransactionClient;

export const DEFAULT_ORG_TIME_ZONE = "Asia/Seoul";

/** A full rebuild at 1M inquiries takes seconds to tens of seconds; this only stops a runaway. */
const REBUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * SQL for the org-time-zone week start of a `timestamp` column holding UTC (Prisma's DateTime):
 * UTC → local wall time → Monday 00:00 (date_trunc('week') is ISO, Monday-based) → back to UTC.
 * Matches weekStart() in lib/time/week.ts (tests/integration/board-rollups.test.ts checks it).
 */
export function weekStartSql(column: Prisma.Sql, timeZone: string): Prisma.Sql {
  return Prisma.sql`((date_trunc('week', ((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}::text)) AT TIME ZONE ${timeZone}::text) AT TIME ZONE 'UTC')`;
}

const problemFilter = (column: Prisma.Sql, problemIds?: readonly string[]) =>
  problemIds ? Prisma.sql`${column} = ANY(${[...problemIds]}::uuid[])` : Prisma.sql`${column} IS NOT NULL`;

function isFullClient(client: SqlClient): client is PrismaClient {
  return "$transaction" in client;
}

/**
 * Recomputes every rollup of the given problems (all problems when omitted) from the raw Inquiry
 * rows, set-based (a handful of statements whatever the number of problems). Used after inserting
 * links directly (seed, bench) and as the reference the incremental path must agree with.
 * Runs in one transaction: its own on a PrismaClient, or inside the caller's transaction.
 * Its own is an interactive transaction with a long timeout: with the pg driver adapter a batch
 * `$transaction([...])` is also held to the 5 s interactive default, and at 300k links (1M
 * inquiries, a loaded machine) the rebuild takes longer than that and was rolled back.
 */
export async function rebuildProblemRollups(
  client: SqlClient,
  problemIds?: readonly string[],
  opts: { timeZone?: string } = {},
): Promise<void> {
  if (problemIds && problemIds.length === 0) return;
  const tz = opts.timeZone ?? DEFAULT_ORG_TIME_ZONE;
  const ids = problemIds ? [...new Set(problemIds)] : undefined;
  const week = weekStartSql(Prisma.sql`i."createdAt"`, tz);
  const statements = (c: SqlClient) => [
    c.$executeRaw`DELETE FROM "ProblemWeek" WHERE ${problemFilter(Prisma.sql`"problemId"`, ids)}`,
    c.$executeRaw`
      INSERT INTO "ProblemWeek" ("problemId", "weekStart", "count")
      SELECT i."problemId", ${week}, count(*)::int
      FROM "Inquiry" i
      WHERE ${problemFilter(Prisma.sql`i."problemId"`, ids)}
      GROUP BY 1, 2`,
    c.$executeRaw`DELETE FROM "ProblemSubject" WHERE ${problemFilter(Prisma.sql`"problemId"`, ids)}`,
    c.$executeRaw`
      INSERT INTO "ProblemSubject" ("problemId", "subject", "count")
      SELECT i."problemId", i."subject", count(*)::int
      FROM "Inquiry" i
      WHERE ${problemFilter(Prisma.sql`i."problemId"`, ids)}
      GROUP BY 1, 2`,
    c.$executeRaw`DELETE FROM "ProblemTag" WHERE ${problemFilter(Prisma.sql`"problemId"`, ids)}`,
    c.$executeRaw`
      INSERT INTO "ProblemTag" ("problemId", "tagId", "inquiryCount")
      SELECT i."problemId", it."tagId", count(*)::int
      FROM "Inquiry" i
      JOIN "InquiryTag" it ON it."inquiryId" = i."id"
      WHERE ${problemFilter(Prisma.sql`i."problemId"`, ids)}
      GROUP BY 1, 2`,
    c.$executeRaw`DELETE FROM "ProblemCustomer" WHERE ${problemFilter(Prisma.sql`"problemId"`, ids)}`,
    c.$executeRaw`
      INSERT INTO "ProblemCustomer" ("problemId", "customerId", "customerType", "inquiryCount", "lastInquiryAt")
      SELECT i."problemId", i."customerId",
             (array_agg(i."customerType" ORDER BY i."createdAt" DESC, i."id" DESC))[1],
             count(*)::int, max(i."createdAt")
      FROM "Inquiry" i
      WHERE ${problemFilter(Prisma.sql`i."problemId"`, ids)}
      GROUP BY 1, 2`,
    c.$executeRaw`
      UPDATE "Problem" p SET
        "linkedCount" = x.linked, "customerCount" = x.customers,
        "internalCustomers" = x.internal, "prospectCustomers" = x.prospect, "buyerCustomers" = x.buyer,
        "userCustomers" = x.users, "churnedCustomers" = x.churned, "lastLinkedAt" = x.last
      FROM (
        SELECT pr."id",
               coalesce(c.linked, 0) AS linked, coalesce(c.customers, 0) AS customers,
               coalesce(c.internal, 0) AS internal, coalesce(c.prospect, 0) AS prospect,
               coalesce(c.buyer, 0) AS buyer, coalesce(c.users, 0) AS users,
               coalesce(c.churned, 0) AS churned, c.last
        FROM "Problem" pr
        LEFT JOIN (${problemCustomerTotals(ids)}) c ON c."problemId" = pr."id"
        ${ids ? Prisma.sql`WHERE pr."id" = ANY(${ids}::uuid[])` : Prisma.empty}
      ) x
      WHERE p."id" = x."id"
        AND (p."linkedCount", p."customerCount", p."internalCustomers", p."prospectCustomers", p."buyerCustomers",
             p."userCustomers", p."churnedCustomers", p."lastLinkedAt")
            IS DISTINCT FROM (x.linked, x.customers, x.internal, x.prospect, x.buyer, x.users, x.churned, x.last)`,
  ];
  if (isFullClient(client)) {
    await client.$transaction(
      async (tx) => {
        for (const statement of statements(tx)) await statement;
      },
      { timeout: REBUILD_TIMEOUT_MS, maxWait: 30_000 },
    );
  } else {
    for (const statement of statements(client)) await statement;
  }
}

/** Per-problem totals over ProblemCustomer (what the Problem rollup columns must equal). */
function problemCustomerTotals(ids?: readonly string[]) {
  return Prisma.sql`
    SELECT "problemId",
           sum("inquiryCount")::int AS linked, count(*)::int AS customers,
           (count(*) FILTER (WHERE "customerType" = 'INTERNAL'))::int AS internal,
           (count(*) FILTER (WHERE "customerType" = 'PROSPECT'))::int AS prospect,
           (count(*) FILTER (WHERE "customerType" = 'BUYER'))::int AS buyer,
           (count(*) FILTER (WHERE "customerType" = 'USER'))::int AS users,
           (count(*) FILTER (WHERE "customerType" = 'CHURNED'))::int AS churned,
           max("lastInquiryAt") AS last
    FROM "ProblemCustomer"
    WHERE ${problemFilter(Prisma.sql`"problemId"`, ids ? [...ids] : undefined)}
    GROUP BY "problemId"`;
}

const typeColumn = {
  INTERNAL: "internalCustomers",
  PROSPECT: "prospectCustomers",
  BUYER: "buyerCustomers",
  USER: "userCustomers",
  CHURNED: "churnedCustomers",
} as const;
type TypeName = keyof typeof typeColumn;

/**
 * Locks Problem rows FOR UPDATE in id order (a fixed order, so two transactions locking
 * overlapping sets cannot deadlock on them). Every change of Inquiry.problemId holds the locks of
 * both the old and the new problem, which serializes concurrent link changes per problem and
 * keeps the incremental rollups exact. Returns the ids that exist.
 */
export async function lockProblems(tx: Prisma.TransactionClient, problemIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(problemIds)].sort();
  if (!ids.length) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Problem" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
  return rows.map((r) => r.id);
}

export type LinkChange = { problemId: string; inquiryIds: readonly string[]; direction: "added" | "removed" };

/**
 * Incremental rollup maintenance after inquiries were linked to ("added") or taken off
 * ("removed") problems — any number of problems at once (a move touches its source(s) and its
 * target), in a fixed number of set-based statements. Call it inside the transaction, AFTER
 * Inquiry.problemId was updated, with the problem rows locked (lockProblems). Cost grows with the
 * changed inquiries and their customers, not with the problems' size:
 * - ProblemWeek: ± counts per (problem, week) of the changed inquiries (rows at 0 are deleted);
 * - ProblemSubject: the same per (problem, subject);
 * - ProblemTag: the same per (problem, tag) over the changed inquiries' InquiryTag rows;
 * - ProblemCustomer: the rows of the changed (problem, customer) pairs are recomputed from the
 *   links (a removal can change which inquiry is a customer's latest, so a delta is not enough);
 * - Problem: linkedCount ± n and per-type customer counts by the difference of those rows;
 *   lastLinkedAt from the (problemId, createdAt) index.
 */
export async function applyLinkChanges(tx: Prisma.TransactionClient, changes: readonly LinkChange[], timeZone: string): Promise<void> {
  const pairs = changes.flatMap((c) => [...new Set(c.inquiryIds)].map((id) => ({ problemId: c.problemId, inquiryId: id, sign: c.direction === "added" ? 1 : -1 })));
  if (!pairs.length) return;
  const problemIds = [...new Set(pairs.map((p) => p.problemId))];
  const pairSql = Prisma.sql`
    SELECT x.pid AS "problemId", x.sign, i."id", i."customerId", i."createdAt", i."subject"
    FROM unnest(${pairs.map((p) => p.problemId)}::uuid[], ${pairs.map((p) => p.inquiryId)}::uuid[], ${pairs.map((p) => p.sign)}::int[]) AS x(pid, iid, sign)
    JOIN "Inquiry" i ON i."id" = x.iid`;
  const week = weekStartSql(Prisma.sql`c."createdAt"`, timeZone);
  // Removals only ever decrement existing rows (the inquiry was counted when it was linked).
  await tx.$executeRaw`
    INSERT INTO "ProblemWeek" ("problemId", "weekStart", "count")
    SELECT c."problemId", ${week}, sum(c.sign)::int
    FROM (${pairSql}) c
    GROUP BY 1, 2
    ON CONFLICT ("problemId", "weekStart") DO UPDATE SET "count" = "ProblemWeek"."count" + EXCLUDED."count"`;
  await tx.$executeRaw`DELETE FROM "ProblemWeek" WHERE "problemId" = ANY(${problemIds}::uuid[]) AND "count" <= 0`;
  await tx.$executeRaw`
    INSERT INTO "ProblemSubject" ("problemId", "subject", "count")
    SELECT c."problemId", c."subject", sum(c.sign)::int
    FROM (${pairSql}) c
    GROUP BY 1, 2
    ON CONFLICT ("problemId", "subject") DO UPDATE SET "count" = "ProblemSubject"."count" + EXCLUDED."count"`;
  await tx.$executeRaw`DELETE FROM "ProblemSubject" WHERE "problemId" = ANY(${problemIds}::uuid[]) AND "count" <= 0`;
  await tx.$executeRaw`
    INSERT INTO "ProblemTag" ("problemId", "tagId", "inquiryCount")
    SELECT c."problemId", it."tagId", sum(c.sign)::int
    FROM (${pairSql}) c
    JOIN "InquiryTag" it ON it."inquiryId" = c."id"
    GROUP BY 1, 2
    ON CONFLICT ("problemId", "tagId") DO UPDATE SET "inquiryCount" = "ProblemTag"."inquiryCount" + EXCLUDED."inquiryCount"`;
  await tx.$executeRaw`DELETE FROM "ProblemTag" WHERE "problemId" = ANY(${problemIds}::uuid[]) AND "inquiryCount" <= 0`;

  const customerPairs = await tx.$queryRaw<{ problemId: string; customerId: string }[]>`
    SELECT DISTINCT c."problemId"::text AS "problemId", c."customerId"::text AS "customerId" FROM (${pairSql}) c`;
  const deltas = await refreshProblemCustomerRows(tx, customerPairs);
  const linked = new Map<string, number>();
  for (const p of pairs) linked.set(p.problemId, (linked.get(p.problemId) ?? 0) + p.sign);
  await updateProblemCounts(tx, problemIds.map((id) => ({ problemId: id, linked: linked.get(id) ?? 0, ...(deltas.get(id) ?? emptyDelta()) })), true);
}

/** Single-problem form of applyLinkChanges. */
export async function adjustProblemRollups(
  tx: Prisma.TransactionClient,
  problemId: string,
  inquiryIds: readonly string[],
  direction: "added" | "removed",
  timeZone: string,
): Promise<void> {
  await applyLinkChanges(tx, [{ problemId, inquiryIds, direction }], timeZone);
}

type TypeDelta = Record<TypeName, number> & { total: number };
const emptyDelta = (): TypeDelta => ({ INTERNAL: 0, PROSPECT: 0, BUYER: 0, USER: 0, CHURNED: 0, total: 0 });

/** Past this many changed customers on one problem, recompute all of its customer rows at once. */
const WHOLE_PROBLEM_PAIRS = 64;

/**
 * Recomputes the ProblemCustomer rows of the given (problem, customer) pairs from the links and
 * returns, per problem, how the per-type customer counts changed (new rows minus old rows).
 * Few pairs on a problem: look each customer's inquiries up (customerId index; the problemId
 * test is kept off the index on purpose — `IS NOT DISTINCT FROM` — or the planner ANDs in a scan
 * of the whole problem for every pair). Many pairs (a merge, a big selection): recompute the whole
 * problem in one pass over its links.
 */
async function refreshProblemCustomerRows(
  tx: Prisma.TransactionClient,
  pairs: readonly { problemId: string; customerId: string }[],
): Promise<Map<string, TypeDelta>> {
  const deltas = new Map<string, TypeDelta>();
  if (!pairs.length) return deltas;
  const perProblem = new Map<string, number>();
  for (const p of pairs) perProblem.set(p.problemId, (perProblem.get(p.problemId) ?? 0) + 1);
  const whole = [...perProblem].filter(([, n]) => n > WHOLE_PROBLEM_PAIRS).map(([id]) => id);
  const few = pairs.filter((p) => (perProblem.get(p.problemId) ?? 0) <= WHOLE_PROBLEM_PAIRS);
  type Row = { problemId: string; customerType: TypeName };
  const removed: Row[] = [];
  const added: Row[] = [];
  const aggregate = Prisma.sql`
    i."problemId", i."customerId",
    (array_agg(i."customerType" ORDER BY i."createdAt" DESC, i."id" DESC))[1],
    count(*)::int, max(i."createdAt")`;
  const returning = Prisma.sql`RETURNING "problemId"::text AS "problemId", "customerType"::text AS "customerType"`;
  if (few.length) {
    const problemIds = few.map((p) => p.problemId);
    const customerIds = few.map((p) => p.customerId);
    removed.push(...(await tx.$queryRaw<Row[]>`
      DELETE FROM "ProblemCustomer" pc
      USING unnest(${problemIds}::uuid[], ${customerIds}::uuid[]) AS x(pid, cid)
      WHERE pc."problemId" = x.pid AND pc."customerId" = x.cid
      RETURNING pc."problemId"::text AS "problemId", pc."customerType"::text AS "customerType"`));
    added.push(...(await tx.$queryRaw<Row[]>`
      INSERT INTO "ProblemCustomer" ("problemId", "customerId", "customerType", "inquiryCount", "lastInquiryAt")
      SELECT ${aggregate}
      FROM unnest(${problemIds}::uuid[], ${customerIds}::uuid[]) AS x(pid, cid)
      JOIN "Inquiry" i ON i."customerId" = x.cid AND i."problemId" IS NOT DISTINCT FROM x.pid
      GROUP BY i."problemId", i."customerId"
      ${returning}`));
  }
  if (whole.length) {
    removed.push(...(await tx.$queryRaw<Row[]>`
      DELETE FROM "ProblemCustomer" WHERE "problemId" = ANY(${whole}::uuid[]) ${returning}`));
    added.push(...(await tx.$queryRaw<Row[]>`
      INSERT INTO "ProblemCustomer" ("problemId", "customerId", "customerType", "inquiryCount", "lastInquiryAt")
      SELECT ${aggregate}
      FROM "Inquiry" i WHERE i."problemId" = ANY(${whole}::uuid[])
      GROUP BY i."problemId", i."customerId"
      ${returning}`));
  }
  const bump = (problemId: string, type: TypeName, by: number) => {
    const d = deltas.get(problemId) ?? emptyDelta();
    d[type] += by;
    d.total += by;
    deltas.set(problemId, d);
  };
  for (const r of removed) bump(r.problemId, r.customerType, -1);
  for (const r of added) bump(r.problemId, r.customerType, 1);
  return deltas;
}

/** Adds the deltas to the Problem rollup columns, one statement for all problems. */
async function updateProblemCounts(
  tx: Prisma.TransactionClient,
  rows: readonly (TypeDelta & { problemId: string; linked: number })[],
  refreshLastLinked: boolean,
): Promise<void> {
  if (!rows.length) return;
  const col = (pick: (r: (typeof rows)[number]) => number) => rows.map(pick);
  await tx.$executeRaw`
    UPDATE "Problem" p SET
      "linkedCount" = p."linkedCount" + d.linked,
      "customerCount" = p."customerCount" + d.total,
      "internalCustomers" = p."internalCustomers" + d.internal,
      "prospectCustomers" = p."prospectCustomers" + d.prospect,
      "buyerCustomers" = p."buyerCustomers" + d.buyer,
      "userCustomers" = p."userCustomers" + d.users,
      "churnedCustomers" = p."churnedCustomers" + d.churned,
      "lastLinkedAt" = CASE WHEN ${refreshLastLinked}
                            THEN (SELECT max(i."createdAt") FROM "Inquiry" i WHERE i."problemId" = p."id")
                            ELSE p."lastLinkedAt" END
    FROM unnest(
      ${rows.map((r) => r.problemId)}::uuid[], ${col((r) => r.linked)}::int[], ${col((r) => r.total)}::int[],
      ${col((r) => r.INTERNAL)}::int[], ${col((r) => r.PROSPECT)}::int[], ${col((r) => r.BUYER)}::int[],
      ${col((r) => r.USER)}::int[], ${col((r) => r.CHURNED)}::int[]
    ) AS d(pid, linked, total, internal, prospect, buyer, users, churned)
    WHERE p."id" = d.pid`;
}

/**
 * Keeps ProblemCustomer and the Problem's per-type counts right after the customer-type snapshot
 * of a linked inquiry changed (the type of a customer's latest linked inquiry may change).
 * Call inside the transaction that changed the inquiry.
 */
export async function refreshProblemCustomer(
  tx: Prisma.TransactionClient,
  problemId: string,
  customerId: string,
): Promise<void> {
  const d = (await refreshProblemCustomerRows(tx, [{ problemId, customerId }])).get(problemId);
  if (!d || Object.values(d).every((n) => n === 0)) return;
  await updateProblemCounts(tx, [{ problemId, linked: 0, ...d }], false);
}

export type RollupDifference = {
  table: "Problem" | "ProblemCustomer" | "ProblemWeek" | "ProblemSubject" | "ProblemTag";
  problemId: string;
  /** customerId (ProblemCustomer), week start ISO (ProblemWeek), the subject (ProblemSubject) or tagId (ProblemTag); null for Problem rows. */
  key: string | null;
  stored: string | null;
  expected: string | null;
};

/**
 * Compares the stored rollups with a recomputation from the links and returns every difference
 * (none when the incremental path is right). Read-only.
 */
export async function reconcileProblemRollups(
  client: SqlClient,
  opts: { timeZone?: string } = {},
): Promise<RollupDifference[]> {
  const tz = opts.timeZone ?? DEFAULT_ORG_TIME_ZONE;
  const week = weekStartSql(Prisma.sql`i."createdAt"`, tz);
  const weeks = await client.$queryRaw<RollupDifference[]>`
    WITH expected AS (
      SELECT i."problemId", ${week} AS "weekStart", count(*)::int AS "count"
      FROM "Inquiry" i WHERE i."problemId" IS NOT NULL GROUP BY 1, 2
    )
    SELECT 'ProblemWeek' AS "table", coalesce(s."problemId", e."problemId")::text AS "problemId",
           to_char(coalesce(s."weekStart", e."weekStart"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "key",
           s."count"::text AS "stored", e."count"::text AS "expected"
    FROM "ProblemWeek" s
    FULL OUTER JOIN expected e ON e."problemId" = s."problemId" AND e."weekStart" = s."weekStart"
    WHERE s."count" IS DISTINCT FROM e."count"`;
  const subjects = await client.$queryRaw<RollupDifference[]>`
    WITH expected AS (
      SELECT i."problemId", i."subject", count(*)::int AS "count"
      FROM "Inquiry" i WHERE i."problemId" IS NOT NULL GROUP BY 1, 2
    )
    SELECT 'ProblemSubject' AS "table", coalesce(s."problemId", e."problemId")::text AS "problemId",
           coalesce(s."subject", e."subject")::text AS "key",
           s."count"::text AS "stored", e."count"::text AS "expected"
    FROM "ProblemSubject" s
    FULL OUTER JOIN expected e ON e."problemId" = s."problemId" AND e."subject" = s."subject"
    WHERE s."count" IS DISTINCT FROM e."count"`;
  const tags = await client.$queryRaw<RollupDifference[]>`
    WITH expected AS (
      SELECT i."problemId", it."tagId", count(*)::int AS "inquiryCount"
      FROM "Inquiry" i JOIN "InquiryTag" it ON it."inquiryId" = i."id"
      WHERE i."problemId" IS NOT NULL GROUP BY 1, 2
    )
    SELECT 'ProblemTag' AS "table", coalesce(s."problemId", e."problemId")::text AS "problemId",
           coalesce(s."tagId", e."tagId")::text AS "key",
           s."inquiryCount"::text AS "stored", e."inquiryCount"::text AS "expected"
    FROM "ProblemTag" s
    FULL OUTER JOIN expected e ON e."problemId" = s."problemId" AND e."tagId" = s."tagId"
    WHERE s."inquiryCount" IS DISTINCT FROM e."inquiryCount"`;
  const customers = await client.$queryRaw<RollupDifference[]>`
    WITH expected AS (
      SELECT i."problemId", i."customerId",
             (array_agg(i."customerType" ORDER BY i."createdAt" DESC, i."id" DESC))[1]::text AS "customerType",
             count(*)::int AS "inquiryCount", max(i."createdAt") AS "lastInquiryAt"
      FROM "Inquiry" i WHERE i."problemId" IS NOT NULL GROUP BY 1, 2
    ), stored AS (
      SELECT "problemId", "customerId", "customerType"::text AS "customerType", "inquiryCount", "lastInquiryAt"
      FROM "ProblemCustomer"
    )
    SELECT 'ProblemCustomer' AS "table", coalesce(s."problemId", e."problemId")::text AS "problemId",
           coalesce(s."customerId", e."customerId")::text AS "key",
           CASE WHEN s."problemId" IS NULL THEN NULL
                ELSE concat_ws('|', s."customerType", s."inquiryCount", s."lastInquiryAt") END AS "stored",
           CASE WHEN e."problemId" IS NULL THEN NULL
                ELSE concat_ws('|', e."customerType", e."inquiryCount", e."lastInquiryAt") END AS "expected"
    FROM stored s
    FULL OUTER JOIN expected e ON e."problemId" = s."problemId" AND e."customerId" = s."customerId"
    WHERE (s."customerType", s."inquiryCount", s."lastInquiryAt") IS DISTINCT FROM (e."customerType", e."inquiryCount", e."lastInquiryAt")`;
  const problems = await client.$queryRaw<RollupDifference[]>`
    WITH links AS (
      SELECT "problemId", count(*)::int AS linked, max("createdAt") AS last
      FROM "Inquiry" WHERE "problemId" IS NOT NULL GROUP BY 1
    ), per_customer AS (
      SELECT "problemId", "customerId",
             (array_agg("customerType" ORDER BY "createdAt" DESC, "id" DESC))[1] AS "customerType"
      FROM "Inquiry" WHERE "problemId" IS NOT NULL GROUP BY 1, 2
    ), types AS (
      SELECT "problemId", count(*)::int AS customers,
             (count(*) FILTER (WHERE "customerType" = 'INTERNAL'))::int AS internal,
             (count(*) FILTER (WHERE "customerType" = 'PROSPECT'))::int AS prospect,
             (count(*) FILTER (WHERE "customerType" = 'BUYER'))::int AS buyer,
             (count(*) FILTER (WHERE "customerType" = 'USER'))::int AS users,
             (count(*) FILTER (WHERE "customerType" = 'CHURNED'))::int AS churned
      FROM per_customer GROUP BY 1
    ), expected AS (
      SELECT p."id",
             concat_ws('|', coalesce(l.linked, 0), coalesce(t.customers, 0), coalesce(t.internal, 0),
                       coalesce(t.prospect, 0), coalesce(t.buyer, 0), coalesce(t.users, 0),
                       coalesce(t.churned, 0), coalesce(l.last::text, '-')) AS value
      FROM "Problem" p
      LEFT JOIN links l ON l."problemId" = p."id"
      LEFT JOIN types t ON t."problemId" = p."id"
    )
    SELECT 'Problem' AS "table", p."id"::text AS "problemId", NULL AS "key", s.value AS "stored", e.value AS "expected"
    FROM "Problem" p
    JOIN expected e ON e."id" = p."id"
    CROSS JOIN LATERAL (
      SELECT concat_ws('|', p."linkedCount", p."customerCount", p."internalCustomers", p."prospectCustomers",
                       p."buyerCustomers", p."userCustomers", p."churnedCustomers", coalesce(p."lastLinkedAt"::text, '-')) AS value
    ) s
    WHERE s.value IS DISTINCT FROM e.value`;
  return [...problems, ...customers, ...weeks, ...subjects, ...tags];
}

/**
 * For a change of a linked inquiry's customer-type snapshot (lib/inquiries/mutations/fields.ts):
 * lock the problem it is linked to, BEFORE the inquiry row is updated (the link path locks
 * problem → inquiry; taking the same order avoids a deadlock). Returns the locked problem id.
 */
export async function lockLinkedProblem(tx: Prisma.TransactionClient, inquiryId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT p."id"::text AS "id" FROM "Problem" p
    WHERE p."id" = (SELECT "problemId" FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid)
    FOR UPDATE OF p`;
  return rows[0]?.id ?? null;
}

/**
 * After that change: recompute the inquiry's customer row on its problem (the type of the
 * customer's latest linked inquiry may have changed) and the problem's per-type counts.
 */
export async function refreshLinkedProblemCustomer(
  tx: Prisma.TransactionClient,
  inquiryId: string,
  lockedProblemId: string | null,
): Promise<void> {
  const [row] = await tx.$queryRaw<{ problemId: string | null; customerId: string }[]>`
    SELECT "problemId"::text AS "problemId", "customerId"::text AS "customerId" FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid`;
  if (!row?.problemId) return;
  // Moved to another problem between the lock and the update (rare): lock that one too.
  if (row.problemId !== lockedProblemId) await lockProblems(tx, [row.problemId]);
  await refreshProblemCustomer(tx, row.problemId, row.customerId);
}

/**
 * For a change of a linked inquiry's tags (lib/inquiries/mutations/tags.ts), before its versioned
 * UPDATE: lock the problem it is linked to, then the inquiry row (the link path's order), and
 * check it still points there. `stable: false` means a link change moved it in between: the
 * caller must roll back and start again (locking the new problem now, while holding the inquiry
 * row, would invert that order and can deadlock). While both are held, no link change can count
 * this inquiry's tags and every ProblemTag write of that problem waits for us, so a delta is exact.
 */
export async function lockInquiryWithProblem(
  tx: Prisma.TransactionClient,
  inquiryId: string,
): Promise<{ problemId: string | null; stable: boolean }> {
  const lockedProblemId = await lockLinkedProblem(tx, inquiryId);
  const [row] = await tx.$queryRaw<{ problemId: string | null }[]>`
    SELECT "problemId"::text AS "problemId" FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid FOR UPDATE`;
  const problemId = row?.problemId ?? null;
  return { problemId, stable: problemId === lockedProblemId };
}

/**
 * After that change, in the same transaction: ± 1 per added / removed tag on the problem's
 * ProblemTag rows (rows at 0 are deleted). `problemId` comes from lockInquiryWithProblem.
 */
export async function adjustProblemTags(
  tx: Prisma.TransactionClient,
  problemId: string | null,
  change: { added: readonly string[]; removed: readonly string[] },
): Promise<void> {
  const tagIds = [...change.added, ...change.removed];
  if (!problemId || !tagIds.length) return;
  const signs = [...change.added.map(() => 1), ...change.removed.map(() => -1)];
  await tx.$executeRaw`
    INSERT INTO "ProblemTag" ("problemId", "tagId", "inquiryCount")
    SELECT ${problemId}::uuid, x.tid, sum(x.sign)::int
    FROM unnest(${tagIds}::uuid[], ${signs}::int[]) AS x(tid, sign)
    GROUP BY x.tid
    ON CONFLICT ("problemId", "tagId") DO UPDATE SET "inquiryCount" = "ProblemTag"."inquiryCount" + EXCLUDED."inquiryCount"`;
  await tx.$executeRaw`
    DELETE FROM "ProblemTag" WHERE "problemId" = ${problemId}::uuid AND "tagId" = ANY(${tagIds}::uuid[]) AND "inquiryCount" <= 0`;
}
