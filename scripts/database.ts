/**
 * Resolves the database for the dev/prod scripts: DATABASE_URL when given (nothing is started),
 * otherwise the embedded PostgreSQL in .data/pg. Migrations are applied either way.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import nextEnv from "@next/env";
import { startEmbeddedDb } from "./embedded-db";
import { generateClient, migrateDeploy } from "./prisma-cli";

export const DATA_DIR = path.resolve(".data");

export type ResolvedDb = { url: string; embedded: boolean; fresh: boolean; stop: () => Promise<void> };

export async function resolveDatabase(): Promise<ResolvedDb> {
  // `npm run db:reset` comes here without scripts/run.ts: read .env files the way Next.js does.
  nextEnv.loadEnvConfig(process.cwd());
  generateClient();
  const given = process.env.DATABASE_URL;
  if (given) {
    migrateDeploy(given);
    return { url: given, embedded: false, fresh: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  console.log(`[loopdesk] starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/pg)`);
  const db = await startEmbeddedDb({ dir: path.join(DATA_DIR, "pg"), port, database: "loopdesk", quiet: true });
  migrateDeploy(db.url);
  return { url: db.url, embedded: true, fresh: db.fresh, stop: db.stop };
}

/** NEXTAUTH_SECRET from the env, or one generated once and kept in .data/secret. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Runs the demo seed (prisma/seed.ts) against a database. */
export function runSeed(url: string, reset = false) {
  const res = spawnSync(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts", ...(reset ? ["--reset"] : [])], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (res.status !== 0) throw new Error("seed failed");
}
