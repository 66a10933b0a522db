/**
 * Starts a throwaway embedded PostgreSQL for the integration suite (a free port, a temp folder),
 * applies the migrations, and removes everything afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "../../scripts/embedded-db";
import { migrateDeploy } from "../../scripts/prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    migrateDeploy(given);
    project.provide("databaseUrl", given);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopdesk-it-"));
  fs.chmodSync(dir, 0o777);
  const db = await startEmbeddedDb({ dir: path.join(dir, "pg"), port: 0, database: "loopdesk_test", persistent: false, quiet: true });
  migrateDeploy(db.url);
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
