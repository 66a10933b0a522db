/** Facts shared by the e2e server, the Playwright config and the specs. */
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Written by tests/e2e/server.ts while it runs (git-ignored folder). */
export const SERVER_INFO_FILE = path.resolve("tests/e2e/.auth/server.json");

export const authFile = (role: Role) => path.resolve(`tests/e2e/.auth/${role}.json`);

export type Role = "admin" | "agent" | "product" | "member";
export const DEMO_PASSWORD = "loopdesk-demo";
export const demoEmail = (role: Role) => `${role}@loopdesk.test`;

/**
 * The suite resets, seeds and writes rows: it must never touch a database on another machine,
 * whatever DATABASE_URL a developer's shell happens to export.
 */
export function assertLocalDatabase(url: string | undefined): asserts url is string {
  if (!url) throw new Error("e2e: no database URL");
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`e2e: refusing to use a non-local database (${host}); the suite writes to it.`);
  }
}
