import type { PrismaClient } from "../../lib/generated/prisma/client";
import { defaultSlaTargets, priorities } from "../../lib/inquiries/rules";
import { demoPasswordHash } from "./factories";
import { truncateAll } from "./truncate";

export const demoUsers = [
  { email: "admin@loopdesk.test", name: "Minji Kim (Admin)", role: "ADMIN" },
  { email: "agent@loopdesk.test", name: "Jisoo Park", role: "AGENT" },
  { email: "agent2@loopdesk.test", name: "Alex Chen", role: "AGENT" },
  { email: "product@loopdesk.test", name: "Dohyun Lee (Product)", role: "PRODUCT" },
  { email: "member@loopdesk.test", name: "Sora Choi (Marketing)", role: "MEMBER" },
] as const;

export const demoTags = [
  ["billing", "amber"], ["delivery", "sky"], ["bug", "rose"], ["how-to", "indigo"],
  ["feature request", "violet"], ["complaint", "rose"], ["account", "slate"], ["refund", "amber"],
] as const;

export const demoChurnReasons = ["Price", "Missing feature", "Product quality", "Service experience", "Switched to competitor", "No longer needed"];

export async function seedDemo(db: PrismaClient, opts: { reset?: boolean } = {}) {
  if (opts.reset) await truncateAll(db);
  const passwordHash = demoPasswordHash();
  for (const u of demoUsers) {
    await db.user.upsert({ where: { email: u.email }, update: {}, create: { ...u, passwordHash } });
  }
  for (const [name, color] of demoTags) {
    await db.tag.upsert({ where: { name }, update: {}, create: { name, color } });
  }
  for (const name of demoChurnReasons) {
    await db.churnReasonCategory.upsert({ where: { name }, update: {}, create: { name } });
  }
  for (const priority of priorities) {
    await db.slaTarget.upsert({ where: { priority }, update: {}, create: { priority, ...defaultSlaTargets[priority] } });
  }
}
