import { beforeEach, describe, expect, it } from "vitest";
import { createProblem, moveProblem, shipProblem } from "@/lib/board/mutations";
import { closingReply, SHIPPED_MESSAGE_KIND, shippedDedupeKey } from "@/lib/board/rules";
import { ConflictError, InvalidTransitionError } from "@/lib/errors";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// Shipping closes the loop: open linked inquiries are resolved with a closing reply, and each
// affected customer with an email gets exactly ONE "it's fixed" message — even when the ship
// button is clicked twice or the request is retried concurrently.

beforeEach(resetDb);

// Resolving also queues survey invitations (issue 4); these tests count the "it's fixed" messages.
const shipped = { kind: SHIPPED_MESSAGE_KIND };

const NOTE = "We fixed sign-in for accounts with two-step verification.";

async function setup() {
  const agent = await actorFor("AGENT");
  const product = await actorFor("PRODUCT");
  const kim = await createCustomer(db, { name: "김민지", email: "minji@example.com", type: "BUYER" });
  const ann = await createCustomer(db, { name: "Ann", email: "ann@example.com", type: "USER" });
  const noEmail = await createCustomer(db, { name: "No Email", email: null, type: "PROSPECT" });
  const kim1 = await createInquiry(db, { customerId: kim.id, subject: "로그인이 안 돼요", body: "비밀번호를 맞게 입력해도 안 됩니다.", status: "NEW" });
  const kim2 = await createInquiry(db, { customerId: kim.id, subject: "로그인 오류", body: "또 안 돼요", status: "OPEN", firstResponseAt: new Date("2026-01-01T00:00:00Z") });
  const kim3 = await createInquiry(db, { customerId: kim.id, subject: "로그인 문제", body: "해결됐나요?", status: "RESOLVED", resolvedAt: new Date("2026-01-02T00:00:00Z") });
  const ann1 = await createInquiry(db, { customerId: ann.id, subject: "Cannot sign in", body: "2FA loop", status: "PENDING" });
  const ann2 = await createInquiry(db, { customerId: ann.id, subject: "Still cannot sign in", body: "closed one", status: "CLOSED" });
  const anon = await createInquiry(db, { customerId: noEmail.id, subject: "Login broken", body: "phone call", status: "OPEN" });
  const unrelated = await createInquiry(db, { customerId: ann.id, subject: "Invoice", status: "OPEN" });
  const { problemId } = await createProblem(agent, {
    title: "Sign-in fails with 2FA",
    inquiryIds: [kim1, kim2, kim3, ann1, ann2, anon].map((i) => i.id),
  });
  const moved = await moveProblem(product, { problemId, expectedVersion: 1, status: "ACCEPTED" });
  return { agent, product, kim, ann, noEmail, kim1, kim2, kim3, ann1, ann2, anon, unrelated, problemId, version: moved.version };
}

