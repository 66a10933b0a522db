/**
 * The fix board's measured paths (issue 3, "Performance"): the board page data, similar-problem
 * suggestions, a problem's page, and shipping a problem with 2,000 linked open inquiries — all
 * through lib/ (Prisma included). Reads are measured like the spine paths (bench/paths.ts: p50 /
 * p95 / p99 beside the raw-SQL floor). Shipping is a one-shot write — a problem ships once — so it
 * is measured once per problem on a handful of different problems (max reported) and has no raw
 * floor: replaying its writes would measure a no-op.
 */
import { capture, RawReplayer, type Statement } from "./capture";
import { libImporter } from "./lib-import";
import type { PathDef, PathResult } from "./paths";
import { round, summarize } from "./stats";

type Fn = (...args: never[]) => Promise<unknown>;

export type BoardLib = {
  getBoard?: (actor: unknown, filters: Record<string, unknown>) => Promise<unknown>;
  getProblemDetail?: (actor: unknown, problemId: string) => Promise<unknown>;
  suggestSimilarProblems?: (actor: unknown, input: { q: string }) => Promise<{ matchedVia: string }[]>;
  shipProblem?: (actor: unknown, input: { problemId: string; releaseNote: string; resolveLinked: boolean }) => Promise<{ resolved: number; queued: number; changed: boolean }>;
  missing: Record<string, string>;
};

/** Imports the board's lib/ modules (after the environment is set); what is missing is reported. */
export async function loadBoardLib(): Promise<BoardLib> {
  const lib = libImporter();
  const { missing } = lib;
  // Specifiers in variables: the bench must type-check and run while these files change.
  const specs = ["@/lib/board/queries", "@/lib/board/queries-detail", "@/lib/board/suggest", "@/lib/board/mutations"];
  const [queries, detail, suggest, mutations] = await Promise.all(specs.map(lib.load));
  const fn = <T>(name: string, ...mods: [Record<string, unknown>, string][]): T | undefined => {
    for (const [mod] of mods) if (typeof mod[name] === "function") return mod[name] as T;
    missing[`${mods.map(([, s]) => s).join(" or ")}#${name}`] ??= "export not found";
    return undefined;
  };
  return {
    getBoard: fn<BoardLib["getBoard"] & Fn>("getBoard", [queries, specs[0]]),
    getProblemDetail: fn<BoardLib["getProblemDetail"] & Fn>("getProblemDetail", [detail, specs[1]], [queries, specs[0]]),
    suggestSimilarProblems: fn<BoardLib["suggestSimilarProblems"] & Fn>("suggestSimilarProblems", [suggest, specs[2]]),
    shipProblem: fn<BoardLib["shipProblem"] & Fn>("shipProblem", [mutations, specs[3]]),
    missing,
  };
}

export const BOARD_TARGET_P95_MS = 80;
export const SUGGEST_TARGET_P95_MS = 100;
export const SHIP_TARGET_MAX_MS = 2000;

/** What the agent types as a new problem's title (the bench's own subjects say much the same). */
export const SUGGEST_QUERIES = { ko: "앱이 자꾸 꺼짐", en: "app crashes on startup" } as const;

