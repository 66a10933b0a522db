import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { CreateChurnReasonInput, RenameChurnReasonInput } from "./schema";
import { isUniqueViolation } from "./db-errors";

export type AdminChurnReasonRow = { id: string; name: string; archived: boolean; customerCount: number };

/** Every churn reason category, archived ones last, with how many churned customers use it. */
export async function listChurnReasons(actor: Actor): Promise<AdminChurnReasonRow[]> {
  assertCan(actor, "admin.manage");
  const rows = await db.churnReasonCategory.findMany({
    select: { id: true, name: true, archived: true, _count: { select: { customers: true } } },
    orderBy: [{ archived: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, customerCount: _count.customers }));
}

async function assertNameFree(name: string, exceptId?: string) {
  const taken = await db.churnReasonCategory.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new FieldError("name", "nameTaken");
}

export async function createChurnReason(actor: Actor, input: CreateChurnReasonInput): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  await assertNameFree(input.name);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.churnReasonCategory.create({ data: { name: input.name }, select: { id: true } });
      await tx.auditEvent.create({ data: auditEntry(actor, "churnReason.create", "ChurnReasonCategory", row.id, { name: input.name }) });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("name", "nameTaken");
    throw error;
  }
}

export async function renameChurnReason(actor: Actor, input: RenameChurnReasonInput): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  const before = await db.churnReasonCategory.findUnique({ where: { id: input.reasonId }, select: { id: true, name: true } });
  if (!before) throw new NotFoundError("churn reason");
  if (before.name === input.name) return { id: before.id };
  await assertNameFree(input.name, before.id);
  try {
    await db.$transaction([
      db.churnReasonCategory.update({ where: { id: before.id }, data: { name: input.name } }),
      db.auditEvent.create({
        data: auditEntry(actor, "churnReason.rename", "ChurnReasonCategory", before.id, { from: before.name, to: input.name }),
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("name", "nameTaken");
    throw error;
  }
  return { id: before.id };
}

/** Archived categories leave the churn picker; customers who churned for them keep them. */
export async function setChurnReasonArchived(actor: Actor, reasonId: string, archived: boolean): Promise<{ id: string }> {
  assertCan(actor, "admin.manage");
  const row = await db.churnReasonCategory.findUnique({ where: { id: reasonId }, select: { id: true, archived: true } });
  if (!row) throw new NotFoundError("churn reason");
  if (row.archived === archived) return { id: row.id };
  await db.$transaction([
    db.churnReasonCategory.update({ where: { id: row.id }, data: { archived } }),
    db.auditEvent.create({
      data: auditEntry(actor, archived ? "churnReason.archive" : "churnReason.unarchive", "ChurnReasonCategory", row.id),
    }),
  ]);
  return { id: row.id };
}
