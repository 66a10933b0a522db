/**
 * `npm run dev|start|build|db:migrate|db:seed`: brings up the database (embedded unless
 * DATABASE_URL is set), applies migrations, seeds the demo organization on the embedded
 * database's first start, then runs Next.js with the resolved environment.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import nextEnv from "@next/env";
import { authSecret, resolveDatabase, runSeed } from "./database";
import { generateClient } from "./prisma-cli";
import { createPrismaForScripts } from "./prisma-client";

const mode = process.argv[2];
const extra = process.argv.slice(3);

// .env / .env.local must reach this script too (not only Next.js), or a DATABASE_URL or
// EMBEDDED_PG_PORT written there would be ignored and the embedded database started anyway.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");

async function hasUsers(url: string) {
  const prisma = createPrismaForScripts(url);
  try {
    return (await prisma.user.count()) > 0;
  } finally {
    await prisma.$disconnect();
  }
}

function next(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(path.join("node_modules", ".bin", "next"), args, { stdio: "inherit", env });
  return new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  if (mode === "build") {
    generateClient();
    // Building needs no database: every page reads data at request time.
    const env = {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build@127.0.0.1:5432/build",
      NEXTAUTH_SECRET: authSecret(),
    };
    process.exit(await next(["build", ...extra], env));
  }

  const db = await resolveDatabase();
  const stop = async () => { await db.stop().catch(() => {}); };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stop().then(() => process.exit(0)));

  if (mode === "migrate") {
    await stop();
    return;
  }
  if (mode === "seed" || (db.embedded && !(await hasUsers(db.url)))) {
    console.log("[loopdesk] seeding the demo organization");
    runSeed(db.url);
    if (mode === "seed") return stop();
  }

  const port = process.env.PORT ?? "3000";
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  const code = await next([mode === "start" ? "start" : "dev", "-p", port, ...extra], env);
  await stop();
  process.exit(code);
}

main().catch(async (err) => {
  console.error(`[loopdesk] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
