/**
 * Demo organization seed. Idempotent (fixed emails/names, upserts); `--reset` empties every table
 * first. Run by `npm run dev` on the embedded database's first start, or `npm run db:seed|db:reset`.
 */
import { createPrisma } from "../lib/prisma-factory";
import { seedDemo } from "./seed/demo";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const prisma = createPrisma(url, 4);
try {
  const started = Date.now();
  // The app's org time zone (lib/env.ts default): the demo's recent weeks are cut in it.
  const timeZone = process.env.ORG_TIME_ZONE || "Asia/Seoul";
  const result = await seedDemo(prisma, { reset: process.argv.includes("--reset"), timeZone });
  const created = result.inquiriesCreated ? `${result.inquiriesCreated} inquiries created` : "demo inquiries already present";
  console.log(`[loopdesk] demo seed: ${result.customers} customers, ${created} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await prisma.$disconnect();
}
