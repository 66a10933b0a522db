import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { deliverOutbox, type OutboxTransport } from "@/lib/outbox/deliver";
import { smtpTransport } from "@/lib/outbox/transport";

/**
 * Background jobs on the app's own PostgreSQL (pg-boss 10, schema "pgboss"): no extra service,
 * jobs survive restarts, and any number of app servers can run workers (pg-boss hands each job
 * to one of them with SKIP LOCKED). One boss per process, kept on globalThis so Next's separate
 * bundles (instrumentation, server actions) and dev hot reloads share it.
 */
export const OUTBOX_DELIVER = "outbox.deliver";
/** The worker also sweeps the outbox every minute: messages queued while no job could be sent still go out. */
const OUTBOX_SWEEP_CRON = "* * * * *";
/** The weekly digest (lib/dashboard/digest.ts): Monday 07:00 in the org time zone, plus a catch-up at start. */
export const DIGEST_WEEKLY = "digest.weekly";

type Jobs = { boss: PgBoss; ready: Promise<void> };
const holder = globalThis as unknown as { __loopdeskJobs?: Jobs };

export type StartJobsOptions = {
  connectionString?: string;
  /** Tests pass a recorder; default: SMTP when SMTP_URL is set, else none (messages stay in the outbox). */
  transport?: () => Promise<OutboxTransport | null>;
  /** Poll interval of the worker (seconds). */
  pollingIntervalSeconds?: number;
  /** Register the every-minute sweep (off in tests). */
  schedule?: boolean;
};

/** Starts the boss and the workers once per process (idempotent). */
export function startJobs(opts: StartJobsOptions = {}): Promise<void> {
  if (holder.__loopdeskJobs) return holder.__loopdeskJobs.ready;
  const boss = new PgBoss({ connectionString: opts.connectionString ?? env.DATABASE_URL, schema: "pgboss", max: 2 });
  boss.on("error", (error) => console.error("[jobs] pg-boss error", error));
  const transport = opts.transport ?? smtpTransport;
  const ready = (async () => {
    await boss.start();
    // "stately": at most one queued and one running delivery job; more sends are no-ops.
    await boss.createQueue(OUTBOX_DELIVER, { name: OUTBOX_DELIVER, policy: "stately", retryLimit: 2, expireInMinutes: 10 });
    await boss.work(OUTBOX_DELIVER, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async () => {
      const report = await deliverOutbox(await transport());
      if (report.sent || report.failed || report.interrupted) console.info("[jobs] outbox delivery", report);
      return report;
    });
    if (opts.schedule ?? true) await boss.schedule(OUTBOX_DELIVER, OUTBOX_SWEEP_CRON);
    await startDigestJob(boss, opts);
  })();
  holder.__loopdeskJobs = { boss, ready };
  ready.catch(() => {
    if (holder.__loopdeskJobs?.boss === boss) holder.__loopdeskJobs = undefined;
  });
  return ready;
}

/**
 * The digest worker. Building is idempotent (a stored week is never rebuilt or mailed twice), so
 * "stately" only saves work; the catch-up job sent at every start builds last week's digest when
 * the Monday run was missed (server down), and is a no-op otherwise.
 */
async function startDigestJob(boss: PgBoss, opts: StartJobsOptions): Promise<void> {
  await boss.createQueue(DIGEST_WEEKLY, { name: DIGEST_WEEKLY, policy: "stately", retryLimit: 2, expireInMinutes: 10 });
  await boss.work<{ catchUp?: boolean }>(DIGEST_WEEKLY, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 10 }, async ([job]) => {
    const { runDigestJob } = await import("@/lib/dashboard/digest");
    const result = await runDigestJob({ catchUp: job?.data?.catchUp === true });
    if (result.created) console.info("[jobs] weekly digest built", result);
    return result;
  });
  if (opts.schedule ?? true) {
    const { DIGEST_CRON } = await import("@/lib/dashboard/digest-rules");
    await boss.schedule(DIGEST_WEEKLY, DIGEST_CRON, {}, { tz: env.ORG_TIME_ZONE });
    await boss.send(DIGEST_WEEKLY, { catchUp: true });
  }
}

/** Stops the workers and closes the boss's connections (tests; graceful shutdown). */
export async function stopJobs(): Promise<void> {
  const jobs = holder.__loopdeskJobs;
  if (!jobs) return;
  holder.__loopdeskJobs = undefined;
  await jobs.ready.catch(() => undefined);
  await jobs.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
}

/** The started boss of this process, or null (no worker here: the sweep elsewhere delivers). */
export async function runningBoss(): Promise<PgBoss | null> {
  const jobs = holder.__loopdeskJobs;
  if (!jobs) return null;
  try {
    await jobs.ready;
    return jobs.boss;
  } catch {
    return null;
  }
}
