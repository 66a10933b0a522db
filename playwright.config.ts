/**
 * End-to-end tests: a real Chromium against the BUILT app (`next build` first; `npm test` does it)
 * served by tests/e2e/server.ts on its own throwaway embedded PostgreSQL.
 */
import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { BASE_URL } from "./tests/e2e/support/env";

// The system Chromium (Debian's `chromium` package) when there is one: Playwright's own browser
// download is not reachable from CI. On a laptop, `npx playwright install chromium` works too.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  // Artifacts (traces, screenshots) go here; Playwright empties it at start, so reports live beside it.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // CI gives the whole suite 20 minutes; a hung run must end with a report, not a kill.
  globalTimeout: 12 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/e2e-report.json" }],
  ],
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/server.ts",
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
