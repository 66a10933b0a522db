import { beforeEach, describe, expect, it } from "vitest";
import { createCustomer } from "@/prisma/seed/factories";
import { changeCustomerType, createCustomer as createCustomerMutation, setCustomerPayer, updateCustomer } from "@/lib/customers/mutations";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { actorFor, db, resetDb } from "./helpers";

const category = (name = "Price", archived = false) => db.churnReasonCategory.create({ data: { name, archived } });

/** Everything a refused write could have touched, to assert nothing changed. */
async function snapshot(customerId: string) {
  const [customer, changes, audits] = await Promise.all([
    db.customer.findUniqueOrThrow({ where: { id: customerId } }),
    db.customerTypeChange.count({ where: { customerId } }),
    db.auditEvent.count(),
  ]);
  return { customer, changes, audits };
}

async function expectFieldError(promise: Promise<unknown>, field: string, key: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FieldError);
  expect(error).toMatchObject({ field, messageKey: key });
}

describe("change customer type", () => {
  beforeEach(resetDb);

  it("refuses a move to CHURNED without a reason or without a category, and changes nothing", async () => {
    const agent = await actorFor("AGENT");
    const cat = await category();
    const c = await createCustomer(db, { type: "BUYER" });
    const before = await snapshot(c.id);
    await expectFieldError(changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "CHURNED" }), "churnReason", "churnReasonRequired");
    await expectFieldError(
      changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "CHURNED", churnReason: "Too expensive" }),
      "churnReasonCategoryId",
      "churnCategoryRequired",
    );
    await expectFieldError(
      changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "CHURNED", churnReason: "   ", churnReasonCategoryId: cat.id }),
      "churnReason",
      "churnReasonRequired",
    );
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("refuses an archived or unknown category", async () => {
    const agent = await actorFor("AGENT");
    const archived = await category("Old reason", true);
    const c = await createCustomer(db, { type: "BUYER" });
    const before = await snapshot(c.id);
    for (const id of [archived.id, "2b1f1d1e-0000-4000-8000-000000000000"]) {
      await expectFieldError(
        changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "CHURNED", churnReason: "x", churnReasonCategoryId: id }),
        "churnReasonCategoryId",
        "invalid",
      );
    }
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("with a reason and category: sets the type and churn fields, writes history and an audit event", async () => {
    const agent = await actorFor("AGENT", "Agent Kim");
    const cat = await category("Switched to competitor");
    const c = await createCustomer(db, { type: "BUYER" });
    const result = await changeCustomerType(agent, {
      customerId: c.id,
      expectedVersion: 1,
      type: "CHURNED",
      churnReason: "  Moved to a cheaper tool  ",
      churnReasonCategoryId: cat.id,
    });
    expect(result.version).toBe(2);
    const after = await db.customer.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ type: "CHURNED", churnReason: "Moved to a cheaper tool", churnReasonCategoryId: cat.id, version: 2 });
    expect(after.churnedAt).toBeInstanceOf(Date);
    const history = await db.customerTypeChange.findMany({ where: { customerId: c.id } });
    expect(history).toEqual([
      expect.objectContaining({ fromType: "BUYER", toType: "CHURNED", reason: "Moved to a cheaper tool", reasonCategoryId: cat.id, actorId: agent.id }),
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Customer", entityId: c.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "customer.typeChanged", actorId: agent.id })]);
    expect(audit[0].data).toMatchObject({ from: "BUYER", to: "CHURNED" });
  });

  it("a win-back clears the churn fields on the customer but keeps them in history", async () => {
    const admin = await actorFor("ADMIN");
    const cat = await category();
    const c = await createCustomer(db, { type: "BUYER" });
    await changeCustomerType(admin, { customerId: c.id, expectedVersion: 1, type: "CHURNED", churnReason: "Price", churnReasonCategoryId: cat.id });
    await changeCustomerType(admin, { customerId: c.id, expectedVersion: 2, type: "BUYER", churnReason: "ignored", churnReasonCategoryId: cat.id });
    const after = await db.customer.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ type: "BUYER", churnReason: null, churnReasonCategoryId: null, churnedAt: null, version: 3 });
    const history = await db.customerTypeChange.findMany({ where: { customerId: c.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.fromType, h.toType, h.reason])).toEqual([["BUYER", "CHURNED", "Price"], ["CHURNED", "BUYER", null]]);
  });

  it("refuses the same type", async () => {
    const agent = await actorFor("AGENT");
    const c = await createCustomer(db, { type: "USER" });
    await expectFieldError(changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "USER" }), "type", "sameType");
  });
});

