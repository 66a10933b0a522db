import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";

/**
 * Admins only. Checked here, outside loading.tsx's boundary, so everyone else gets a real 404
 * (not a 200 that streams the not-found page). listOutbox checks again.
 */
export default async function OutboxLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  if (!can(actor, "outbox.read")) notFound();
  return children;
}
