import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { FieldError, NotFoundError } from "@/lib/errors";
import { tagColors, type CreateTagInput, type TagColor, type UpdateTagInput } from "./schema";
import { isUniqueViolation } from "./db-errors";

export type AdminTagRow = { id: string; name: string; color: TagColor; archived: boolean; noSurvey: boolean; inquiryCount: number };

const asColor = (color: string): TagColor => ((tagColors as readonly string[]).includes(color) ? (color as TagColor) : "slate");

/** Every tag, archived ones last, with how many inquiries carry it. */
export async function listTags(actor: Actor): Promise<AdminTagRow[]> {
  assertCan(actor, "admin.manage");
  const rows = await db.tag.findMany({
    select: { id: true, name: true, color: true, archived: true, noSurvey: true, _count: { select: { inquiries: true } } },
    orderBy: [{ archived: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, color, ...tag }) => ({ ...tag, color: asColor(color), inquiryCount: _count.inquiries }));
}

/** Names are unique regardless of case: "Billing" and "billing" would split the taxonomy. */
async function assertNameFree(name: string, exceptId?: string) {
  const taken = await db.tag.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new FieldError("name", "nameTaken");
}

export async function createTag(actor: Actor, input: CreateTagInput): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  await assertNameFree(input.name);
  try {
    return await db.$transaction(async (tx) => {
      const noSurvey = input.noSurvey ?? false;
      const tag = await tx.tag.create({ data: { name: input.name, color: input.color, noSurvey }, select: { id: true } });
      await tx.auditEvent.create({ data: auditEntry(actor, "tag.create", "Tag", tag.id, { name: input.name, color: input.color, noSurvey }) });
      return tag;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("name", "nameTaken");
    throw error;
  }
}

/** Rename, recolor and/or mark "no survey". Inquiries keep the tag (they point at its id). */
export async function updateTag(actor: Actor, input: UpdateTagInput): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  const before = await db.tag.findUnique({ where: { id: input.tagId }, select: { id: true, name: true, color: true, noSurvey: true } });
  if (!before) throw new NotFoundError("tag");
  const noSurvey = input.noSurvey ?? before.noSurvey;
  if (before.name === input.name && before.color === input.color && before.noSurvey === noSurvey) return { id: before.id };
  await assertNameFree(input.name, before.id);
  try {
    await db.$transaction([
      db.tag.update({ where: { id: before.id }, data: { name: input.name, color: input.color, noSurvey } }),
      db.auditEvent.create({
        data: auditEntry(actor, "tag.update", "Tag", before.id, {
          from: { name: before.name, color: before.color, noSurvey: before.noSurvey },
          to: { name: input.name, color: input.color, noSurvey },
        }),
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("name", "nameTaken");
    throw error;
  }
  return { id: before.id };
}

/** Archived tags disappear from pickers but stay on the inquiries that already have them. */
export async function setTagArchived(actor: Actor, tagId: string, archived: boolean): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  const tag = await db.tag.findUnique({ where: { id: tagId }, select: { id: true, archived: true } });
  if (!tag) throw new NotFoundError("tag");
  if (tag.archived === archived) return { id: tag.id };
  await db.$transaction([
    db.tag.update({ where: { id: tag.id }, data: { archived } }),
    db.auditEvent.create({ data: auditEntry(actor, archived ? "tag.archive" : "tag.unarchive", "Tag", tag.id) }),
  ]);
  return { id: tag.id };
}