export function boardPathDefs(
  lib: BoardLib,
  actors: { product: unknown; agent: unknown },
  fixtures: { tags: Record<string, string>; bigProblemIds: string[] },
): PathDef[] {
  const unavailable = (what: string) => `not available: ${Object.entries(lib.missing).find(([k]) => k.includes(what))?.[1] ?? `${what} not exported`}`;
  const board = (key: string, label: string, filters: Record<string, unknown>, info = false): PathDef =>
    lib.getBoard
      ? { key, label, target: { p95Ms: BOARD_TARGET_P95_MS }, info, run: () => lib.getBoard!(actors.product, filters) }
      : { key, label, target: { p95Ms: BOARD_TARGET_P95_MS }, info, unavailable: unavailable("getBoard") };
  const suggest = (key: string, label: string, q: string): PathDef =>
    lib.suggestSimilarProblems
      ? { key, label, target: { p95Ms: SUGGEST_TARGET_P95_MS }, run: () => lib.suggestSimilarProblems!(actors.agent, { q }) }
      : { key, label, target: { p95Ms: SUGGEST_TARGET_P95_MS }, unavailable: unavailable("suggestSimilarProblems") };
  const defs: PathDef[] = [
    board("board", "board page data (getBoard, no filter)", {}),
    board("board-tag", "board filtered by tag (\"bug\")", { tag: fixtures.tags.bug }),
    suggest("suggest-ko", `similar problems, Korean "${SUGGEST_QUERIES.ko}"`, SUGGEST_QUERIES.ko),
    suggest("suggest-en", `similar problems, English "${SUGGEST_QUERIES.en}"`, SUGGEST_QUERIES.en),
    board("board-type", "(info) board filtered by customer type (churned)", { customerType: "CHURNED" }, true),
    board("board-owner", "(info) board filtered by owner (me)", { owner: "me" }, true),
  ];
  if (lib.getProblemDetail && fixtures.bigProblemIds.length) {
    const ids = fixtures.bigProblemIds;
    defs.push({ key: "problem-detail", label: "(info) problem page data (getProblemDetail, big problems)", target: { p95Ms: BOARD_TARGET_P95_MS }, info: true,
      run: (i) => lib.getProblemDetail!(actors.product, ids[i % ids.length]) });
  }
  return defs;
}

/** The bench's own fixtures for the board paths, read from the database. */
export async function readBoardFixtures(raw: RawReplayer, shipTarget: number) {
  const bigProblemIds = (await raw.query(`SELECT id::text AS id FROM "Problem" WHERE "mergedIntoId" IS NULL ORDER BY "linkedCount" DESC, number LIMIT 20`)).rows.map((r) => r.id as string);
  const counts = (await raw.query(`SELECT count(*)::int AS problems, coalesce(sum("linkedCount"), 0)::int AS linked,
      coalesce(max("linkedCount"), 0)::int AS biggest FROM "Problem"`)).rows[0] as { problems: number; linked: number; biggest: number };
  // Ship candidates when the seed did not say (--no-seed): open, with enough open linked inquiries.
  const shippable = async () => (await raw.query(`
    SELECT p.id::text AS id FROM "Problem" p
    WHERE p.status IN ('ACCEPTED', 'IN_PROGRESS') AND p."mergedIntoId" IS NULL AND p."linkedCount" >= $1
      AND (SELECT count(*) FROM "Inquiry" i WHERE i."problemId" = p.id AND i.status IN ('NEW', 'OPEN', 'PENDING')) >= $1
    ORDER BY p.number`, [shipTarget])).rows.map((r) => r.id as string);
  const smallAccepted = async () => (await raw.query(`
    SELECT id::text AS id FROM "Problem" WHERE status = 'ACCEPTED' AND "mergedIntoId" IS NULL AND "linkedCount" BETWEEN 1 AND 200
    ORDER BY "linkedCount", number LIMIT 1`)).rows[0]?.id as string | undefined;
  return { bigProblemIds, ...counts, shippable, smallAccepted };
}

const RELEASE_NOTE = "2.6.0: 수정 버전을 배포했습니다. 앱을 업데이트한 뒤 다시 시도해 주세요.\n\nVersion 2.6.0 fixes this; please update the app and try again.";

/**
 * Ships `ids` one by one (resolveLinked: true) as `actor`, after one unmeasured warm-up ship, and
 * explains the slowest run's statements against `explainId` (an unshipped problem of the same
 * size) inside a transaction that is rolled back, so the plans show a real ship's work.
 */
