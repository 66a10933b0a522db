/**
 * `npm test`: every test layer, in order, then one combined result line.
 *
 *   1. prisma generate                     (the client the code imports)
 *   2. vitest run (unit + integration)     → test-results/vitest-report.json
 *   3. next build                          (the e2e suite runs against the built app)
 *   4. playwright test (e2e)               → test-results/e2e-report.json
 *
 * The counts come from the runners' JSON reports. A runner that crashes (no report, or a non-zero
 * exit the report does not explain) or a build that fails counts as a failure, so a broken run can
 * never end with a passing line. CI reads the LAST line: `N passed, N failed, N skipped`.
 *
 * Flags for quick local runs (the default runs everything):
 *   --skip-e2e     unit + integration only
 *   --skip-build   reuse the existing .next build for the e2e run
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { generateClient } from "./prisma-cli";

const args = new Set(process.argv.slice(2));
const skipE2e = args.has("--skip-e2e") || args.has("--no-e2e");
const skipBuild = args.has("--skip-build");

const REPORT_DIR = path.resolve("test-results");
const VITEST_REPORT = path.join(REPORT_DIR, "vitest-report.json");
const E2E_REPORT = path.join(REPORT_DIR, "e2e-report.json");
const SUMMARY_FILE = path.join(REPORT_DIR, "summary.txt");
const E2E_SERVER_FILE = path.resolve("tests/e2e/.auth/server.json");
const bin = (name: string) => path.join("node_modules", ".bin", name);

type Counts = { passed: number; failed: number; skipped: number; flaky: number };
type Layer = Counts & { name: string; seconds?: number; notes: string[]; failures: string[] };

const layer = (name: string): Layer => ({ name, passed: 0, failed: 0, skipped: 0, flaky: 0, notes: [], failures: [] });
const layers = { unit: layer("unit"), integration: layer("integration"), e2e: layer("e2e") };

/** A step that did not produce a trustworthy result: one failure, with the reason. */
function crash(l: Layer, reason: string) {
  l.failed += 1;
  l.failures.push(`(crash) ${reason}`);
}

function banner(text: string) {
  console.log(`\n\x1b[1m━━ ${text} ━━\x1b[0m`);
}

// Ctrl-C reaches the runners through the terminal; a SIGTERM (e.g. a CI timeout) is passed on as
// SIGINT, the signal both runners shut down cleanly on (Playwright then stops its web server; on
// SIGTERM it just dies). Either way the run ends with a failing line instead of no line at all.
let current: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    interrupted = sig;
    if (sig === "SIGTERM") current?.kill("SIGINT");
  });
}

