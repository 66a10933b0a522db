import { beforeEach, describe, expect, it } from "vitest";
import { createProblem, linkInquiries, mergeProblems } from "@/lib/board/mutations";
import { reconcileProblemRollups } from "@/lib/board/rollups";
import { FieldError, NotFoundError } from "@/lib/errors";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// Merging duplicates must keep every link (evidence is never lost), keep the source's history,
// and be safe to click twice.

beforeEach(resetDb);

async function twoProblems() {
  const agent = await actorFor("AGENT");
  const product = await actorFor("PRODUCT");
  const shared = await createCustomer(db, { type: "BUYER" });
  const a = await Promise.all([createInquiry(db, { customerId: shared.id }), createInquiry(db), createInquiry(db)]);
  const b = await Promise.all([createInquiry(db, { customerId: shared.id }), createInquiry(db)]);
  const source = await createProblem(agent, { title: "로그인이 안 돼요", inquiryIds: a.map((i) => i.id) });
  const target = await createProblem(agent, { title: "Login fails", inquiryIds: b.map((i) => i.id) });
  return { product, agent, shared, a, b, source: source.problemId, target: target.problemId };
}

describe("mergeProblems", () => {
  it("moves every link to the target, keeps the source's history, and both rollups are right", async () => {
    const { product, a, b, source, target } = await twoProblems();

    expect(await mergeProblems(product, { sourceId: source, targetId: target })).toEqual({ sourceId: source, targetId: target, changed: true, moved: 3 });

    const linked = await db.inquiry.findMany({ where: { problemId: target }, select: { id: true } });
    expect(linked.map((i) => i.id).sort()).toEqual([...a, ...b].map((i) => i.id).sort());
    expect(await db.inquiry.count({ where: { problemId: source } })).toBe(0);
    const src = await db.problem.findUniqueOrThrow({ where: { id: source } });
    expect(src).toMatchObject({ mergedIntoId: target, linkedCount: 0, customerCount: 0, version: 2 });
    // 5 inquiries, 4 distinct customers (one customer is on both).
    expect(await db.problem.findUniqueOrThrow({ where: { id: target } })).toMatchObject({ linkedCount: 5, customerCount: 4, mergedIntoId: null });
    const srcEvents = await db.problemEvent.findMany({ where: { problemId: source }, select: { kind: true, data: true } });
    expect(srcEvents.map((e) => e.kind)).toEqual(expect.arrayContaining(["CREATED", "LINKED", "UNLINKED", "MERGED"]));
    expect(srcEvents.find((e) => e.kind === "MERGED")?.data).toMatchObject({ into: target, intoTitle: "Login fails", moved: 3 });
    const tgtMerged = await db.problemEvent.findFirst({ where: { problemId: target, kind: "MERGED" }, select: { data: true } });
    expect(tgtMerged?.data).toMatchObject({ from: source, fromTitle: "로그인이 안 돼요", moved: 3 });
    // Each moved inquiry's timeline says where it went.
    for (const i of a) {
      const last = await db.inquiryEvent.findFirst({ where: { inquiryId: i.id, kind: "PROBLEM" }, orderBy: { createdAt: "desc" }, select: { data: true } });
      expect(last?.data).toEqual({ from: source, to: target, fromTitle: "로그인이 안 돼요", toTitle: "Login fails" });
    }
    expect(await db.auditEvent.count({ where: { action: "problem.merge", entityId: source } })).toBe(1);
    expect(await reconcileProblemRollups(db)).toEqual([]);
  });

  it("is idempotent: merging again (or twice at once) is a no-op success", async () => {
    const { product, source, target } = await twoProblems();
    const results = await Promise.all([
      mergeProblems(product, { sourceId: source, targetId: target }),
      mergeProblems(product, { sourceId: source, targetId: target }),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    const again = await mergeProblems(product, { sourceId: source, targetId: target });
    expect(again).toEqual({ sourceId: source, targetId: target, changed: false, moved: 0 });
    expect(await db.problemEvent.count({ where: { kind: "MERGED" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "problem.merge" } })).toBe(1);
    expect((await db.problem.findUniqueOrThrow({ where: { id: target } })).linkedCount).toBe(5);
    expect(await reconcileProblemRollups(db)).toEqual([]);
  });

  it("refuses merging into itself or into a merged problem, and a source merged elsewhere is not found", async () => {
    const { product, agent, source, target } = await twoProblems();
    const third = await createProblem(agent, { title: "Third", inquiryIds: [(await createInquiry(db)).id] });
    await expect(mergeProblems(product, { sourceId: source, targetId: source })).rejects.toMatchObject({ field: "targetId", messageKey: "mergeSelf" });
    await mergeProblems(product, { sourceId: source, targetId: target });
    await expect(mergeProblems(product, { sourceId: third.problemId, targetId: source })).rejects.toThrow(FieldError);
    await expect(mergeProblems(product, { sourceId: source, targetId: third.problemId })).rejects.toThrow(NotFoundError);
    // A merged problem takes no new links either.
    await expect(linkInquiries(agent, { problemId: source, inquiryIds: [(await createInquiry(db)).id] })).rejects.toThrow(NotFoundError);
    expect((await db.problem.findUniqueOrThrow({ where: { id: third.problemId } })).mergedIntoId).toBeNull();
    expect(await db.inquiry.count({ where: { problemId: third.problemId } })).toBe(1);
  });
});
