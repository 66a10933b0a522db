import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";

/**
 * Checked here, outside the segment's loading.tsx Suspense boundary, so a role that may not log
 * inquiries gets a real 404 status, not a streamed 200 with the not-found page. The page checks too.
 */
export default async function NewInquiryLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  if (!can(actor, "inquiries.create")) notFound();
  return children;
}
