import "server-only";

/**
 * Asks for an outbox delivery soon. Best effort, after the write committed: when this process runs
 * no job worker (tests, scripts) or the queue is unreachable, nothing is lost — the messages are
 * PENDING rows and the worker's every-minute sweep delivers them.
 * Imported lazily so a mutation does not load pg-boss unless a job is actually queued.
 */
export async function enqueueOutboxDelivery(): Promise<boolean> {
  try {
    const { OUTBOX_DELIVER, runningBoss } = await import("./boss");
    const boss = await runningBoss();
    if (!boss) return false;
    await boss.send(OUTBOX_DELIVER, {});
    return true;
  } catch (error) {
    console.error("[jobs] could not queue outbox delivery", error);
    return false;
  }
}
