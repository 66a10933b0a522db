import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { adjustProblemTags, lockInquiryWithProblem } from "@/lib/board/rollups";
import { ConflictError, FieldError } from "@/lib/errors";
import { diffTags, type TagsChangeData } from "../rules";
import { setInquiryTagsSchema, type SetInquiryTagsInput } from "../schema";
import { changeInquiry, type ChangeResult } from "./change";

/** The inquiry moved to another problem between our two locks: run the change again. */
class LinkMovedMeanwhile extends Error {}

/**
 * Replaces the inquiry's tags. New tags must exist and not be archived; a tag archived after it
 * was attached may stay. A linked inquiry's tags feed its fix-board problem's ProblemTag rollup
 * (the board's tag filter), adjusted in the same transaction. New inquiries (createInquiry, the
 * contact form) are never linked when their tags are first set, so only this path needs it.
 * @throws ForbiddenError, NotFoundError, ConflictError, FieldError("tagIds")
 */
export async function setInquiryTags(actor: Actor, input: SetInquiryTagsInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.update");
  const { inquiryId, expectedVersion, tagIds } = setInquiryTagsSchema.parse(input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await changeInquiry(actor, inquiryId, expectedVersion, async (current, tx) => {
        const { added, removed } = diffTags(current.tags.map((t) => t.tagId), tagIds);
        if (!added.length && !removed.length) return null;
        const known = await tx.tag.findMany({ where: { id: { in: [...added, ...removed] } }, select: { id: true, name: true, archived: true } });
        const byId = new Map(known.map((t) => [t.id, t]));
        if (added.some((id) => !byId.get(id) || byId.get(id)!.archived)) throw new FieldError("tagIds", "invalid");
        const { problemId, stable } = await lockInquiryWithProblem(tx, inquiryId);
        if (!stable) throw new LinkMovedMeanwhile();
        const data: TagsChangeData = {
          added,
          removed,
          addedNames: added.map((id) => byId.get(id)!.name),
          removedNames: removed.map((id) => byId.get(id)?.name ?? id),
        };
        return {
          after: async (t) => {
            if (removed.length) await t.inquiryTag.deleteMany({ where: { inquiryId, tagId: { in: removed } } });
            if (added.length) await t.inquiryTag.createMany({ data: added.map((tagId) => ({ inquiryId, tagId })) });
            await adjustProblemTags(t, problemId, { added, removed });
          },
          events: [{ kind: "TAGS", data }],
          audit: { action: "inquiry.tags", data: { added, removed } },
        };
      });
    } catch (error) {
      if (!(error instanceof LinkMovedMeanwhile)) throw error;
      // Moved again and again under us: as good as a concurrent edit.
      if (attempt >= 3) throw new ConflictError();
    }
  }
}
