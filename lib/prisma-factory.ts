import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { pgConfigFromUrl } from "./db-url";

/** Builds a PrismaClient on @prisma/adapter-pg (no engine binary). lib/db.ts holds the app's one. */
export function createPrisma(url: string, max = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ ...pgConfigFromUrl(url), max }) });
}