export async function measureShip(opts: {
  lib: BoardLib;
  actor: unknown;
  raw: RawReplayer;
  ids: string[];
  warmupId: string | undefined;
  explainId: string | undefined;
  openLinked: (id: string) => Promise<number>;
  shipTarget: number;
  log: (s: string) => void;
}): Promise<PathResult> {
  const label = `ship with ≥ ${opts.shipTarget.toLocaleString("en")} linked open inquiries (max of ${opts.ids.length})`;
  const base: PathResult = { key: "ship", label, target: { maxMs: SHIP_TARGET_MAX_MS }, available: false };
  if (!opts.lib.shipProblem) return { ...base, error: `not available: ${Object.entries(opts.lib.missing).find(([k]) => k.includes("mutations"))?.[1] ?? "shipProblem not exported"}` };
  if (!opts.ids.length) return { ...base, error: `no problem with ≥ ${opts.shipTarget} linked open inquiries to ship` };
  const ship = opts.lib.shipProblem;
  const input = (problemId: string) => ({ problemId, releaseNote: RELEASE_NOTE, resolveLinked: true });
  try {
    if (opts.warmupId) await ship(opts.actor, input(opts.warmupId));
    const runs: { id: string; open: number; ms: number; cpuMs: number; statements: Statement[]; resolved: number; queued: number }[] = [];
    for (const id of opts.ids) {
      const open = await opts.openLinked(id);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const { result, statements } = await capture(() => ship(opts.actor, input(id)));
      const ms = performance.now() - t0;
      const c1 = process.cpuUsage(c0);
      runs.push({ id, open, ms, cpuMs: (c1.user + c1.system) / 1000, statements, resolved: result.resolved, queued: result.queued });
      opts.log(`    shipped ${id}: ${open} open linked → ${result.resolved} resolved, ${result.queued} messages queued, ${ms.toFixed(0)} ms, ${statements.length} statements`);
    }
    const times = runs.map((r) => r.ms);
    const lib = summarize(times);
    const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const plans = opts.explainId ? await explainWrites(opts.raw, slowest.statements, slowest.id, opts.explainId) : [];
    const counts = runs.map((r) => r.statements.length);
    const failures: string[] = [];
    if (lib.max > SHIP_TARGET_MAX_MS) failures.push(`max ${lib.max} ms > ${SHIP_TARGET_MAX_MS} ms`);
    if (runs.some((r) => r.open < opts.shipTarget)) failures.push(`a shipped problem had fewer than ${opts.shipTarget} open linked inquiries`);
    return {
      ...base,
      available: true,
      lib,
      statements: {
        min: Math.min(...counts),
        max: Math.max(...counts),
        sample: slowest.statements.map((s) => ({ text: s.text.replace(/\s+/g, " ").trim().slice(0, 2000), values: [] })),
      },
      cpuMs: { app: round(runs.reduce((s, r) => s + r.cpuMs, 0) / runs.length), raw: Number.NaN },
      plans,
      dbExecMs: plans.length ? round(plans.reduce((s, p) => s + (Number.isFinite(p.ms) ? p.ms : 0), 0)) : undefined,
      pass: failures.length === 0,
      failures,
      runs: runs.map((r) => ({ problemId: r.id, openLinked: r.open, ms: round(r.ms), statements: r.statements.length, resolved: r.resolved, queued: r.queued })),
    };
  } catch (e) {
    return { ...base, error: `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a write path's statements with one problem id swapped for another
 * (in the SQL parameters, including ids inside text such as dedupe keys), in a transaction that is
 * rolled back. Prisma's single-row INSERTs are skipped: their ids already exist, and they are cheap.
 */
export async function explainWrites(raw: RawReplayer, statements: Statement[], fromId: string, toId: string) {
  const swap = (v: unknown): unknown =>
    typeof v === "string" ? v.split(fromId).join(toId) : Array.isArray(v) ? v.map(swap) : v;
  const out: { text: string; plan: string; ms: number }[] = [];
  try {
    await raw.query("BEGIN");
    for (const s of statements) {
      const text = s.text.trim();
      if (/^(begin|commit|rollback)\b/i.test(text)) continue;
      if (/^insert\s+into\s+"public"\./i.test(text)) continue;
      const res = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, s.values.map(swap));
      const plan = res.rows.map((r) => r["QUERY PLAN"]).join("\n");
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      out.push({ text: text.replace(/\s+/g, " ").slice(0, 300), plan, ms });
    }
  } catch (e) {
    out.push({ text: "(explain failed)", plan: String(e), ms: Number.NaN });
  } finally {
    await raw.query("ROLLBACK").catch(() => {});
  }
  return out;
}
