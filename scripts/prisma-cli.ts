/** Runs the Prisma CLI (from node_modules) with a given DATABASE_URL. */
import { spawnSync } from "node:child_process";
import path from "node:path";

export function prisma(args: string[], databaseUrl: string) {
  const bin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const res = spawnSync(bin, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error(`prisma ${args.join(" ")} failed`);
  }
  return res.stdout;
}

export function generateClient() {
  prisma(["generate"], process.env.DATABASE_URL ?? "postgresql://placeholder@127.0.0.1:5432/placeholder");
}

export function migrateDeploy(databaseUrl: string) {
  prisma(["migrate", "deploy"], databaseUrl);
}
