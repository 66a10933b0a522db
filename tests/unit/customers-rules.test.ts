import { describe, expect, it } from "vitest";
import { canPay, churnFields, customerTypes, decodeCursor, encodeCursor, payerProblem, typeChangeProblem } from "@/lib/customers/rules";
import {
  changeCustomerTypeFormSchema,
  changeCustomerTypeSchema,
  createCustomerSchema,
  listCustomersSchema,
  updateCustomerSchema,
} from "@/lib/customers/schema";

const CAT = "5020dc0b-61aa-421b-b2ad-a0d6bc416faa";
const ID = "098fc990-1d18-4c9a-bef7-ae64d0836a12";

describe("type change rule", () => {
  it.each([
    ["PROSPECT", "BUYER", {}, null],
    ["BUYER", "USER", {}, null],
    ["CHURNED", "BUYER", {}, null],
    [null, "PROSPECT", {}, null],
    ["BUYER", "BUYER", {}, ["type", "sameType"]],
    ["BUYER", "CHURNED", {}, ["churnReason", "churnReasonRequired"]],
    ["BUYER", "CHURNED", { reason: "   ", categoryId: CAT }, ["churnReason", "churnReasonRequired"]],
    ["BUYER", "CHURNED", { reason: "Too expensive" }, ["churnReasonCategoryId", "churnCategoryRequired"]],
    ["BUYER", "CHURNED", { reason: "Too expensive", categoryId: CAT }, null],
    [null, "CHURNED", { categoryId: CAT }, ["churnReason", "churnReasonRequired"]],
  ] as const)("%s → %s with %j", (from, to, churn, expected) => {
    expect(typeChangeProblem(from, to, churn)).toEqual(expected);
  });
});

describe("churn fields on the customer row", () => {
  const now = new Date("2026-03-02T01:02:03Z");
  it("are set on a move to CHURNED (reason trimmed)", () => {
    expect(churnFields("CHURNED", { reason: "  Price  ", categoryId: CAT }, now)).toEqual({
      churnReason: "Price",
      churnReasonCategoryId: CAT,
      churnedAt: now,
    });
  });
  it.each(customerTypes.filter((t) => t !== "CHURNED"))("are cleared on a move to %s (win-back)", (to) => {
    expect(churnFields(to, { reason: "ignored", categoryId: CAT }, now)).toEqual({ churnReason: null, churnReasonCategoryId: null, churnedAt: null });
  });
});

describe("who may pay", () => {
  it("only a buyer pays", () => {
    expect(customerTypes.filter(canPay)).toEqual(["BUYER"]);
  });
  it.each([
    [{ id: "a" }, { id: "a", type: "BUYER", paidById: null }, "cannotPaySelf"],
    [{ id: "a" }, { id: "b", type: "USER", paidById: null }, "payerMustBeBuyer"],
    [{ id: "a" }, { id: "b", type: "CHURNED", paidById: null }, "payerMustBeBuyer"],
    [{ id: "a" }, { id: "b", type: "PROSPECT", paidById: null }, "payerMustBeBuyer"],
    [{ id: "a" }, { id: "b", type: "BUYER", paidById: "a" }, "payerCycle"],
    [{ id: "a" }, { id: "b", type: "BUYER", paidById: null }, null],
    [{ id: "a" }, { id: "b", type: "BUYER", paidById: "c" }, null],
  ] as const)("%j paid by %j → %s", (customer, payer, expected) => {
    expect(payerProblem(customer, payer)).toBe(expected);
  });
});

describe("list cursor", () => {
  it("round-trips names with any characters", () => {
    for (const name of ["Kim", "김민지 (한빛)", 'a"b,c', ""]) {
      expect(decodeCursor(encodeCursor({ name, id: ID }))).toEqual({ name, id: ID });
    }
  });
  it.each([undefined, "", "not-base64!", Buffer.from("[1,2]").toString("base64url"), encodeCursor({ name: "x", id: "not-a-uuid" })])(
    "reads %s as the first page",
    (raw) => expect(decodeCursor(raw)).toBeNull(),
  );
});

describe("customer schemas", () => {
  it("turn blank optional fields into null and lower-case the email", () => {
    const parsed = createCustomerSchema.parse({ name: "  Kim ", email: " Kim@Example.COM ", phone: "", company: "  ", type: "USER", paidById: "" });
    expect(parsed).toMatchObject({ name: "Kim", email: "kim@example.com", phone: null, company: null, paidById: null, churnReason: null });
  });
  it("parse their own output again to the same value (actions parse, then mutations do)", () => {
    const once = updateCustomerSchema.parse({ customerId: ID, expectedVersion: "3", name: "Kim", email: "", phone: "010", company: "" });
    expect(updateCustomerSchema.parse(once)).toEqual(once);
    const type = changeCustomerTypeSchema.parse({ customerId: ID, expectedVersion: 1, type: "BUYER", churnReason: "", churnReasonCategoryId: "" });
    expect(changeCustomerTypeSchema.parse(type)).toEqual(type);
  });
  it("refuse a bad email, an unknown type, a missing name", () => {
    const r = createCustomerSchema.safeParse({ name: "", email: "nope", type: "VIP" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "name", "type"]);
  });
  it("the form schema reports both churn fields at once", () => {
    const r = changeCustomerTypeFormSchema.safeParse({ customerId: ID, expectedVersion: 1, type: "CHURNED" });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["churnReason", "churnReasonCategoryId"]);
    expect(changeCustomerTypeFormSchema.safeParse({ customerId: ID, expectedVersion: 1, type: "BUYER" }).success).toBe(true);
  });
  it("list filters: a bad type or cursor is ignored, long search text is cut", () => {
    const parsed = listCustomersSchema.parse({ q: "x".repeat(300), type: "VIP", cursor: "" });
    expect(parsed.q).toHaveLength(100);
    expect(parsed.type).toBeUndefined();
    expect(parsed.cursor).toBeUndefined();
    expect(parsed.limit).toBe(25);
  });
});
