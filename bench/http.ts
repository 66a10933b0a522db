/**
 * HTTP load: `next start` (the production build) against the bench database, 8 clients signed in
 * through the real next-auth credentials flow, autocannon on GET /inquiries over loopback, then on
 * GET /dashboard (issue 5) with the same clients; then, on the same server, the public survey answer POST /api/s/<token> (issue 4): 20 connections, each
 * request a different unanswered survey request's token, from its own client address.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { reference } from "./reference";
import { freePort } from "../scripts/embedded-db";
import { summarize, type Summary } from "./stats";

/** One autocannon run on a page (GET) with signed-in clients. */
export type GetLoadResult = {
  path: string;
  connections: number;
  durationSeconds: number;
  latency: Summary & { p90: number; p97_5: number };
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /**
   * CPU time per request (ms) during the load, from /proc: the Next server's process tree, the
   * PostgreSQL server's, and this process (autocannon). Unlike latency, this does not depend on
   * what else the machine is running.
   */
  cpuMsPerRequest: { next: number; postgres: number; loadGenerator: number } | null;
  loadavg: { start: number[]; end: number[] };
  /**
   * What PostgreSQL was busy with during the run: pg_stat_activity sampled every 250 ms, active
   * backends by type and statement start (the most frequent first) — tells the app's statements
   * from a background job or an autovacuum worker.
   */
  activity: { samples: number; top: { what: string; seen: number }[] };
};

export type HttpResult = GetLoadResult & {
  users: string[];
  buildId: string;
  buildAgeMinutes: number;
  /** GET /dashboard (issue 5) on the same server, after /inquiries (absent when not asked for). */
  dashboard?: GetLoadResult | { error: string };
  /** POST /api/s/<token> on the same server (absent when not asked for). */
  surveyPost?: SurveyPostResult | { error: string };
};

export type SurveyPostResult = {
  path: string;
  connections: number;
  durationSeconds: number;
  latency: Summary & { p90: number; p97_5: number };
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /** 201 {ok:true} (stored) responses, read from the bodies. */
  stored: number;
  /** 200 {ok:true, already:true}: must be 0, every request carries a fresh token. */
  already: number;
  /** SurveyResponse rows after − before the run. */
  rowsCreated: number;
  /** Of those, the rows of the requests answered 201 during the run: must equal `stored`. */
  rowsOfStored: number;
  /**
   * Requests still in flight when the clock stopped autocannon (at most one per connection): sent,
   * not measured; the server may still have stored them. rowsCreated must be rowsOfStored plus
   * the rows of these, nothing else.
   */
  inFlight: number;
  rowsOfInFlight: number;
  /** Tokens available / used (a run that used them all stopped early). */
  tokens: { available: number; used: number; warmup: number };
  cpuMsPerRequest: { next: number; postgres: number; loadGenerator: number } | null;
  loadavg: { start: number[]; end: number[] };
};

/** The secret the bench gives `next start` (survey tokens are signed with it). */
export const BENCH_AUTH_SECRET = "loopdesk-bench-secret-not-for-production";

/** utime+stime (ms) of a process and all its descendants (Linux /proc). */
function treeCpuMs(root: number): number {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the ")" that closes the command name: state ppid … utime(12) stime(13).
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch { /* exited meanwhile */ }
  }
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += procs.get(pid)?.ticks ?? 0;
    for (const [child, p] of procs) if (p.ppid === pid) stack.push(child);
  }
  return total * 10; // USER_HZ is 100 on Linux: one tick = 10 ms
}

/** The postmaster listening on the database's port, when it runs on this machine (embedded). */
function postmasterFor(databaseUrl: string): number | null {
  const port = new URL(databaseUrl).port || "5432";
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const i = args.indexOf("-p");
      if (/postgres$/.test(args[0]) && i > 0 && args[i + 1] === port) return Number(entry);
    } catch { /* exited meanwhile */ }
  }
  return null;
}

