import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can, roles } from "@/lib/authz/permissions";

export type TagOption = { id: string; name: string; color: string; archived: boolean };
export type StaffOption = { id: string; name: string };

/** Tags for the queue's Tag filter: active ones first; archived ones stay filterable for history. */
export async function listTagOptions(actor: Actor): Promise<TagOption[]> {
  assertCan(actor, "inquiries.read");
  return db.tag.findMany({
    select: { id: true, name: true, color: true, archived: true },
    orderBy: [{ archived: "asc" }, { name: "asc" }],
  });
}

// Inquiries are assigned to people who can work them (reply, change status).
const assignableRoles = roles.filter((role) => can({ role }, "inquiries.update"));

/** Active staff an inquiry can be assigned to, for the queue's Assignee filter. */
export async function listStaffOptions(actor: Actor): Promise<StaffOption[]> {
  assertCan(actor, "inquiries.read");
  return db.user.findMany({
    where: { active: true, role: { in: assignableRoles } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }],
  });
}
