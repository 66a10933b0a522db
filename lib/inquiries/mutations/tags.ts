import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors";
import { diffTags, type TagsChangeData } from "../rules";
import { setInquiryTagsSchema, type SetInquiryTagsInput } from "../schema";
import { changeInquiry, type ChangeResult } from "./change";

/**
 * Replaces the inquiry's tags. New tags must exist and not be archived; a tag archived after it
 * was attached may stay.
 * @throws ForbiddenError, NotFoundError, ConflictError, FieldError("tagIds")
 */
export async function setInquiryTags(actor: Actor, input: SetInquiryTagsInput): Promise<ChangeResult> {
  assertCan(actor, "inquiries.update");
  const { inquiryId, expectedVersion, tagIds } = setInquiryTagsSchema.parse(input);
  return changeInquiry(actor, inquiryId, expectedVersion, async (current, tx) => {
    const { added, removed } = diffTags(current.tags.map((t) => t.tagId), tagIds);
    if (!added.length && !removed.length) return null;
    const known = await tx.tag.findMany({ where: { id: { in: [...added, ...removed] } }, select: { id: true, name: true, archived: true } });
    const byId = new Map(known.map((t) => [t.id, t]));
    if (added.some((id) => !byId.get(id) || byId.get(id)!.archived)) throw new FieldError("tagIds", "invalid");
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
      },
      events: [{ kind: "TAGS", data }],
      audit: { action: "inquiry.tags", data: { added, removed } },
    };
  });
}