/**
 * CPU time spent during a load (Linux /proc): the Next server's process tree, the PostgreSQL
 * server's and this process (autocannon). `start` before the load, `perRequest` after it.
 */
function cpuMeter(postmaster: number | null) {
  const pid = process.platform === "linux" ? server?.pid : undefined;
  const c0 = pid ? { next: treeCpuMs(pid), pg: postmaster ? treeCpuMs(postmaster) : 0, self: process.cpuUsage() } : null;
  return {
    perRequest(requests: number): { next: number; postgres: number; loadGenerator: number } | null {
      if (!c0 || !pid) return null;
      const self = process.cpuUsage(c0.self);
      const n = Math.max(1, requests);
      return {
        next: Number(((treeCpuMs(pid) - c0.next) / n).toFixed(2)),
        // 0 when PostgreSQL runs elsewhere (BENCH_DATABASE_URL on another machine).
        postgres: Number((((postmaster ? treeCpuMs(postmaster) : 0) - c0.pg) / n).toFixed(2)),
        loadGenerator: Number(((self.user + self.system) / 1000 / n).toFixed(2)),
      };
    },
  };
}

/** autocannon's status code counts as { "200": n, … }. */
const statusCounts = (stats: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(stats ?? {}).map(([code, v]) => [code, (v as { count: number }).count]));

let server: ChildProcess | null = null;

/** Synchronous, for process 'exit': the server must never outlive the bench. */
export function killServerSync() {
  if (server?.pid && server.exitCode === null) {
    try { process.kill(-server.pid, "SIGKILL"); } catch { /* already gone */ }
  }
}

async function stopServer() {
  const s = server;
  if (!s?.pid || s.exitCode !== null) return;
  const exited = new Promise<void>((r) => s.once("exit", () => r()));
  try { process.kill(-s.pid, "SIGTERM"); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-s.pid!, "SIGKILL"); } catch { /* gone */ } }, 10_000);
  await exited;
  clearTimeout(timer);
  server = null;
}

async function ensureBuild(log: (s: string) => void, logFile: string, force: boolean) {
  const buildId = path.join(".next", "BUILD_ID");
  if (fs.existsSync(buildId) && !force) return;
  log(force ? "  rebuilding (--build): npm run build" : "  .next/BUILD_ID missing: npm run build (a few minutes)");
  const res = spawnSync("npm", ["run", "build"], { encoding: "utf8", env: childEnv({}), maxBuffer: 64 * 1024 * 1024 });
  const output = (res.stdout ?? "") + (res.stderr ?? "");
  fs.writeFileSync(logFile, output);
  // The checkout is shared: someone else's `next build` may be running (and removed BUILD_ID).
  if (res.status !== 0 && /Another next build process is already running/.test(output)) {
    log("  another `next build` is running in this checkout; waiting for it (up to 10 min)");
    const until = Date.now() + 10 * 60_000;
    while (!fs.existsSync(buildId) && Date.now() < until) await new Promise((r) => setTimeout(r, 5000));
    if (fs.existsSync(buildId)) return;
  }
  if (res.status !== 0 || !fs.existsSync(buildId)) {
    throw new Error(`npm run build failed (log: ${logFile}):\n${tail(output, 25)}`);
  }
}

/** The parent runs with --conditions=react-server; `next start` must not inherit it. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (env.NODE_OPTIONS) {
    env.NODE_OPTIONS = env.NODE_OPTIONS.split(/\s+/).filter((o) => o && !/conditions|react-server|tsx/.test(o)).join(" ") || undefined;
    if (!env.NODE_OPTIONS) delete env.NODE_OPTIONS;
  }
  return env;
}

const tail = (s: string, n: number) => s.trim().split("\n").slice(-n).join("\n");

/** Pulls `name=value` pairs out of Set-Cookie headers into a jar. */
function absorbCookies(jar: Map<string, string>, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  absorbCookies(jar, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/inquiries`, json: "true" }),
  });
  absorbCookies(jar, res);
  const session = [...jar.keys()].find((k) => k.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed: HTTP ${res.status}, no session cookie`);
  return cookieHeader(jar);
}

