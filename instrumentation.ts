/**
 * Next.js calls register() once when a server process starts: start the background job worker
 * (pg-boss) there, in the Node.js runtime only (not the edge runtime, and Next skips it during
 * `next build`). A failure to start is logged, not fatal: the app serves requests without jobs,
 * and queued outbox messages wait in the outbox.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("./lib/jobs/boss");
  startJobs().catch((error) => console.error("[jobs] worker did not start", error));
}
