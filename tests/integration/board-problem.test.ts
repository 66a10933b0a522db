import { beforeEach, describe, expect, it } from "vitest";
import {
  addProblemComment, createProblem, editProblem, loadTypeWeights, mergeProblems, moveProblem, setProblemOwner, setTypeWeights,
} from "@/lib/board/mutations";
import { defaultTypeWeights } from "@/lib/board/rules";
import { ConflictError, FieldError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import { createInquiry, createUser } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

beforeEach(resetDb);

async function reported() {
  const agent = await actorFor("AGENT");
  const product = await actorFor("PRODUCT");
  const { problemId } = await createProblem(agent, { title: "Login fails", inquiryIds: [(await createInquiry(db)).id] });
  return { agent, product, problemId };
}

describe("moveProblem", () => {
  it("two people moving the same card: the later one is told it changed, nothing of theirs is written", async () => {
    const { product, problemId } = await reported();
    const admin = await actorFor("ADMIN");
    const results = await Promise.allSettled([
      moveProblem(product, { problemId, expectedVersion: 1, status: "ACCEPTED" }),
      moveProblem(admin, { problemId, expectedVersion: 1, status: "DECLINED", declineReason: "Works as designed" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await db.problemEvent.count({ where: { problemId, kind: "STATUS" } })).toBe(1);
    expect((await db.problem.findUniqueOrThrow({ where: { id: problemId } })).version).toBe(2);
    // A stale form (version 1) after that also conflicts.
    await expect(moveProblem(product, { problemId, expectedVersion: 1, status: "IN_PROGRESS" })).rejects.toThrow(ConflictError);
  });

  it("declining requires a reason; the first response stamps respondedAt once", async () => {
    const { product, problemId } = await reported();
    await expect(moveProblem(product, { problemId, expectedVersion: 1, status: "DECLINED" })).rejects.toMatchObject({ field: "declineReason", messageKey: "required" });
    await expect(moveProblem(product, { problemId, expectedVersion: 1, status: "DECLINED", declineReason: "   " })).rejects.toThrow(FieldError);
    expect(await db.problem.findUniqueOrThrow({ where: { id: problemId } })).toMatchObject({ status: "REPORTED", respondedAt: null, version: 1 });

    const declined = await moveProblem(product, { problemId, expectedVersion: 1, status: "DECLINED", declineReason: "Works as designed" });
    const p = await db.problem.findUniqueOrThrow({ where: { id: problemId } });
    expect(p).toMatchObject({ status: "DECLINED", declineReason: "Works as designed", version: 2 });
    expect(p.respondedAt).toBeInstanceOf(Date);
    const event = await db.problemEvent.findFirstOrThrow({ where: { problemId, kind: "STATUS" } });
    expect(event.data).toEqual({ from: "REPORTED", to: "DECLINED", declineReason: "Works as designed" });

    // Reconsidered: back to REPORTED clears the reason; accepting later keeps the first response time.
    const back = await moveProblem(product, { problemId, expectedVersion: declined.version, status: "REPORTED" });
    await moveProblem(product, { problemId, expectedVersion: back.version, status: "ACCEPTED" });
    expect(await db.problem.findUniqueOrThrow({ where: { id: problemId } })).toMatchObject({ status: "ACCEPTED", declineReason: null, respondedAt: p.respondedAt });
  });

  it("refuses moves the rules do not allow, and SHIPPED (that is shipProblem)", async () => {
    const { product, problemId } = await reported();
    await expect(moveProblem(product, { problemId, expectedVersion: 1, status: "SHIPPED" })).rejects.toThrow(InvalidTransitionError);
    const accepted = await moveProblem(product, { problemId, expectedVersion: 1, status: "ACCEPTED" });
    await expect(moveProblem(product, { problemId, expectedVersion: accepted.version, status: "SHIPPED" })).rejects.toThrow(InvalidTransitionError);
    // Same status: nothing to do.
    expect(await moveProblem(product, { problemId, expectedVersion: accepted.version, status: "ACCEPTED" })).toMatchObject({ changed: false });
    expect((await db.problem.findUniqueOrThrow({ where: { id: problemId } })).version).toBe(accepted.version);
  });

  it("a merged-away or missing problem is not found", async () => {
    const { agent, product, problemId } = await reported();
    const other = (await createProblem(agent, { title: "Other", inquiryIds: [(await createInquiry(db)).id] })).problemId;
    await mergeProblems(product, { sourceId: problemId, targetId: other });
    await expect(moveProblem(product, { problemId, expectedVersion: 2, status: "ACCEPTED" })).rejects.toThrow(NotFoundError);
    await expect(addProblemComment(product, { problemId, body: "hi" })).rejects.toThrow(NotFoundError);
    await expect(editProblem(product, { problemId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, title: "t", description: "" })).rejects.toThrow(NotFoundError);
  });
});

describe("setProblemOwner / editProblem / addProblemComment", () => {
  it("the owner must be an active PRODUCT or ADMIN user", async () => {
    const { product, problemId } = await reported();
    const agentUser = await createUser(db, { role: "AGENT" });
    const gone = await createUser(db, { role: "PRODUCT", active: false });
    await expect(setProblemOwner(product, { problemId, expectedVersion: 1, ownerId: agentUser.id })).rejects.toMatchObject({ field: "ownerId" });
    await expect(setProblemOwner(product, { problemId, expectedVersion: 1, ownerId: gone.id })).rejects.toThrow(FieldError);
    const owned = await setProblemOwner(product, { problemId, expectedVersion: 1, ownerId: product.id });
    expect(owned).toMatchObject({ changed: true, version: 2 });
    const event = await db.problemEvent.findFirstOrThrow({ where: { problemId, kind: "OWNER" } });
    expect(event.data).toEqual({ from: null, to: product.id, fromName: null, toName: product.name });
    const cleared = await setProblemOwner(product, { problemId, expectedVersion: 2, ownerId: "" });
    expect(cleared.changed).toBe(true);
    expect((await db.problem.findUniqueOrThrow({ where: { id: problemId } })).ownerId).toBeNull();
  });

  it("edits title and description with an EDITED event; unchanged is a no-op", async () => {
    const { product, problemId } = await reported();
    expect(await editProblem(product, { problemId, expectedVersion: 1, title: "Login fails", description: "" })).toMatchObject({ changed: false });
    const edited = await editProblem(product, { problemId, expectedVersion: 1, title: "Login fails with 2FA", description: "Since 4.2" });
    expect(edited).toMatchObject({ changed: true, version: 2 });
    expect(await db.problem.findUniqueOrThrow({ where: { id: problemId } })).toMatchObject({ title: "Login fails with 2FA", description: "Since 4.2" });
    const event = await db.problemEvent.findFirstOrThrow({ where: { problemId, kind: "EDITED" } });
    expect(event.data).toEqual({ fromTitle: "Login fails", toTitle: "Login fails with 2FA", descriptionChanged: true });
    await expect(editProblem(product, { problemId, expectedVersion: 1, title: "Stale", description: "" })).rejects.toThrow(ConflictError);
  });

  it("comments are append-only: no version check, no version bump", async () => {
    const { agent, problemId } = await reported();
    const { eventId } = await addProblemComment(agent, { problemId, body: "  Three more calls today  " });
    expect(await db.problemEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ kind: "COMMENT", body: "Three more calls today", actorId: agent.id });
    expect((await db.problem.findUniqueOrThrow({ where: { id: problemId } })).version).toBe(1);
    await expect(addProblemComment(agent, { problemId, body: "   " })).rejects.toThrow();
  });
});

describe("type weights", () => {
  it("defaults until an admin sets them; one decimal, 0–10", async () => {
    const admin = await actorFor("ADMIN");
    expect(await loadTypeWeights()).toEqual(defaultTypeWeights);
    const saved = await setTypeWeights(admin, { INTERNAL: "0.5", PROSPECT: 0, BUYER: 2.5, USER: 1, CHURNED: 10 } as never);
    expect(saved.changed).toBe(true);
    expect(await loadTypeWeights()).toEqual({ INTERNAL: 0.5, PROSPECT: 0, BUYER: 2.5, USER: 1, CHURNED: 10 });
    expect(await db.auditEvent.count({ where: { action: "board.weights" } })).toBe(1);
    expect((await setTypeWeights(admin, { INTERNAL: 0.5, PROSPECT: 0, BUYER: 2.5, USER: 1, CHURNED: 10 })).changed).toBe(false);
    await expect(setTypeWeights(admin, { INTERNAL: 11, PROSPECT: 0, BUYER: 2, USER: 1, CHURNED: 3 })).rejects.toThrow();
    await expect(setTypeWeights(admin, { INTERNAL: 1.25, PROSPECT: 0, BUYER: 2, USER: 1, CHURNED: 3 })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { action: "board.weights" } })).toBe(1);
  });
});
