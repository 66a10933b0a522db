import { beforeEach, describe, expect, it } from "vitest";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { createTag, listTags, setTagArchived, updateTag } from "@/lib/admin/tags";
import { createChurnReason, listChurnReasons, renameChurnReason, setChurnReasonArchived } from "@/lib/admin/churn-reasons";
import { createInquiry, createTag as createTagRow } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

const nonAdmins = ["AGENT", "PRODUCT", "MEMBER"] as const;
const tagsNow = () => db.tag.findMany({ select: { id: true, name: true, color: true, archived: true }, orderBy: { id: "asc" } });
const reasonsNow = () => db.churnReasonCategory.findMany({ select: { id: true, name: true, archived: true }, orderBy: { id: "asc" } });

describe("admin: tags", () => {
  beforeEach(resetDb);

  it("creates, renames/recolors, archives and unarchives, auditing each write", async () => {
    const admin = await actorFor("ADMIN");
    const { id } = await createTag(admin, { name: "배송", color: "sky" });
    await updateTag(admin, { tagId: id, name: "Delivery", color: "amber" });
    expect(await db.tag.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Delivery", color: "amber", archived: false });
    await setTagArchived(admin, id, true);
    expect((await db.tag.findUniqueOrThrow({ where: { id } })).archived).toBe(true);
    await setTagArchived(admin, id, false);
    expect((await db.tag.findUniqueOrThrow({ where: { id } })).archived).toBe(false);
    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["tag.create", "tag.update", "tag.archive", "tag.unarchive"]);
  });

  it("an archived tag stays on the inquiries that have it", async () => {
    const admin = await actorFor("ADMIN");
    const tag = await createTagRow(db, { name: "billing" });
    const inquiry = await createInquiry(db, { tagIds: [tag.id] });
    await setTagArchived(admin, tag.id, true);
    expect(await db.inquiryTag.count({ where: { inquiryId: inquiry.id, tagId: tag.id } })).toBe(1);
    expect(await listTags(admin)).toEqual([{ id: tag.id, name: "billing", color: "slate", archived: true, noSurvey: false, inquiryCount: 1 }]);
  });

  it("a duplicate name (any case) is a field error on name, on create and on rename", async () => {
    const admin = await actorFor("ADMIN");
    await createTag(admin, { name: "Billing", color: "amber" });
    const other = await createTag(admin, { name: "Refund", color: "rose" });
    await expect(createTag(admin, { name: "billing", color: "sky" })).rejects.toMatchObject({ field: "name", messageKey: "nameTaken" });
    await expect(updateTag(admin, { tagId: other.id, name: "BILLING", color: "rose" })).rejects.toBeInstanceOf(FieldError);
    expect((await tagsNow()).map((t) => t.name).sort()).toEqual(["Billing", "Refund"]);
  });

  for (const role of nonAdmins) {
    it(`${role} is refused every tag query and mutation, and nothing changes`, async () => {
      const actor = await actorFor(role);
      const tag = await createTagRow(db, { name: "bug" });
      const before = await tagsNow();
      const attempts = [
        () => listTags(actor),
        () => createTag(actor, { name: "new", color: "rose" }),
        () => updateTag(actor, { tagId: tag.id, name: "renamed", color: "rose" }),
        () => setTagArchived(actor, tag.id, true),
        () => setTagArchived(actor, tag.id, false),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await tagsNow()).toEqual(before);
      expect(await db.auditEvent.count()).toBe(0);
    });
  }
});

describe("admin: churn reason categories", () => {
  beforeEach(resetDb);

  it("creates, renames, archives and unarchives, auditing each write", async () => {
    const admin = await actorFor("ADMIN");
    const { id } = await createChurnReason(admin, { name: "가격" });
    await renameChurnReason(admin, { reasonId: id, name: "Price" });
    await setChurnReasonArchived(admin, id, true);
    expect(await listChurnReasons(admin)).toEqual([{ id, name: "Price", archived: true, customerCount: 0 }]);
    await setChurnReasonArchived(admin, id, false);
    expect((await db.churnReasonCategory.findUniqueOrThrow({ where: { id } })).archived).toBe(false);
    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["churnReason.create", "churnReason.rename", "churnReason.archive", "churnReason.unarchive"]);
  });

  it("a duplicate name is a field error on name", async () => {
    const admin = await actorFor("ADMIN");
    await createChurnReason(admin, { name: "Price" });
    const other = await createChurnReason(admin, { name: "Quality" });
    await expect(createChurnReason(admin, { name: "price" })).rejects.toMatchObject({ field: "name", messageKey: "nameTaken" });
    await expect(renameChurnReason(admin, { reasonId: other.id, name: "Price" })).rejects.toBeInstanceOf(FieldError);
    expect(await db.churnReasonCategory.count()).toBe(2);
  });

  for (const role of nonAdmins) {
    it(`${role} is refused every churn reason query and mutation, and nothing changes`, async () => {
      const actor = await actorFor(role);
      const reason = await db.churnReasonCategory.create({ data: { name: "Price" } });
      const before = await reasonsNow();
      const attempts = [
        () => listChurnReasons(actor),
        () => createChurnReason(actor, { name: "New" }),
        () => renameChurnReason(actor, { reasonId: reason.id, name: "Renamed" }),
        () => setChurnReasonArchived(actor, reason.id, true),
        () => setChurnReasonArchived(actor, reason.id, false),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await reasonsNow()).toEqual(before);
      expect(await db.auditEvent.count()).toBe(0);
    });
  }
});
