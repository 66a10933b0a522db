/**
 * Next.js calls register() once when a server process starts, in the Node.js runtime only (not
 * the edge runtime, and Next skips it during `next build`):
 * - the database computes rollup weeks in ORG_TIME_ZONE (a changed zone rebuilds them);
 * - the background job worker (pg-boss) starts.
 * Failures are logged, not fatal: the app serves requests without jobs, and queued outbox
 * messages wait in the outbox.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startJobs }, { db }, { env }, { syncOrgTimeZone }] = await Promise.all([
    import("./lib/jobs/boss"),
    import("./lib/db"),
    import("./lib/env"),
    import("./lib/dashboard/rollups"),
  ]);
  syncOrgTimeZone(db, env.ORG_TIME_ZONE)
    .then((rebuilt) => rebuilt && console.info(`[rollups] time zone is now ${env.ORG_TIME_ZONE}; dashboard rollups rebuilt`))
    .catch((error) => console.error("[rollups] could not sync the org time zone", error));
  startJobs().catch((error) => console.error("[jobs] worker did not start", error));
}