function run(cmd: string, argv: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    current = child;
    child.on("error", (e) => {
      console.error(`[test] could not start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

// ── Vitest (jest-compatible JSON) ────────────────────────────────────────────────────────────
type VitestReport = {
  success: boolean;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName: string }[];
  }[];
};

function countVitest(report: VitestReport) {
  for (const file of report.testResults) {
    const rel = path.relative(process.cwd(), file.name);
    const l = rel.startsWith(path.join("tests", "integration")) ? layers.integration : layers.unit;
    let failedHere = 0;
    for (const a of file.assertionResults) {
      if (a.status === "passed") l.passed += 1;
      else if (a.status === "failed") {
        l.failed += 1;
        failedHere += 1;
        l.failures.push(`${rel} › ${a.fullName}`);
      } else l.skipped += 1; // skipped, pending, todo, disabled
    }
    // A file that failed to load or whose hooks threw has no failed test to show for it.
    if (file.status === "failed" && failedHere === 0) {
      l.failed += 1;
      l.failures.push(`${rel} (the file failed: ${(file.message ?? "").split("\n")[0].slice(0, 200)})`);
    }
  }
}

// ── Playwright JSON ──────────────────────────────────────────────────────────────────────────
type PwSpec = { title: string; file: string; tests: { projectName: string; status: string }[] };
type PwSuite = { title: string; file?: string; specs?: PwSpec[]; suites?: PwSuite[] };
type PwReport = { suites?: PwSuite[]; errors?: { message?: string }[] };

function countPlaywright(report: PwReport) {
  const l = layers.e2e;
  const walk = (suite: PwSuite, trail: string[]) => {
    const names = suite.file && suite.title === suite.file ? trail : [...trail, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const label = [spec.file, ...names.slice(1), spec.title].filter(Boolean).join(" › ");
        if (t.status === "expected") l.passed += 1;
        else if (t.status === "flaky") {
          l.passed += 1;
          l.flaky += 1;
          l.notes.push(`flaky (passed on retry): ${label}`);
        } else if (t.status === "skipped") l.skipped += 1;
        else {
          l.failed += 1;
          l.failures.push(label);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, names);
  };
  for (const s of report.suites ?? []) walk(s, [s.title]);
  for (const e of report.errors ?? []) crash(l, (e.message ?? "error outside a test").split("\n")[0].slice(0, 300));
}

/** The e2e server deletes this file when it has cleaned up; if it is still there, it did not. */
async function checkE2eServerGone() {
  const info = readJson<{ pid: number }>(E2E_SERVER_FILE);
  if (!info) return;
  let alive = true;
  try { process.kill(info.pid, 0); } catch { alive = false; }
  if (alive) {
    process.kill(info.pid, "SIGTERM");
    for (let i = 0; i < 300 && fs.existsSync(E2E_SERVER_FILE); i++) await new Promise((r) => setTimeout(r, 100));
  }
  fs.rmSync(E2E_SERVER_FILE, { force: true });
  crash(layers.e2e, `the e2e server (pid ${info.pid}) did not clean up after the run`);
}

function fmt(c: Counts) {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

function secs(ms: number) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  for (const f of [VITEST_REPORT, E2E_REPORT, SUMMARY_FILE]) fs.rmSync(f, { force: true });

  banner("prisma generate");
  try {
    generateClient();
    console.log("generated lib/generated/prisma");
  } catch (e) {
    // Nothing below can run without the client.
    for (const l of Object.values(layers)) crash(l, `prisma generate failed: ${(e as Error).message}`);
    return finish(started);
  }

  banner("unit + integration (vitest)");
  let t = Date.now();
  const vitestCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${VITEST_REPORT}`]);
  const vitestSeconds = (Date.now() - t) / 1000;
  // One vitest run covers both layers (they run side by side): report its time once.
  layers.integration.notes.push(`unit + integration ran together in ${Math.round(vitestSeconds)}s`);
  const vitest = readJson<VitestReport>(VITEST_REPORT);
  if (!vitest) crash(layers.unit, `vitest exited with code ${vitestCode} and wrote no report`);
  else {
    countVitest(vitest);
    const failed = layers.unit.failed + layers.integration.failed;
    if (vitestCode !== 0 && failed === 0) crash(layers.unit, `vitest exited with code ${vitestCode} (unhandled error? see its output above)`);
  }

  if (interrupted) {
    crash(layers.unit, `interrupted (${interrupted})`);
    return finish(started);
  }

  if (skipE2e) {
    layers.e2e.notes.push("skipped by --skip-e2e");
    return finish(started);
  }

  if (!skipBuild) {
    banner("next build");
    t = Date.now();
    const buildCode = await run(bin("tsx"), ["scripts/run.ts", "build"]);
    console.log(`[test] next build: exit ${buildCode} in ${secs(Date.now() - t)}`);
    if (interrupted) {
      crash(layers.e2e, `interrupted (${interrupted}) during next build`);
      return finish(started);
    }
    if (buildCode !== 0) {
      crash(layers.e2e, `next build failed (exit ${buildCode}); the e2e suite did not run`);
      return finish(started);
    }
  }

  banner("end-to-end (playwright, chromium)");
  t = Date.now();
  const pwCode = await run(bin("playwright"), ["test"], { E2E_JSON_REPORT: E2E_REPORT });
  layers.e2e.seconds = (Date.now() - t) / 1000;
  const pw = readJson<PwReport>(E2E_REPORT);
  if (!pw) crash(layers.e2e, `playwright exited with code ${pwCode} and wrote no report`);
  else {
    countPlaywright(pw);
    if (pwCode !== 0 && layers.e2e.failed === 0 && !interrupted) crash(layers.e2e, `playwright exited with code ${pwCode}`);
  }
  if (interrupted) crash(layers.e2e, `interrupted (${interrupted})`);
  await checkE2eServerGone();
  return finish(started);
}

function finish(started: number) {
  const all = Object.values(layers);
  banner("summary");
  for (const l of all) {
    const extra = [l.flaky ? `${l.flaky} flaky` : "", l.seconds ? `${Math.round(l.seconds)}s` : ""].filter(Boolean).join(", ");
    console.log(`${l.name.padEnd(12)} ${fmt(l)}${extra ? `   (${extra})` : ""}`);
    for (const n of l.notes) console.log(`    note: ${n}`);
    for (const f of l.failures) console.log(`    ✗ ${f}`);
  }
  const total = all.reduce<Counts>(
    (acc, l) => ({ passed: acc.passed + l.passed, failed: acc.failed + l.failed, skipped: acc.skipped + l.skipped, flaky: acc.flaky + l.flaky }),
    { passed: 0, failed: 0, skipped: 0, flaky: 0 },
  );
  console.log(`total time ${secs(Date.now() - started)}${skipE2e ? " (e2e skipped)" : ""}`);
  // The last line, read by CI (.ci/run repeats it from the file after npm's own output).
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  fs.writeFileSync(SUMMARY_FILE, `${fmt(total)}\n`);
  console.log(fmt(total));
  process.exitCode = total.failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  crash(layers.unit, `the test runner itself failed: ${(e as Error).message}`);
  finish(Date.now());
});
