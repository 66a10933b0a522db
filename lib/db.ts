import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrisma } from "@/lib/prisma-factory";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one PrismaClient (kept across dev hot reloads). */
export const db = globalForPrisma.prisma ?? createPrisma(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
