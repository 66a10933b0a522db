import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { auditEntry } from "@/lib/audit";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { customerScope } from "./scope";
import { isUniqueViolation } from "./db-errors";
import {
  changeCustomerTypeSchema,
  createCustomerSchema,
  setCustomerPayerSchema,
  updateCustomerSchema,
  type ChangeCustomerTypeInput,
  type CreateCustomerInput,
  type SetCustomerPayerInput,
  type UpdateCustomerInput,
} from "./schema";
import { churnFields, payerProblem, typeChangeProblem } from "./rules";

type Tx = Prisma.TransactionClient;

/** The customer as the actor may see it, or NotFoundError. */
async function loadCustomer(client: Tx | typeof db, actor: Actor, id: string) {
  const customer = await client.customer.findFirst({
    where: { AND: [customerScope(actor), { id }] },
    select: { id: true, name: true, email: true, phone: true, company: true, type: true, paidById: true, version: true },
  });
  if (!customer) throw new NotFoundError("customer");
  return customer;
}

/** Checks a would-be payer; FieldError on `paidById` when it cannot pay for this customer. */
async function checkPayer(client: Tx, actor: Actor, customerId: string, payerId: string) {
  const payer = await client.customer.findFirst({
    where: { AND: [customerScope(actor), { id: payerId }] },
    select: { id: true, type: true, paidById: true },
  });
  if (!payer) throw new FieldError("paidById", "invalid");
  const problem = payerProblem({ id: customerId }, payer);
  if (problem) throw new FieldError("paidById", problem);
}

async function checkChurnCategory(client: Tx, categoryId: string) {
  const category = await client.churnReasonCategory.findFirst({ where: { id: categoryId, archived: false }, select: { id: true } });
  if (!category) throw new FieldError("churnReasonCategoryId", "invalid");
}

/** Applies `where: { id, version }`; nothing matched means someone else saved first. */
async function updateVersioned(tx: Tx, id: string, expectedVersion: number, data: Prisma.CustomerUncheckedUpdateManyInput) {
  const { count } = await tx.customer.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError();
}

function rethrowEmailTaken(error: unknown): never {
  if (isUniqueViolation(error, "email")) throw new FieldError("email", "emailTaken");
  throw error;
}

/** A new customer (its starting type is the first history row). */
export async function createCustomer(actor: Actor, input: CreateCustomerInput) {
  assertCan(actor, "customers.write");
  const data = createCustomerSchema.parse(input);
  const churn = { reason: data.churnReason, categoryId: data.churnReasonCategoryId };
  if (data.type === "CHURNED") {
    const problem = typeChangeProblem(null, "CHURNED", churn);
    if (problem) throw new FieldError(problem[0], problem[1]);
  }
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      if (data.paidById) await checkPayer(tx, actor, "", data.paidById);
      if (data.type === "CHURNED" && churn.categoryId) await checkChurnCategory(tx, churn.categoryId);
      const customer = await tx.customer.create({
        data: {
          name: data.name,
          email: data.email,
          phone: data.phone,
          company: data.company,
          type: data.type,
          paidById: data.paidById,
          ...(data.type === "CHURNED" ? churnFields("CHURNED", churn, now) : {}),
        },
        select: { id: true },
      });
      // The first history row records the type the customer started with.
      await tx.customerTypeChange.create({
        data: {
          customerId: customer.id,
          fromType: null,
          toType: data.type,
          reason: data.type === "CHURNED" ? churn.reason : null,
          reasonCategoryId: data.type === "CHURNED" ? churn.categoryId : null,
          actorId: actor.id,
          createdAt: now,
        },
      });
      await tx.auditEvent.create({
        data: auditEntry(actor, "customer.created", "Customer", customer.id, {
          name: data.name,
          email: data.email,
          type: data.type,
          paidById: data.paidById,
        }),
      });
      return customer;
    });
  } catch (error) {
    rethrowEmailTaken(error);
  }
}

/** Edits contact data (name, email, phone, company). */
export async function updateCustomer(actor: Actor, input: UpdateCustomerInput) {
  assertCan(actor, "customers.write");
  const { customerId, expectedVersion, ...fields } = updateCustomerSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadCustomer(tx, actor, customerId);
      await updateVersioned(tx, customerId, expectedVersion, fields);
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => before[k] !== fields[k]);
      await tx.auditEvent.create({
        data: auditEntry(actor, "customer.updated", "Customer", customerId, {
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, fields[k]])),
        }),
      });
      return { id: customerId, version: expectedVersion + 1 };
    });
  } catch (error) {
    rethrowEmailTaken(error);
  }
}

/** Sets or clears the buyer who pays for this customer. */
export async function setCustomerPayer(actor: Actor, input: SetCustomerPayerInput) {
  assertCan(actor, "customers.write");
  const { customerId, expectedVersion, paidById } = setCustomerPayerSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await loadCustomer(tx, actor, customerId);
    if (paidById) await checkPayer(tx, actor, customerId, paidById);
    await updateVersioned(tx, customerId, expectedVersion, { paidById });
    await tx.auditEvent.create({
      data: auditEntry(actor, "customer.payerChanged", "Customer", customerId, { from: before.paidById, to: paidById }),
    });
    return { id: customerId, version: expectedVersion + 1 };
  });
}

/**
 * Moves the customer to another type. A move to CHURNED needs a reason and a category; every
 * move adds a history row, and the customer row carries the current churn details.
 */
export async function changeCustomerType(actor: Actor, input: ChangeCustomerTypeInput) {
  assertCan(actor, "customers.write");
  const { customerId, expectedVersion, type, churnReason, churnReasonCategoryId } = changeCustomerTypeSchema.parse(input);
  const churn = { reason: churnReason, categoryId: churnReasonCategoryId };
  const now = new Date();
  return db.$transaction(async (tx) => {
    const before = await loadCustomer(tx, actor, customerId);
    const problem = typeChangeProblem(before.type, type, churn);
    if (problem) throw new FieldError(problem[0], problem[1]);
    if (type === "CHURNED" && churnReasonCategoryId) await checkChurnCategory(tx, churnReasonCategoryId);
    const fields = churnFields(type, churn, now);
    await updateVersioned(tx, customerId, expectedVersion, { type, ...fields });
    const reason = type === "CHURNED" ? fields.churnReason : null;
    const reasonCategoryId = type === "CHURNED" ? fields.churnReasonCategoryId : null;
    await tx.customerTypeChange.create({
      data: { customerId, fromType: before.type, toType: type, reason, reasonCategoryId, actorId: actor.id, createdAt: now },
    });
    await tx.auditEvent.create({
      data: auditEntry(actor, "customer.typeChanged", "Customer", customerId, { from: before.type, to: type, reason, reasonCategoryId }),
    });
    return { id: customerId, version: expectedVersion + 1 };
  });
}
