/**
 * Developer aid: signs in as a demo user and saves screenshots of pages.
 * Usage: tsx scripts/screenshot.ts <email|-> <out-dir> <path> [path…]   (BASE_URL, LOCALE optional;
 * FULL_PAGE=0 for just the 1400×900 viewport, e.g. for the README)
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [email, outDir, ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? "http://localhost:3000";
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: process.env.LOCALE ?? "en-US" });
const page = await context.newPage();
page.on("pageerror", (e) => console.error("pageerror:", e.message));
fs.mkdirSync(outDir, { recursive: true });
if (email && email !== "-") {
  await page.goto(`${base}/login`);
  await page.getByLabel(/Email|이메일/).fill(email);
  await page.getByLabel(/Password|비밀번호/).fill("loopdesk-demo");
  await page.getByRole("button", { name: /Sign in|로그인/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30_000 });
}
for (const p of paths) {
  const t0 = Date.now();
  await page.goto(base + p, { waitUntil: "networkidle" });
  const file = path.join(outDir, p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") + ".png");
  await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== "0" });
  console.log(`${p} → ${file} (${Date.now() - t0} ms) ${page.url()}`);
}
await browser.close();
