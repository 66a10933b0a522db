/**
 * Factories shared by the demo seed and the tests: each creates one valid row with sensible
 * defaults, overridable field by field.
 */
import { randomUUID } from "node:crypto";
import { hashSync } from "bcryptjs";
import type { PrismaClient, Prisma } from "../../lib/generated/prisma/client";
import { defaultSlaTargets, dueAt, type Priority, type SlaTargets } from "../../lib/inquiries/rules";

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

// Row builders: plain `createMany` rows with ids made in JS, so a caller can link many rows
// (inquiry → tags, events, views) and insert them in a few batched statements. The demo seed
// builds its ~10k rows with these; tests can use them to insert many rows fast.

/** A customer row; defaults like createCustomer's. */
export function buildCustomer(data: Partial<Prisma.CustomerCreateManyInput> = {}): Prisma.CustomerCreateManyInput {
  const id = uniq();
  return { id: randomUUID(), name: `Customer ${id}`, email: `customer-${id}@example.com`, type: "USER", ...data };
}

/**
 * An inquiry row. The customer type snapshot must be given (it is the customer's type at
 * createdAt, which only the caller knows); dueAt follows the priority's SLA target unless given.
 */
export function buildInquiry(
  data: Partial<Prisma.InquiryCreateManyInput> & Pick<Prisma.InquiryCreateManyInput, "customerId" | "customerType">,
  targets: SlaTargets = defaultSlaTargets,
): Prisma.InquiryCreateManyInput {
  const createdAt = data.createdAt ? new Date(data.createdAt) : new Date();
  const priority = (data.priority ?? "NORMAL") as Priority;
  return {
    id: randomUUID(),
    subject: `Inquiry ${uniq()}`,
    body: "Customer message",
    channel: "EMAIL",
    priority,
    dueAt: dueAt(createdAt, priority, targets),
    ...data,
    createdAt,
  };
}

/** A timeline event row (CREATED, REPLY, NOTE, STATUS…). */
export function buildInquiryEvent(
  data: Partial<Prisma.InquiryEventCreateManyInput> & Pick<Prisma.InquiryEventCreateManyInput, "inquiryId" | "kind">,
): Prisma.InquiryEventCreateManyInput {
  return { id: randomUUID(), createdAt: new Date(), ...data };
}

/** One recorded view of an inquiry by a signed-in user. */
export function buildInquiryView(
  data: Partial<Prisma.InquiryViewCreateManyInput> & Pick<Prisma.InquiryViewCreateManyInput, "inquiryId" | "userId">,
): Prisma.InquiryViewCreateManyInput {
  return { id: randomUUID(), viewedAt: new Date(), ...data };
}
