import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProblem, moveProblem, shipProblem } from "@/lib/board/mutations";
import { runningBoss, startJobs, stopJobs } from "@/lib/jobs/boss";
import { deliverOutbox, type OutboxTransport, type OutgoingMail } from "@/lib/outbox/deliver";
import { listOutbox } from "@/lib/outbox/queries";
import { ForbiddenError } from "@/lib/errors";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// "Messages to customers are sent at most once each, even if the job runs twice or crashes
// midway." A recorder stands in for SMTP; the database is real.

beforeEach(resetDb);
afterEach(stopJobs);

function recorder(opts: { delayMs?: number; fail?: (mail: OutgoingMail) => unknown } = {}) {
  const sent: OutgoingMail[] = [];
  const transport: OutboxTransport = {
    async send(mail) {
      await new Promise((r) => setTimeout(r, opts.delayMs ?? 5));
      const error = opts.fail?.(mail);
      if (error) throw error;
      sent.push(mail);
    },
  };
  return { sent, transport };
}

async function queueMessages(n: number) {
  await db.outboxMessage.createMany({
    data: Array.from({ length: n }, (_, k) => ({
      dedupeKey: `test:${k}`, kind: "problem.shipped", toEmail: `c${k}@example.com`, subject: `S${k}`, body: `B${k}`,
      createdAt: new Date(Date.now() - (n - k) * 1000),
    })),
  });
}

describe("deliverOutbox", () => {
  it("sends each PENDING message exactly once even when two runs overlap", async () => {
    await queueMessages(30);
    const { sent, transport } = recorder({ delayMs: 3 });

    const [r1, r2] = await Promise.all([
      deliverOutbox(transport, { batchSize: 4 }),
      deliverOutbox(transport, { batchSize: 4 }),
    ]);

    expect(r1.sent + r2.sent).toBe(30);
    expect(r1.sent).toBeGreaterThan(0);
    expect(r2.sent).toBeGreaterThan(0); // they really ran side by side
    expect(sent).toHaveLength(30);
    expect(new Set(sent.map((m) => m.id)).size).toBe(30);
    const rows = await db.outboxMessage.findMany();
    expect(rows.every((m) => m.status === "SENT" && m.sentAt && m.attempts === 1 && m.lastError === null)).toBe(true);
    // A third run finds nothing to send.
    expect((await deliverOutbox(transport)).sent).toBe(0);
    expect(sent).toHaveLength(30);
  });

  it("without a transport (no SMTP) keeps messages in the outbox", async () => {
    await queueMessages(2);
    expect(await deliverOutbox(null)).toEqual({ sent: 0, retrying: 0, failed: 0, interrupted: 0 });
    expect(await db.outboxMessage.count({ where: { status: "PENDING", attempts: 0 } })).toBe(2);
  });

  it("a message claimed by a run that crashed is never re-sent; after a while it is marked FAILED", async () => {
    await queueMessages(1);
    const [m] = await db.outboxMessage.findMany();
    // What a crash between claim and finish leaves behind: a claim from 11 minutes ago.
    const claimedAt = new Date(Date.now() - 11 * 60_000);
    await db.outboxMessage.update({ where: { id: m.id }, data: { attempts: 1, lastError: `sending:${claimedAt.toISOString()}:dead-worker` } });
    const { sent, transport } = recorder();

    const report = await deliverOutbox(transport);

    expect(sent).toHaveLength(0);
    expect(report.interrupted).toBe(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("a recent claim of another run is left alone", async () => {
    await queueMessages(1);
    const [m] = await db.outboxMessage.findMany();
    await db.outboxMessage.update({ where: { id: m.id }, data: { attempts: 1, lastError: `sending:${new Date().toISOString()}:other-worker` } });
    const { sent, transport } = recorder();
    await deliverOutbox(transport);
    expect(sent).toHaveLength(0);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("PENDING");
  });

  it("retries only what provably did not go out; an unknown outcome is FAILED, never re-sent", async () => {
    await queueMessages(3);
    const rows = await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    const refused = Object.assign(new Error("421 try later"), { responseCode: 421 });
    const rejected = Object.assign(new Error("550 no such user"), { responseCode: 550 });
    const dropped = Object.assign(new Error("Connection closed"), { code: "ESOCKET", command: "DATA" });
    const errors = new Map<string, Error>([[rows[0].id, refused], [rows[1].id, rejected], [rows[2].id, dropped]]);
    const first = recorder({ fail: (m) => errors.get(m.id) });

    expect(await deliverOutbox(first.transport)).toMatchObject({ sent: 0, retrying: 1, failed: 2 });
    const after = await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    expect(after.map((m) => [m.status, m.attempts])).toEqual([["PENDING", 1], ["FAILED", 1], ["FAILED", 1]]);
    expect(after[2].lastError).toMatch(/unknown/i);

    const second = recorder();
    expect(await deliverOutbox(second.transport)).toMatchObject({ sent: 1 });
    expect(second.sent.map((m) => m.id)).toEqual([rows[0].id]);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: rows[0].id } })).attempts).toBe(2);
  });
});

describe("outbox.deliver job (pg-boss)", () => {
  it("shipping queues a job; the worker sends the shipped messages once", async () => {
    const { sent, transport } = recorder();
    await startJobs({ transport: async () => transport, pollingIntervalSeconds: 0.5, schedule: false });
    expect(await runningBoss()).not.toBeNull();
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const customer = await createCustomer(db, { email: "loop@example.com" });
    const inquiries = await Promise.all([1, 2, 3].map(() => createInquiry(db, { customerId: customer.id })));
    const { problemId } = await createProblem(agent, { title: "Loop", inquiryIds: inquiries.map((i) => i.id) });
    await moveProblem(product, { problemId, expectedVersion: 1, status: "ACCEPTED" });

    await shipProblem(product, { problemId, releaseNote: "Fixed.", resolveLinked: true });

    for (let k = 0; k < 100 && !sent.length; k++) await new Promise((r) => setTimeout(r, 100));
    expect(sent.map((m) => m.to)).toEqual(["loop@example.com"]);
    // Resolving also queued held survey invitations (not due yet): look at the shipped message.
    expect(await db.outboxMessage.findFirstOrThrow({ where: { kind: "problem.shipped" } })).toMatchObject({ status: "SENT", attempts: 1 });
  }, 60_000);
});

describe("listOutbox", () => {
  it("admins page through newest first; other roles are refused", async () => {
    await queueMessages(5);
    const admin = await actorFor("ADMIN");
    const first = await listOutbox(admin, { limit: 3 });
    expect(first.items.map((m) => m.subject)).toEqual(["S4", "S3", "S2"]);
    expect(first.items[0]).toMatchObject({ state: "kept", status: "PENDING", problem: null });
    const second = await listOutbox(admin, { cursor: first.nextCursor!, limit: 3 });
    expect(second.items.map((m) => m.subject)).toEqual(["S1", "S0"]);
    expect(second.nextCursor).toBeNull();
    expect((await listOutbox(admin, { cursor: "garbage" })).items).toHaveLength(5);
    for (const role of ["AGENT", "PRODUCT", "MEMBER"] as const) {
      await expect(listOutbox(await actorFor(role))).rejects.toThrow(ForbiddenError);
    }
  });
});
