import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { FieldError, NotFoundError } from "@/lib/errors";
import { mergeProblemsSchema, type MergeProblemsInput } from "../schema";
import { problemScope } from "../scope";
import { applyLinkChange, lockProblemsForLinks, withLinkTransaction } from "./links";

export type MergeResult = { sourceId: string; targetId: string; changed: boolean; moved: number };

/**
 * Merges a duplicate (source) into another problem (target): every linked inquiry moves to the
 * target (both timelines and both rollups say so), the source keeps its history, points at the
 * target (mergedIntoId) and leaves the board. Merging a source already merged into the same target
 * is a no-op success, so a double click or a retry has the effect of one merge.
 * @throws ForbiddenError, NotFoundError (source missing or merged elsewhere, target missing),
 *   FieldError("targetId": "mergeSelf" | "mergeTargetMerged")
 */
export async function mergeProblems(actor: Actor, input: MergeProblemsInput): Promise<MergeResult> {
  assertCan(actor, "board.manage");
  const { sourceId, targetId } = mergeProblemsSchema.parse(input);
  if (sourceId === targetId) throw new FieldError("targetId", "mergeSelf");
  return withLinkTransaction(async (tx) => {
    const visible = await tx.problem.count({ where: { AND: [{ id: { in: [sourceId, targetId] } }, problemScope(actor)] } });
    if (visible !== 2) throw new NotFoundError("problem");
    // Both rows locked (id order) before reading the links: no link of either can change now.
    const problems = await lockProblemsForLinks(tx, [sourceId, targetId]);
    const source = problems.get(sourceId);
    const target = problems.get(targetId);
    if (!source || !target) throw new NotFoundError("problem");
    if (source.mergedIntoId === targetId) return { sourceId, targetId, changed: false, moved: 0 };
    if (source.mergedIntoId) throw new NotFoundError("problem");
    if (target.mergedIntoId) throw new FieldError("targetId", "mergeTargetMerged");

    const now = new Date();
    const rows = await tx.$queryRaw<{ id: string; problemId: string | null }[]>`
      SELECT "id"::text AS "id", "problemId"::text AS "problemId"
      FROM "Inquiry" WHERE "problemId" = ${sourceId}::uuid ORDER BY "id" FOR UPDATE`;
    const { changed } = await applyLinkChange(tx, actor, rows, target, problems, now, { via: "merge" });
    await tx.problem.update({
      where: { id: sourceId },
      data: { mergedIntoId: targetId, updatedAt: now, version: { increment: 1 } },
    });
    await tx.problemEvent.createMany({
      data: [
        { problemId: sourceId, kind: "MERGED", actorId: actor.id, createdAt: now, data: { into: targetId, intoTitle: target.title, intoNumber: target.number, moved: changed.length } },
        { problemId: targetId, kind: "MERGED", actorId: actor.id, createdAt: now, data: { from: sourceId, fromTitle: source.title, fromNumber: source.number, moved: changed.length } },
      ],
    });
    await tx.auditEvent.create({
      data: auditEntry(actor, "problem.merge", "Problem", sourceId, { into: targetId, inquiryIds: changed.map((r) => r.id) }),
    });
    return { sourceId, targetId, changed: true, moved: changed.length };
  });
}
