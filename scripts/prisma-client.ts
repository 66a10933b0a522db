/** A PrismaClient for scripts (the app uses lib/db.ts). */
export { createPrisma as createPrismaForScripts } from "../lib/prisma-factory";