describe("shipProblem", () => {
  it("resolves open linked inquiries with the closing reply and queues one message per customer with an email", async () => {
    const s = await setup();
    const before = await db.problem.findUniqueOrThrow({ where: { id: s.problemId } });

    const result = await shipProblem(s.product, { problemId: s.problemId, releaseNote: NOTE, resolveLinked: true });

    expect(result).toEqual({ problemId: s.problemId, changed: true, version: before.version + 1, resolved: 4, queued: 2 });
    const problem = await db.problem.findUniqueOrThrow({ where: { id: s.problemId } });
    expect(problem).toMatchObject({ status: "SHIPPED", releaseNote: NOTE, respondedAt: before.respondedAt });
    expect(problem.shippedAt).toBeInstanceOf(Date);

    // Open ones (NEW, OPEN, PENDING) are resolved; RESOLVED / CLOSED / unlinked ones are untouched.
    const byId = async (id: string) => db.inquiry.findUniqueOrThrow({ where: { id } });
    for (const i of [s.kim1, s.kim2, s.ann1, s.anon]) {
      const now = await byId(i.id);
      expect(now.status, i.subject).toBe("RESOLVED");
      expect(now.resolvedAt).toEqual(problem.shippedAt);
      expect(now.version).toBe(i.version + 1);
    }
    expect((await byId(s.kim2.id)).firstResponseAt).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect((await byId(s.kim1.id)).firstResponseAt).toEqual(problem.shippedAt);
    expect(await byId(s.kim3.id)).toMatchObject({ status: "RESOLVED", resolvedAt: new Date("2026-01-02T00:00:00Z"), version: s.kim3.version });
    expect(await byId(s.ann2.id)).toMatchObject({ status: "CLOSED", version: s.ann2.version });
    expect(await byId(s.unrelated.id)).toMatchObject({ status: "OPEN", version: s.unrelated.version });

    // Closing reply in the customer's language + a STATUS event on each resolved inquiry's timeline.
    const reply = async (id: string) => db.inquiryEvent.findFirst({ where: { inquiryId: id, kind: "REPLY" }, select: { body: true, actorId: true } });
    expect(await reply(s.kim1.id)).toEqual({ body: closingReply(NOTE, "ko"), actorId: s.product.id });
    expect(await reply(s.ann1.id)).toEqual({ body: closingReply(NOTE, "en"), actorId: s.product.id });
    expect(await reply(s.kim3.id)).toBeNull();
    const status = await db.inquiryEvent.findFirst({ where: { inquiryId: s.ann1.id, kind: "STATUS" }, select: { data: true } });
    expect(status?.data).toMatchObject({ from: "PENDING", to: "RESOLVED", problemId: s.problemId });
    expect(await db.auditEvent.count({ where: { action: "inquiry.resolveOnShip" } })).toBe(4);

    // One message per customer with an email (Kim has 3 linked inquiries → still 1), in their language.
    const outbox = await db.outboxMessage.findMany({ where: shipped, orderBy: { toEmail: "asc" } });
    expect(outbox.map((m) => [m.toEmail, m.dedupeKey, m.status, m.problemId])).toEqual([
      ["ann@example.com", shippedDedupeKey(s.problemId, s.ann.id), "PENDING", s.problemId],
      ["minji@example.com", shippedDedupeKey(s.problemId, s.kim.id), "PENDING", s.problemId],
    ]);
    const kimMessage = outbox[1];
    expect(kimMessage.body).toContain("김민지님");
    expect(kimMessage.body).toContain(NOTE);
    expect(kimMessage.body).toContain("외 2건");
    expect(outbox[0].subject).toMatch(/^Fixed: /);

    const shipEvent = await db.problemEvent.findFirst({ where: { problemId: s.problemId, kind: "STATUS", data: { path: ["to"], equals: "SHIPPED" } } });
    expect(shipEvent?.data).toMatchObject({ from: "ACCEPTED", to: "SHIPPED", releaseNote: NOTE, resolved: 4, queued: 2 });
    expect(await db.auditEvent.count({ where: { action: "problem.ship", entityId: s.problemId } })).toBe(1);
  });

  it("run twice concurrently: the effect of once — one message per customer, one reply per inquiry", async () => {
    const s = await setup();
    const results = await Promise.all([
      shipProblem(s.product, { problemId: s.problemId, releaseNote: NOTE, resolveLinked: true }),
      shipProblem(s.product, { problemId: s.problemId, releaseNote: NOTE, resolveLinked: true }),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect(await db.outboxMessage.count({ where: shipped })).toBe(2);
    expect(await db.outboxMessage.count({ where: { ...shipped, customerId: s.kim.id } })).toBe(1);
    expect(await db.inquiryEvent.count({ where: { kind: "REPLY" } })).toBe(4);
    expect(await db.problemEvent.count({ where: { problemId: s.problemId, kind: "STATUS" } })).toBe(2); // ACCEPTED + SHIPPED
    // A later retry with the same note: still a no-op.
    expect((await shipProblem(s.product, { problemId: s.problemId, releaseNote: NOTE, resolveLinked: true })).changed).toBe(false);
    expect(await db.outboxMessage.count({ where: shipped })).toBe(2);
  });

  it("without resolveLinked: inquiries stay as they are, customers are still told", async () => {
    const s = await setup();
    const result = await shipProblem(s.product, { problemId: s.problemId, releaseNote: NOTE, resolveLinked: false });
    expect(result).toMatchObject({ resolved: 0, queued: 2 });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: s.kim1.id } })).status).toBe("NEW");
    expect(await db.inquiryEvent.count({ where: { kind: "REPLY" } })).toBe(0);
  });

  it("a re-ship after the fix did not hold does not message the same customers again", async () => {
    const s = await setup();
    const first = await shipProblem(s.product, { problemId: s.problemId, releaseNote: NOTE, resolveLinked: false });
    const back = await moveProblem(s.product, { problemId: s.problemId, expectedVersion: first.version, status: "IN_PROGRESS" });
    expect((await db.problem.findUniqueOrThrow({ where: { id: s.problemId } })).shippedAt).toBeNull();
    const again = await shipProblem(s.product, { problemId: s.problemId, releaseNote: "Second try", resolveLinked: false });
    expect(again).toMatchObject({ changed: true, version: back.version + 1, queued: 0 });
    expect(await db.outboxMessage.count({ where: shipped })).toBe(2);
  });

  it("only from ACCEPTED or IN_PROGRESS; already shipped with another note is a conflict", async () => {
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const { problemId } = await createProblem(agent, { title: "X", inquiryIds: [(await createInquiry(db)).id] });
    await expect(shipProblem(product, { problemId, releaseNote: NOTE, resolveLinked: true })).rejects.toThrow(InvalidTransitionError);
    expect((await db.problem.findUniqueOrThrow({ where: { id: problemId } })).status).toBe("REPORTED");
    expect(await db.outboxMessage.count({ where: shipped })).toBe(0);
    await moveProblem(product, { problemId, expectedVersion: 1, status: "IN_PROGRESS" });
    await shipProblem(product, { problemId, releaseNote: NOTE, resolveLinked: true });
    await expect(shipProblem(product, { problemId, releaseNote: "another note", resolveLinked: true })).rejects.toThrow(ConflictError);
  });
});