describe("optimistic concurrency", () => {
  beforeEach(resetDb);

  it("a stale version is a ConflictError and nothing is overwritten", async () => {
    const a = await actorFor("AGENT");
    const b = await actorFor("AGENT");
    const c = await createCustomer(db, { name: "Original", type: "PROSPECT" });
    await updateCustomer(a, { customerId: c.id, expectedVersion: 1, name: "First save", email: c.email, phone: "", company: "" });
    const before = await snapshot(c.id);
    await expect(updateCustomer(b, { customerId: c.id, expectedVersion: 1, name: "Second save", email: c.email })).rejects.toBeInstanceOf(ConflictError);
    await expect(changeCustomerType(b, { customerId: c.id, expectedVersion: 1, type: "BUYER" })).rejects.toBeInstanceOf(ConflictError);
    await expect(setCustomerPayer(b, { customerId: c.id, expectedVersion: 1, paidById: null })).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(c.id)).toEqual(before);
    expect(before.customer.name).toBe("First save");
  });

  it("two concurrent saves of the same version: exactly one wins", async () => {
    const agent = await actorFor("AGENT");
    const c = await createCustomer(db, { type: "PROSPECT" });
    const results = await Promise.allSettled([
      changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "BUYER" }),
      changeCustomerType(agent, { customerId: c.id, expectedVersion: 1, type: "INTERNAL" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await db.customerTypeChange.count({ where: { customerId: c.id } })).toBe(1);
  });
});

describe("contact data", () => {
  beforeEach(resetDb);

  it("edits contact data with an audit event (before/after of what changed)", async () => {
    const agent = await actorFor("AGENT");
    const c = await createCustomer(db, { name: "Kim", email: "kim@example.com", phone: "010", company: "Old" });
    await updateCustomer(agent, { customerId: c.id, expectedVersion: 1, name: "Kim Minji", email: "KIM@example.com", phone: "", company: "New Co" });
    expect(await db.customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      name: "Kim Minji",
      email: "kim@example.com",
      phone: null,
      company: "New Co",
      version: 2,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: c.id, action: "customer.updated" } });
    expect(audit.data).toEqual({ before: { name: "Kim", phone: "010", company: "Old" }, after: { name: "Kim Minji", phone: null, company: "New Co" } });
  });

  it("an email another customer uses is a field error, not a crash", async () => {
    const agent = await actorFor("AGENT");
    await createCustomer(db, { email: "taken@example.com" });
    const c = await createCustomer(db, { email: "mine@example.com" });
    await expectFieldError(updateCustomer(agent, { customerId: c.id, expectedVersion: 1, name: "X", email: "Taken@Example.com" }), "email", "emailTaken");
    await expectFieldError(createCustomerMutation(agent, { name: "Y", email: "taken@example.com", type: "PROSPECT" }), "email", "emailTaken");
    expect((await db.customer.findUniqueOrThrow({ where: { id: c.id } })).email).toBe("mine@example.com");
    expect(await db.customer.count()).toBe(2);
  });

  it("creates a customer with its first history row and an audit event", async () => {
    const agent = await actorFor("AGENT");
    const buyer = await createCustomer(db, { type: "BUYER" });
    const { id } = await createCustomerMutation(agent, { name: "New User", email: "new@example.com", type: "USER", paidById: buyer.id });
    expect(await db.customer.findUniqueOrThrow({ where: { id } })).toMatchObject({ type: "USER", paidById: buyer.id, version: 1 });
    expect(await db.customerTypeChange.findMany({ where: { customerId: id } })).toEqual([
      expect.objectContaining({ fromType: null, toType: "USER", actorId: agent.id }),
    ]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "customer.created" } })).toBe(1);
  });

  it("creating a CHURNED customer needs the churn reason too", async () => {
    const agent = await actorFor("ADMIN");
    const cat = await category();
    await expectFieldError(createCustomerMutation(agent, { name: "Gone", type: "CHURNED" }), "churnReason", "churnReasonRequired");
    expect(await db.customer.count()).toBe(0);
    const { id } = await createCustomerMutation(agent, { name: "Gone", type: "CHURNED", churnReason: "Closed shop", churnReasonCategoryId: cat.id });
    expect(await db.customer.findUniqueOrThrow({ where: { id } })).toMatchObject({ churnReason: "Closed shop", churnReasonCategoryId: cat.id });
  });
});

