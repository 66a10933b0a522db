import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { customerScope } from "@/lib/customers/scope";
import { FieldError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadSlaTargets } from "@/lib/sla/queries";
import { dueAt } from "../rules";
import { createInquirySchema, type CreateInquiryInput } from "../schema";
import type { Tx } from "./change";

export type CreatedInquiry = { id: string; number: number; customerId: string };

/**
 * Logs an inquiry for an existing customer, or for a new one created in the same transaction.
 * The customer type is stored on the inquiry as a snapshot (default: the customer's current
 * type); choosing another one here does not change the customer.
 * @throws ForbiddenError, NotFoundError (customer), FieldError (tagIds, newCustomerEmail)
 */
export async function createInquiry(actor: Actor, raw: CreateInquiryInput): Promise<CreatedInquiry> {
  assertCan(actor, "inquiries.create");
  const input = createInquirySchema.parse(raw);
  const targets = await loadSlaTargets();
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      if (input.tagIds.length) {
        const usable = await tx.tag.count({ where: { id: { in: input.tagIds }, archived: false } });
        if (usable !== input.tagIds.length) throw new FieldError("tagIds", "invalid");
      }
      const customer = input.customerMode === "new" ? await createCustomerInline(tx, actor, input, now) : await findCustomer(tx, actor, input.customerId!);
      const customerType = input.customerType ?? customer.type;
      const inquiry = await tx.inquiry.create({
        data: {
          subject: input.subject,
          body: input.body,
          channel: input.channel,
          customerId: customer.id,
          customerType,
          priority: input.priority,
          createdById: actor.id,
          createdAt: now,
          dueAt: dueAt(now, input.priority, targets),
          tags: input.tagIds.length ? { create: input.tagIds.map((tagId) => ({ tagId })) } : undefined,
          events: { create: { kind: "CREATED", actorId: actor.id, createdAt: now, data: { customerType, channel: input.channel, priority: input.priority } } },
        },
        select: { id: true, number: true, customerId: true },
      });
      await tx.auditEvent.create({
        data: auditEntry(actor, "inquiry.create", "Inquiry", inquiry.id, {
          number: inquiry.number,
          customerId: customer.id,
          customerType,
          customerTypeOverridden: customerType !== customer.type,
          channel: input.channel,
          priority: input.priority,
          tagIds: input.tagIds,
        }),
      });
      return inquiry;
    });
  } catch (error) {
    // Two agents adding the same new customer at once: the unique email decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldError("newCustomerEmail", "emailTaken");
    }
    throw error;
  }
}

async function findCustomer(tx: Tx, actor: Actor, customerId: string) {
  const customer = await tx.customer.findFirst({
    where: { AND: [{ id: customerId }, customerScope(actor)] },
    select: { id: true, type: true },
  });
  if (!customer) throw new NotFoundError("customer");
  return customer;
}

async function createCustomerInline(
  tx: Tx,
  actor: Actor,
  input: ReturnType<typeof createInquirySchema.parse>,
  now: Date,
) {
  assertCan(actor, "customers.write");
  const type = input.customerType!;
  if (input.newCustomerEmail) {
    const taken = await tx.customer.findUnique({ where: { email: input.newCustomerEmail }, select: { id: true } });
    if (taken) throw new FieldError("newCustomerEmail", "emailTaken");
  }
  const customer = await tx.customer.create({
    data: {
      name: input.newCustomerName!,
      email: input.newCustomerEmail ?? null,
      phone: input.newCustomerPhone ?? null,
      company: input.newCustomerCompany ?? null,
      type,
      createdAt: now,
      ...(type === "CHURNED" ? { churnedAt: now } : {}),
      // The type history starts with the first type (fromType null), like any other customer.
      typeChanges: { create: { fromType: null, toType: type, actorId: actor.id, createdAt: now } },
    },
    select: { id: true, type: true, name: true },
  });
  await tx.auditEvent.create({ data: auditEntry(actor, "customer.create", "Customer", customer.id, { type, via: "inquiry" }) });
  return customer;
}