export async function httpLoad(opts: {
  databaseUrl: string;
  durationSeconds: number;
  connections: number;
  workDir: string;
  rebuild: boolean;
  log: (s: string) => void;
  /** Also load GET /dashboard with the same signed-in clients. */
  dashboard?: boolean;
  /** Also load POST /api/s/<token>: tokens (each used once), connections, seconds. */
  surveyPost?: { tokens: string[]; connections: number; durationSeconds: number; answers: readonly { csat: number; comment: string }[] };
}): Promise<HttpResult> {
  const { log } = opts;
  await ensureBuild(log, path.join(opts.workDir, "next-build.log"), opts.rebuild);
  const buildId = fs.readFileSync(path.join(".next", "BUILD_ID"), "utf8").trim();
  const buildAgeMinutes = Math.round((Date.now() - fs.statSync(path.join(".next", "BUILD_ID")).mtimeMs) / 60_000);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(opts.workDir, "next-start.log");
  const out = fs.openSync(logFile, "w");
  log(`  next start on ${base} (build ${buildId}, ${buildAgeMinutes} min old; log ${logFile})`);
  server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    // Own process group, so stopping it also stops anything it spawned.
    detached: true,
    stdio: ["ignore", out, out],
    env: childEnv({
      NODE_ENV: "production",
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: BENCH_AUTH_SECRET,
      NEXTAUTH_URL: base,
      PORT: String(port),
      // The survey POST comes from many client addresses (X-Forwarded-For), as behind a proxy.
      TRUST_PROXY: "1",
    }),
  });
  try {
    await waitReady(`${base}/api/health`, 60_000, logFile);
    const emails = ["agent@loopdesk.test", "agent2@loopdesk.test", "admin@loopdesk.test", "product@loopdesk.test", "member@loopdesk.test"];
    const users = Array.from({ length: opts.connections }, (_, i) => emails[i % emails.length]);
    const cookies: string[] = [];
    const { password } = await reference();
    for (const email of users) cookies.push(await signIn(base, email, password));
    const linux = process.platform === "linux";
    const postmaster = linux ? postmasterFor(opts.databaseUrl) : null;
    const inquiries = await loadGet(base, "/inquiries", cookies, opts, postmaster, log, opts.databaseUrl);
    let dashboard: HttpResult["dashboard"];
    if (opts.dashboard) {
      try {
        dashboard = await loadGet(base, "/dashboard", cookies, opts, postmaster, log, opts.databaseUrl);
      } catch (e) {
        dashboard = { error: `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
        log(`  GET /dashboard: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    let surveyPost: HttpResult["surveyPost"];
    if (opts.surveyPost) {
      try {
        surveyPost = await loadSurveyPost(base, opts.databaseUrl, opts.surveyPost, log, postmaster);
      } catch (e) {
        surveyPost = { error: `threw: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
        log(`  survey POST: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return { ...inquiries, users, buildId, buildAgeMinutes, ...(dashboard ? { dashboard } : {}), ...(surveyPost ? { surveyPost } : {}) };
  } finally {
    await stopServer();
    fs.closeSync(out);
  }
}

/** autocannon on one page: each connection a signed-in client with its own session cookie. */
async function loadGet(
  base: string, pagePath: string, cookies: string[], opts: { connections: number; durationSeconds: number }, postmaster: number | null,
  log: (s: string) => void, databaseUrl: string,
): Promise<GetLoadResult> {
  // A signed-in client must get the page, not a redirect to /login; then a short warm-up.
  const probe = await fetch(`${base}${pagePath}`, { headers: { cookie: cookies[0] }, redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status !== 200) log(`  warning: GET ${pagePath} answered ${probe.status} for a signed-in client`);
  for (let i = 0; i < 10; i++) await (await fetch(`${base}${pagePath}`, { headers: { cookie: cookies[i % cookies.length] } })).arrayBuffer();

  log(`  autocannon: ${opts.connections} connections × ${opts.durationSeconds} s on GET ${pagePath}`);
  const times: number[] = [];
  let next = 0;
  const instance = autocannon({
    url: `${base}${pagePath}`,
    connections: opts.connections,
    duration: opts.durationSeconds,
    timeout: 10,
    setupClient: (client) => { client.setHeaders({ cookie: cookies[next++ % cookies.length] }); },
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => { times.push(responseTime); });
  const loadStart = os.loadavg();
  const cpu = cpuMeter(postmaster);
  const sampler = sampleActivity(databaseUrl);
  const result = await instance;
  const cpuMsPerRequest = cpu.perRequest(result.requests.total);
  const activity = await sampler.stop();
  if (activity.top.length) log(`  PostgreSQL busy with (of ${activity.samples} samples): ${activity.top.slice(0, 4).map((a) => `${a.seen}× ${a.what}`).join(" | ")}`);
  const s = summarize(times);
  return {
    path: pagePath,
    connections: opts.connections,
    durationSeconds: result.duration,
    latency: { ...s, p90: result.latency.p90, p97_5: result.latency.p97_5 },
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    non2xx: result.non2xx,
    statusCodes: statusCounts(result.statusCodeStats),
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMsPerRequest,
    loadavg: { start: loadStart, end: os.loadavg() },
    activity,
  };
}

/** Samples pg_stat_activity every 250 ms until stopped (see GetLoadResult.activity). */
function sampleActivity(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  const seen = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query(`SELECT backend_type, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS q
        FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()`);
      samples++;
      for (const r of rows) {
        const what = r.backend_type === "client backend" ? r.q : `[${r.backend_type}] ${r.q}`;
        seen.set(what, (seen.get(what) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })().catch(() => {});
  return {
    async stop() {
      running = false;
      await loop;
      await client.end().catch(() => {});
      const top = [...seen].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([what, n]) => ({ what, seen: n }));
      return { samples, top };
    },
  };
}

/** The survey request a token names (its first part: the request's uuid, then the expiry). */
function tokenRequestId(token: string): string {
  const hex = Buffer.from(token.split(".")[0], "base64url").subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A distinct client address per request (10.x.y.z): the answer route rate-limits per address. */
const clientAddress = (i: number) => `10.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;

/**
 * POST /api/s/<token> with JSON answers: every request carries the next unused token and its own
 * X-Forwarded-For (the server trusts it: TRUST_PROXY=1), so neither the one-answer rule nor the
 * per-address limit turns a request into a cheap early exit. Counts the stored answers from the
 * response bodies and compares them with the SurveyResponse rows the run created.
 */
async function loadSurveyPost(
  base: string,
  databaseUrl: string,
  opts: NonNullable<Parameters<typeof httpLoad>[0]["surveyPost"]>,
  log: (s: string) => void,
  postmaster: number | null,
): Promise<SurveyPostResult> {
  const { tokens, answers } = opts;
  let next = 0;
  const body = (i: number) => JSON.stringify(answers[i % answers.length]);
  const post = async (token: string, i: number) => {
    const res = await fetch(`${base}/api/s/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": clientAddress(i) },
      body: body(i),
    });
    return { status: res.status, json: (await res.json().catch(() => null)) as { ok?: boolean; already?: boolean } | null };
  };
  // Warm-up (unmeasured, its own tokens): the route's first calls load and compile its modules.
  const warmup = Math.min(20, Math.floor(tokens.length / 10));
  for (let i = 0; i < warmup; i++) {
    const r = await post(tokens[next], next);
    next++;
    if (r.status !== 201) throw new Error(`warm-up POST answered ${r.status} ${JSON.stringify(r.json)}`);
  }
  // A replayed token must read as "already" (the route really checks the token).
  if (warmup) {
    const again = await post(tokens[0], 0);
    if (again.status !== 200 || !again.json?.already) throw new Error(`a second POST of one token answered ${again.status} ${JSON.stringify(again.json)}`);
  }

  const pgc = new pg.Client({ connectionString: databaseUrl });
  await pgc.connect();
  const responses = async () => Number((await pgc.query(`SELECT count(*)::int AS n FROM "SurveyResponse"`)).rows[0].n);
  try {
    const before = await responses();
    const available = tokens.length - next;
    log(`  autocannon: ${opts.connections} connections × ${opts.durationSeconds} s on POST /api/s/<token> (${available.toLocaleString("en")} unused tokens)`);
    const times: number[] = [];
    const storedIdx: number[] = [];
    const responded = new Set<number>();
    const first = next;
    let stored = 0;
    let already = 0;
    let exhausted = false;
    const instance = autocannon({
      url: base,
      connections: opts.connections,
      duration: opts.durationSeconds,
      timeout: 10,
      // Never more requests than tokens: each token is answered once.
      maxOverallRequests: available,
      requests: [{
        method: "POST",
        // One request in flight per connection: the context names the token of the one answered.
        setupRequest: (req, context) => {
          if (next >= tokens.length) {
            exhausted = true;
            return req;
          }
          const i = next++;
          context.i = i;
          return {
            ...req,
            method: "POST",
            path: `/api/s/${tokens[i]}`,
            headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": clientAddress(i) },
            body: body(i),
          };
        },
        onResponse: (status, resBody, context) => {
          const i = context.i as number;
          responded.add(i);
          if (status === 201 || status === 200) {
            try {
              const json = JSON.parse(resBody) as { ok?: boolean; already?: boolean };
              if (json.ok && json.already) already++;
              else if (json.ok && status === 201) {
                stored++;
                storedIdx.push(i);
              }
            } catch { /* not JSON: counted as neither */ }
          }
        },
      }],
    });
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => { times.push(responseTime); });
    const loadStart = os.loadavg();
    const cpu = cpuMeter(postmaster);
    const result = await instance;
    const cpuMsPerRequest = cpu.perRequest(result.requests.total);
    // Answers still in flight when the clock ran out may commit after autocannon returns.
    await new Promise((r) => setTimeout(r, 1000));
    const rowsCreated = (await responses()) - before;
    const requestIds = (idx: number[]) => idx.map((i) => tokens[i]).map(tokenRequestId);
    const rowsOf = async (idx: number[]) =>
      Number((await pgc.query(`SELECT count(*)::int AS n FROM "SurveyResponse" WHERE "requestId" = ANY($1::uuid[])`, [requestIds(idx)])).rows[0].n);
    const inFlightIdx = Array.from({ length: next - first }, (_, k) => first + k).filter((i) => !responded.has(i));
    const statusCodes = statusCounts(result.statusCodeStats);
    if (exhausted) log(`  survey POST: all ${tokens.length.toLocaleString("en")} tokens used before the time was up (seed more with --inquiries)`);
    return {
      path: "/api/s/<token>",
      connections: opts.connections,
      durationSeconds: result.duration,
      latency: { ...summarize(times), p90: result.latency.p90, p97_5: result.latency.p97_5 },
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      non2xx: result.non2xx,
      statusCodes,
      errors: result.errors,
      timeouts: result.timeouts,
      stored,
      already,
      rowsCreated,
      rowsOfStored: await rowsOf(storedIdx),
      inFlight: inFlightIdx.length,
      rowsOfInFlight: await rowsOf(inFlightIdx),
      tokens: { available: tokens.length, used: next, warmup },
      cpuMsPerRequest,
      loadavg: { start: loadStart, end: os.loadavg() },
    };
  } finally {
    await pgc.end().catch(() => {});
  }
}

async function waitReady(url: string, timeoutMs: number, logFile: string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server?.exitCode !== null) throw new Error(`next start exited (${server?.exitCode}):\n${tail(fs.readFileSync(logFile, "utf8"), 20)}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start did not become ready in ${timeoutMs / 1000} s:\n${tail(fs.readFileSync(logFile, "utf8"), 20)}`);
}
