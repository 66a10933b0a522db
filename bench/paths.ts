/**
 * The measured paths: the app's own lib/ functions (Prisma included) and, beside each, the floor —
 * the very statements that call sent, captured at the pg driver and replayed with plain `pg`.
 * Runs alternate app call / floor replay, so background load on a shared machine hits both alike.
 */
import { capture, RawReplayer, type Statement } from "./capture";
import { round, summarize, type Summary } from "./stats";

/** p95Ms for reads measured many times; maxMs for one-shot writes measured once per run (shipping). */
export type Target = { p95Ms?: number; maxMs?: number; maxStatements?: number };

export type PathResult = {
  key: string;
  label: string;
  target: Target;
  /** false when the lib function could not be imported or threw; `error` says why */
  available: boolean;
  error?: string;
  info?: boolean;
  lib?: Summary;
  raw?: Summary;
  ratioP50?: number;
  ratioP95?: number;
  diffP95Ms?: number;
  statements?: { min: number; max: number; sample: { text: string; values: unknown[] }[] };
  plans?: { text: string; plan: string; ms: number }[];
  /**
   * CPU time of this process per call (ms, mean): for the app call that is Prisma + the lib code
   * (+ pg), for the floor only pg. Waiting for PostgreSQL or for a CPU does not count, so this is
   * the app's own cost even on a busy machine.
   */
  cpuMs?: { app: number; raw: number };
  /** server-side execution time of one call's statements (EXPLAIN ANALYZE), free of client noise */
  dbExecMs?: number;
  pass?: boolean;
  failures?: string[];
  /** Measured runs in which a statement failed (e.g. the app's own statement_timeout budget), by SQLSTATE. */
  failedStatements?: Record<string, number>;
  /** One-shot paths (shipping): each run's details. */
  runs?: Record<string, unknown>[];
};

export type PathDef = {
  key: string;
  label: string;
  target: Target;
  info?: boolean;
  /** i = run index (lets a path rotate through inquiries) */
  run?: (i: number) => Promise<unknown>;
  unavailable?: string;
};

export async function measure(def: PathDef, raw: RawReplayer, opts: { runs: number; warmup: number; log: (s: string) => void }): Promise<PathResult> {
  const base: PathResult = { key: def.key, label: def.label, target: def.target, available: false, info: def.info };
  if (!def.run) return { ...base, error: def.unavailable ?? "not available" };
  const libTimes: number[] = [];
  const rawTimes: number[] = [];
  const counts: number[] = [];
  let sample: Statement[] = [];
  let slowest: { statements: Statement[]; ms: number } = { statements: [], ms: -1 };
  let appCpu = 0;
  let rawCpu = 0;
  const failed: Record<string, number> = {};
  try {
    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const { statements } = await capture(() => def.run!(i));
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      await raw.replay(statements);
      const t2 = performance.now();
      const c2 = process.cpuUsage(c0);
      if (i < opts.warmup) continue;
      appCpu += (c1.user + c1.system) / 1000;
      rawCpu += (c2.user + c2.system - c1.user - c1.system) / 1000;
      libTimes.push(t1 - t0);
      rawTimes.push(t2 - t1);
      counts.push(statements.length);
      for (const code of new Set(statements.filter((s) => s.error).map((s) => s.error!))) failed[code] = (failed[code] ?? 0) + 1;
      if (!sample.length) sample = statements;
      if (t1 - t0 > slowest.ms) slowest = { statements, ms: t1 - t0 };
    }
  } catch (e) {
    return { ...base, error: `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
  const lib = summarize(libTimes);
  const rawS = summarize(rawTimes);
  const result: PathResult = {
    ...base,
    available: true,
    lib,
    raw: rawS,
    ratioP50: round(lib.p50 / rawS.p50),
    ratioP95: round(lib.p95 / rawS.p95),
    diffP95Ms: round(lib.p95 - rawS.p95),
    cpuMs: { app: round(appCpu / opts.runs), raw: round(rawCpu / opts.runs) },
    ...(Object.keys(failed).length ? { failedStatements: failed } : {}),
    statements: {
      min: Math.min(...counts),
      max: Math.max(...counts),
      sample: sample.map((s) => ({ text: s.text.replace(/\s+/g, " ").trim(), values: s.values })),
    },
  };
  result.plans = await explain(raw, sample);
  result.dbExecMs = round(result.plans.reduce((sum, p) => sum + (Number.isFinite(p.ms) ? p.ms : 0), 0));
  // The slowest app run's statements, explained too when they differ (e.g. another inquiry id).
  if (slowest.statements !== sample && slowest.statements.length) {
    result.plans.push(...(await explain(raw, slowest.statements)).map((p) => ({ ...p, text: `[slowest run] ${p.text}` })));
  }
  const failures: string[] = [];
  // A budget that fired is a result, not a pass: say how often.
  for (const [code, n] of Object.entries(failed)) failures.push(`${n} runs with SQLSTATE ${code}${code === "57014" ? " (statement timeout)" : ""}`);
  if (def.target.p95Ms !== undefined && lib.p95 > def.target.p95Ms) failures.push(`p95 ${lib.p95} ms > ${def.target.p95Ms} ms`);
  if (def.target.maxMs !== undefined && lib.max > def.target.maxMs) failures.push(`max ${lib.max} ms > ${def.target.maxMs} ms`);
  if (def.target.maxStatements !== undefined && result.statements!.max > def.target.maxStatements) {
    failures.push(`${result.statements!.max} statements > ${def.target.maxStatements}`);
  }
  result.pass = failures.length === 0;
  result.failures = failures;
  return result;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each read statement, in order, inside a transaction that is rolled
 * back (session settings such as the trigram threshold apply as they did; writes are skipped).
 */
export async function explain(raw: RawReplayer, statements: Statement[]): Promise<{ text: string; plan: string; ms: number }[]> {
  const out: { text: string; plan: string; ms: number }[] = [];
  try {
    await raw.query("BEGIN");
    for (const s of statements) {
      const text = s.text.trim();
      if (/^(begin|commit|rollback)\b/i.test(text)) continue;
      if (/^(insert|update|delete)\b/i.test(text)) continue;
      if (/set_config|^set\b/i.test(text)) {
        await raw.query(text, s.values);
        continue;
      }
      // Best of three: one EXPLAIN on a busy 2-core machine can be descheduled mid-plan.
      let best = { plan: "", ms: Infinity };
      for (let k = 0; k < 3; k++) {
        const res = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, s.values);
        const plan = res.rows.map((r) => r["QUERY PLAN"]).join("\n");
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
        if (ms < best.ms || !Number.isFinite(best.ms)) best = { plan, ms };
      }
      out.push({ text: text.replace(/\s+/g, " ").slice(0, 300), plan: best.plan, ms: best.ms });
    }
  } catch (e) {
    out.push({ text: "(explain failed)", plan: String(e), ms: Number.NaN });
  } finally {
    await raw.query("ROLLBACK").catch(() => {});
  }
  return out;
}
