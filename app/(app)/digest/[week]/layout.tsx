import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { parseWeekParam, weekParam } from "@/lib/dashboard/rules";
import { env } from "@/lib/env";

const paramsSchema = z.object({ week: z.string().max(40) });

/**
 * Checks the week in the URL before the page's loading boundary starts streaming, so a malformed
 * week is a real 404 and another day of a week a real redirect to its Monday.
 */
export default async function DigestWeekLayout({ children, params }: { children: ReactNode; params: Promise<unknown> }) {
  const parsed = paramsSchema.safeParse(await params);
  const start = parsed.success ? parseWeekParam(parsed.data.week, env.ORG_TIME_ZONE) : null;
  if (!parsed.success || !start) notFound();
  const canonical = weekParam(start, env.ORG_TIME_ZONE);
  if (canonical !== parsed.data.week) redirect(`/digest/${canonical}`);
  return children;
}
