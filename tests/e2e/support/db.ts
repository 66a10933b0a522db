/**
 * Direct access to the e2e server's throwaway database, for specs that need rows of their own
 * before a journey starts (the journeys themselves go through the UI) and for checks the UI
 * cannot make (e.g. "no event was written"). Guarded: only ever a database on this machine.
 */
import fs from "node:fs";
import { createPrisma } from "../../../lib/prisma-factory";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { assertLocalDatabase, SERVER_INFO_FILE } from "./env";

let client: PrismaClient | undefined;

export function e2eDb(): PrismaClient {
  if (client) return client;
  if (!fs.existsSync(SERVER_INFO_FILE)) throw new Error("e2e: the e2e server is not running (no server.json)");
  const { databaseUrl } = JSON.parse(fs.readFileSync(SERVER_INFO_FILE, "utf8")) as { databaseUrl: string };
  assertLocalDatabase(databaseUrl);
  client = createPrisma(databaseUrl, 2);
  return client;
}

export async function closeE2eDb() {
  await client?.$disconnect();
  client = undefined;
}

/** A short unique suffix so each test's rows are its own and easy to search for. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const userIdByEmail = async (email: string) =>
  (await e2eDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
