import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import type { Actor } from "@/lib/auth/actor";

/**
 * For admin pages: the signed-in admin, or the not-found page for everyone else (the admin area
 * should not even be confirmed to exist). Domain functions check again.
 */
export async function requireAdminPage(): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor, "admin.manage")) notFound();
  return actor;
}
