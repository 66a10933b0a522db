import { describe, expect, it } from "vitest";
import {
  assignInquirySchema, BODY_MAX, changeInquiryStatusSchema, createInquirySchema, replyToInquirySchema, setInquiryTagsSchema,
  SUBJECT_MAX,
} from "@/lib/inquiries/schema";

const uuid = "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";
const uuid2 = "7a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";
const base = { customerId: uuid, channel: "EMAIL", subject: "Refund", body: "Where is my refund?" };

/** Fields with an issue, as createAction reports them (first path segment). */
function errorFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.success ? [] : [...new Set(result.error!.issues.map((i) => String(i.path[0])))].sort();
}

describe("createInquirySchema", () => {
  it("accepts an existing customer with defaults (priority NORMAL, no tags, type from the customer)", () => {
    const parsed = createInquirySchema.parse(base);
    expect(parsed).toMatchObject({ customerMode: "existing", customerId: uuid, priority: "NORMAL", tagIds: [] });
    expect(parsed.customerType).toBeUndefined();
  });

  it("requires channel, subject and message", () => {
    expect(errorFields(createInquirySchema.safeParse({ customerId: uuid }))).toEqual(["body", "channel", "subject"]);
    expect(errorFields(createInquirySchema.safeParse({ ...base, subject: "   ", body: "" }))).toEqual(["body", "subject"]);
  });

  it("bounds the subject at 200 and the body at 20,000 characters", () => {
    expect(SUBJECT_MAX).toBe(200);
    expect(BODY_MAX).toBe(20_000);
    expect(createInquirySchema.safeParse({ ...base, subject: "a".repeat(200), body: "b".repeat(20_000) }).success).toBe(true);
    expect(errorFields(createInquirySchema.safeParse({ ...base, subject: "a".repeat(201) }))).toEqual(["subject"]);
    expect(errorFields(createInquirySchema.safeParse({ ...base, body: "b".repeat(20_001) }))).toEqual(["body"]);
  });

  it("counts Korean characters, not bytes", () => {
    expect(createInquirySchema.safeParse({ ...base, subject: "가".repeat(200) }).success).toBe(true);
  });

  it("needs a customer id for an existing customer", () => {
    expect(errorFields(createInquirySchema.safeParse({ ...base, customerId: "" }))).toEqual(["customerId"]);
    expect(errorFields(createInquirySchema.safeParse({ ...base, customerId: "42" }))).toEqual(["customerId"]);
  });

  it("needs a name and a type for a new customer, and ignores a stray customer id", () => {
    const newCustomer = { ...base, customerId: "", customerMode: "new" };
    expect(errorFields(createInquirySchema.safeParse(newCustomer))).toEqual(["customerType", "newCustomerName"]);
    const parsed = createInquirySchema.parse({
      ...newCustomer, newCustomerName: " Hana Yoon ", newCustomerEmail: "HANA@example.com", newCustomerPhone: "", customerType: "CHURNED",
    });
    expect(parsed).toMatchObject({ customerMode: "new", newCustomerName: "Hana Yoon", newCustomerEmail: "hana@example.com", customerType: "CHURNED" });
    expect(parsed.newCustomerPhone).toBeUndefined();
    expect(errorFields(createInquirySchema.safeParse({ ...newCustomer, newCustomerName: "X", customerType: "USER", newCustomerEmail: "nope" })))
      .toEqual(["newCustomerEmail"]);
  });

  it("rejects unknown enum values", () => {
    expect(errorFields(createInquirySchema.safeParse({ ...base, channel: "FAX", priority: "HUGE", customerType: "VIP" })))
      .toEqual(["channel", "customerType", "priority"]);
  });

  it("takes one or many tag ids as posted by checkboxes, de-duplicated", () => {
    expect(createInquirySchema.parse({ ...base, tagIds: uuid }).tagIds).toEqual([uuid]);
    expect(createInquirySchema.parse({ ...base, tagIds: [uuid, uuid2, uuid] }).tagIds).toEqual([uuid, uuid2]);
    expect(errorFields(createInquirySchema.safeParse({ ...base, tagIds: ["x"] }))).toEqual(["tagIds"]);
  });
});

describe("change schemas", () => {
  it("need the inquiry id and the version the user loaded", () => {
    expect(errorFields(replyToInquirySchema.safeParse({ body: "hi" }))).toEqual(["expectedVersion", "inquiryId"]);
    expect(replyToInquirySchema.parse({ inquiryId: uuid, expectedVersion: "3", body: "hi" }).expectedVersion).toBe(3);
    expect(errorFields(replyToInquirySchema.safeParse({ inquiryId: uuid, expectedVersion: "0", body: "hi" }))).toEqual(["expectedVersion"]);
  });

  it("bound reply and note bodies like the message", () => {
    expect(errorFields(replyToInquirySchema.safeParse({ inquiryId: uuid, expectedVersion: 1, body: "x".repeat(20_001) }))).toEqual(["body"]);
    expect(errorFields(replyToInquirySchema.safeParse({ inquiryId: uuid, expectedVersion: 1, body: "  " }))).toEqual(["body"]);
  });

  it("read a blank assignee as nobody", () => {
    expect(assignInquirySchema.parse({ inquiryId: uuid, expectedVersion: 1, assigneeId: "" }).assigneeId).toBeNull();
    expect(assignInquirySchema.parse({ inquiryId: uuid, expectedVersion: 1, assigneeId: uuid2 }).assigneeId).toBe(uuid2);
  });

  it("allow clearing all tags and refuse an unknown status", () => {
    expect(setInquiryTagsSchema.parse({ inquiryId: uuid, expectedVersion: 1 }).tagIds).toEqual([]);
    expect(changeInquiryStatusSchema.safeParse({ inquiryId: uuid, expectedVersion: 1, status: "DONE" }).success).toBe(false);
  });
});
