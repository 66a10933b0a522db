import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { parseWeekParam, weekParam } from "@/lib/dashboard/rules";
import { env } from "@/lib/env";

/**
 * Checks the week in the URL before the page's loading boundary starts streaming, so a malformed
 * week is a real 404 and another day of a week a real redirect to its Monday.
 */
export default async function DigestWeekLayout({ children, params }: { children: ReactNode; params: Promise<{ week: string }> }) {
  const { week } = await params;
  const start = parseWeekParam(week, env.ORG_TIME_ZONE);
  if (!start) notFound();
  const canonical = weekParam(start, env.ORG_TIME_ZONE);
  if (canonical !== week) redirect(`/digest/${canonical}`);
  return children;
}
