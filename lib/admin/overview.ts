import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";

export type AdminOverview = {
  users: { active: number; deactivated: number; admins: number };
  tags: { active: number; archived: number };
  churnReasons: { active: number; archived: number };
  slaCustomized: number;
};

/** Counts for the /admin landing cards (one round trip of small aggregates). */
export async function getAdminOverview(actor: Actor): Promise<AdminOverview> {
  assertCan(actor, "admin.manage");
  const [users, admins, tags, reasons, slaCustomized] = await Promise.all([
    db.user.groupBy({ by: ["active"], _count: { _all: true } }),
    db.user.count({ where: { role: "ADMIN", active: true } }),
    db.tag.groupBy({ by: ["archived"], _count: { _all: true } }),
    db.churnReasonCategory.groupBy({ by: ["archived"], _count: { _all: true } }),
    db.slaTarget.count(),
  ]);
  const pick = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, boolean>)[], key: K, value: boolean) =>
    rows.find((r) => r[key] === value)?._count._all ?? 0;
  return {
    users: { active: pick(users, "active", true), deactivated: pick(users, "active", false), admins },
    tags: { active: pick(tags, "archived", false), archived: pick(tags, "archived", true) },
    churnReasons: { active: pick(reasons, "archived", false), archived: pick(reasons, "archived", true) },
    slaCustomized,
  };
}
