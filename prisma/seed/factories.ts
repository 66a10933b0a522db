/**
 * Factories shared by the demo seed and the tests: each creates one valid row with sensible
 * defaults, overridable field by field.
 */
import { hashSync } from "bcryptjs";
import type { PrismaClient, Prisma } from "../../lib/generated/prisma/client";
import { defaultSlaTargets, dueAt, type Priority } from "../../lib/inquiries/rules";

export const DEMO_PASSWORD = "loopdesk-demo";
// One hash for all demo users: hashing is deliberately slow.
let demoHash: string | undefined;
export const demoPasswordHash = () => (demoHash ??= hashSync(DEMO_PASSWORD, 10));

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function createUser(db: PrismaClient, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = uniq();
  return db.user.create({
    data: {
      email: `user-${id}@loopdesk.test`,
      name: `User ${id}`,
      role: "AGENT",
      passwordHash: demoPasswordHash(),
      ...data,
    },
  });
}

export function createTag(db: PrismaClient, data: Partial<Prisma.TagUncheckedCreateInput> = {}) {
  return db.tag.create({ data: { name: `tag-${uniq()}`, ...data } });
}

export function createCustomer(db: PrismaClient, data: Partial<Prisma.CustomerUncheckedCreateInput> = {}) {
  const id = uniq();
  return db.customer.create({
    data: { name: `Customer ${id}`, email: `customer-${id}@example.com`, type: "USER", ...data },
  });
}

export async function createInquiry(
  db: PrismaClient,
  data: Partial<Prisma.InquiryUncheckedCreateInput> & { tagIds?: string[] } = {},
) {
  const { tagIds = [], ...rest } = data;
  const customerId = rest.customerId ?? (await createCustomer(db)).id;
  const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { type: true } });
  const createdAt = rest.createdAt ? new Date(rest.createdAt) : new Date();
  const priority = (rest.priority ?? "NORMAL") as Priority;
  return db.inquiry.create({
    data: {
      subject: `Inquiry ${uniq()}`,
      body: "Customer message",
      channel: "EMAIL",
      customerType: customer.type,
      priority,
      dueAt: dueAt(createdAt, priority, defaultSlaTargets),
      ...rest,
      customerId,
      createdAt,
      tags: tagIds.length ? { create: tagIds.map((tagId) => ({ tagId })) } : undefined,
      events: { create: { kind: "CREATED", actorId: rest.createdById ?? null, createdAt } },
    },
  });
}