describe("paid by", () => {
  beforeEach(resetDb);

  it("sets and clears the buyer who pays, with audit events", async () => {
    const agent = await actorFor("AGENT");
    const buyer = await createCustomer(db, { type: "BUYER" });
    const user = await createCustomer(db, { type: "USER" });
    await setCustomerPayer(agent, { customerId: user.id, expectedVersion: 1, paidById: buyer.id });
    expect((await db.customer.findUniqueOrThrow({ where: { id: user.id } })).paidById).toBe(buyer.id);
    await setCustomerPayer(agent, { customerId: user.id, expectedVersion: 2, paidById: "" });
    expect(await db.customer.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ paidById: null, version: 3 });
    const audits = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.data)).toEqual([{ from: null, to: buyer.id }, { from: buyer.id, to: null }]);
  });

  it("only a buyer can pay, nobody pays for itself, two customers never pay for each other", async () => {
    const agent = await actorFor("AGENT");
    const buyer = await createCustomer(db, { type: "BUYER" });
    const otherBuyer = await createCustomer(db, { type: "BUYER", paidById: buyer.id });
    const prospect = await createCustomer(db, { type: "PROSPECT" });
    const user = await createCustomer(db, { type: "USER" });
    const before = await snapshot(user.id);
    await expectFieldError(setCustomerPayer(agent, { customerId: user.id, expectedVersion: 1, paidById: prospect.id }), "paidById", "payerMustBeBuyer");
    await expectFieldError(setCustomerPayer(agent, { customerId: user.id, expectedVersion: 1, paidById: user.id }), "paidById", "cannotPaySelf");
    await expectFieldError(setCustomerPayer(agent, { customerId: buyer.id, expectedVersion: 1, paidById: buyer.id }), "paidById", "cannotPaySelf");
    await expectFieldError(setCustomerPayer(agent, { customerId: buyer.id, expectedVersion: 1, paidById: otherBuyer.id }), "paidById", "payerCycle");
    await expectFieldError(
      setCustomerPayer(agent, { customerId: user.id, expectedVersion: 1, paidById: "2b1f1d1e-0000-4000-8000-000000000000" }),
      "paidById",
      "invalid",
    );
    await expectFieldError(createCustomerMutation(agent, { name: "U", type: "USER", paidById: prospect.id }), "paidById", "payerMustBeBuyer");
    expect(await snapshot(user.id)).toEqual(before);
    expect((await db.customer.findUniqueOrThrow({ where: { id: buyer.id } })).paidById).toBeNull();
  });
});

describe("roles", () => {
  beforeEach(resetDb);

  it.each(["MEMBER", "PRODUCT"] as const)("%s cannot write customers (ForbiddenError) and nothing changes", async (role) => {
    const actor = await actorFor(role);
    const cat = await category();
    const buyer = await createCustomer(db, { type: "BUYER" });
    const c = await createCustomer(db, { name: "Untouched", type: "USER" });
    const before = await snapshot(c.id);
    const customers = await db.customer.count();
    const attempts = [
      createCustomerMutation(actor, { name: "New", type: "PROSPECT" }),
      updateCustomer(actor, { customerId: c.id, expectedVersion: 1, name: "Changed" }),
      setCustomerPayer(actor, { customerId: c.id, expectedVersion: 1, paidById: buyer.id }),
      changeCustomerType(actor, { customerId: c.id, expectedVersion: 1, type: "CHURNED", churnReason: "x", churnReasonCategoryId: cat.id }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(c.id)).toEqual(before);
    expect(await db.customer.count()).toBe(customers);
  });

  it.each(["ADMIN", "AGENT"] as const)("%s can write customers", async (role) => {
    const actor = await actorFor(role);
    const c = await createCustomer(db, { type: "PROSPECT" });
    await expect(changeCustomerType(actor, { customerId: c.id, expectedVersion: 1, type: "BUYER" })).resolves.toMatchObject({ version: 2 });
  });

  it("an unknown customer id is NotFound, not a conflict", async () => {
    const agent = await actorFor("AGENT");
    await expect(
      updateCustomer(agent, { customerId: "2b1f1d1e-0000-4000-8000-000000000000", expectedVersion: 1, name: "X" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
