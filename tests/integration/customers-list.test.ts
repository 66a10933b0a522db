import { beforeEach, describe, expect, it } from "vitest";
import { createCustomer, createInquiry } from "@/prisma/seed/factories";
import { getCustomerOrThrow, listCustomerInquiries, listCustomers } from "@/lib/customers/queries";
import { searchCustomers } from "@/lib/customers/search";
import { NotFoundError } from "@/lib/errors";
import { actorFor, allRoles, db, resetDb } from "./helpers";

describe("customer list", () => {
  beforeEach(resetDb);

  it("searches name, email, phone and company, in Korean and English, case-insensitively", async () => {
    const actor = await actorFor("MEMBER");
    await createCustomer(db, { name: "김민지", email: "minji@hanbit.example", phone: "010-1234-5678", company: "한빛상사", type: "USER" });
    await createCustomer(db, { name: "Alex Park", email: "alex@dalbit.example", phone: "02-555-0101", company: "Dalbit Studio", type: "BUYER" });
    const names = async (q: string) => (await listCustomers(actor, { q })).rows.map((r) => r.name);
    expect(await names("민지")).toEqual(["김민지"]);
    expect(await names("ALEX")).toEqual(["Alex Park"]);
    expect(await names("hanbit.example")).toEqual(["김민지"]);
    expect(await names("1234-5678")).toEqual(["김민지"]);
    expect(await names("555-0101")).toEqual(["Alex Park"]);
    expect(await names("dalbit studio")).toEqual(["Alex Park"]);
    expect(await names("한빛")).toEqual(["김민지"]);
    expect(await names("nobody")).toEqual([]);
  });

  it("filters by type, combined with search", async () => {
    const actor = await actorFor("PRODUCT");
    for (const type of ["INTERNAL", "PROSPECT", "BUYER", "USER", "CHURNED"] as const) {
      await createCustomer(db, { name: `Acme ${type}`, type });
      await createCustomer(db, { name: `Other ${type}`, type });
    }
    const churned = await listCustomers(actor, { type: "CHURNED" });
    expect(churned.rows.map((r) => r.name)).toEqual(["Acme CHURNED", "Other CHURNED"]);
    expect(churned.rows.every((r) => r.type === "CHURNED")).toBe(true);
    expect((await listCustomers(actor, { type: "BUYER", q: "acme" })).rows.map((r) => r.name)).toEqual(["Acme BUYER"]);
    // An unknown type in the URL is ignored rather than an error.
    expect((await listCustomers(actor, { type: "VIP" })).rows).toHaveLength(10);
  });

  it("pages by keyset: every customer exactly once, in name order, even with equal names", async () => {
    const actor = await actorFor("AGENT");
    const created = [];
    for (let i = 0; i < 23; i++) created.push(await createCustomer(db, { name: i % 4 === 0 ? "Same Name" : `Customer ${String(i).padStart(2, "0")}` }));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listCustomers(actor, { limit: 5, cursor });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
      expect(page.rows.length).toBeLessThanOrEqual(5);
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    const expected = [...created].sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1)).map((c) => c.id);
    expect(seen).toEqual(expected);
  });

  it("a row added before the cursor does not shift the next page (no OFFSET)", async () => {
    const actor = await actorFor("AGENT");
    for (const name of ["B", "C", "D", "E"]) await createCustomer(db, { name });
    const first = await listCustomers(actor, { limit: 2 });
    expect(first.rows.map((r) => r.name)).toEqual(["B", "C"]);
    await createCustomer(db, { name: "A" });
    const second = await listCustomers(actor, { limit: 2, cursor: first.nextCursor! });
    expect(second.rows.map((r) => r.name)).toEqual(["D", "E"]);
    expect(second.nextCursor).toBeNull();
  });

  it("counts inquiries per customer", async () => {
    const actor = await actorFor("MEMBER");
    const a = await createCustomer(db, { name: "A" });
    const b = await createCustomer(db, { name: "B" });
    await createCustomer(db, { name: "C" });
    for (let i = 0; i < 3; i++) await createInquiry(db, { customerId: a.id });
    await createInquiry(db, { customerId: b.id });
    const { rows } = await listCustomers(actor);
    expect(rows.map((r) => [r.name, r.inquiryCount])).toEqual([["A", 3], ["B", 1], ["C", 0]]);
  });

  it("every role reads the list and the detail", async () => {
    const c = await createCustomer(db, { name: "Visible" });
    for (const role of allRoles) {
      const actor = await actorFor(role);
      expect((await listCustomers(actor)).rows.map((r) => r.id)).toEqual([c.id]);
      expect((await getCustomerOrThrow(actor, c.id)).name).toBe("Visible");
    }
  });

  it("searchCustomers (the picker) can be limited to buyers", async () => {
    const actor = await actorFor("AGENT");
    await createCustomer(db, { name: "Hanbit buyer", type: "BUYER" });
    await createCustomer(db, { name: "Hanbit user", type: "USER" });
    expect((await searchCustomers(actor, { q: "hanbit" })).map((c) => c.name).sort()).toEqual(["Hanbit buyer", "Hanbit user"]);
    expect((await searchCustomers(actor, { q: "hanbit", type: "BUYER" })).map((c) => c.name)).toEqual(["Hanbit buyer"]);
  });
});

describe("customer detail", () => {
  beforeEach(resetDb);

  it("shows the payer for a user, the users for a buyer, and the inquiries newest first with their snapshot type", async () => {
    const actor = await actorFor("MEMBER");
    const buyer = await createCustomer(db, { name: "Buyer Co", type: "BUYER" });
    const u1 = await createCustomer(db, { name: "User One", type: "USER", paidById: buyer.id });
    await createCustomer(db, { name: "User Two", type: "USER", paidById: buyer.id });
    const old = await createInquiry(db, { customerId: u1.id, customerType: "PROSPECT", createdAt: new Date("2026-01-01T00:00:00Z") });
    const recent = await createInquiry(db, { customerId: u1.id, createdAt: new Date("2026-02-01T00:00:00Z") });

    const detail = await getCustomerOrThrow(actor, u1.id);
    expect(detail.paidBy).toMatchObject({ id: buyer.id, name: "Buyer Co", type: "BUYER" });
    expect((await getCustomerOrThrow(actor, buyer.id)).pays.map((p) => p.name)).toEqual(["User One", "User Two"]);

    const inquiries = await listCustomerInquiries(actor, u1.id);
    expect(inquiries.total).toBe(2);
    expect(inquiries.rows.map((r) => [r.id, r.customerType])).toEqual([[recent.id, "USER"], [old.id, "PROSPECT"]]);
  });

  it("pages a customer's inquiries newest first by keyset, each exactly once (same timestamps included)", async () => {
    const actor = await actorFor("AGENT");
    const c = await createCustomer(db);
    const same = new Date("2026-02-01T00:00:00Z");
    for (let i = 0; i < 25; i++) await createInquiry(db, { customerId: c.id, createdAt: i < 10 ? same : new Date(same.getTime() + i * 60_000) });
    const first = await listCustomerInquiries(actor, c.id, { limit: 20 });
    expect(first.rows).toHaveLength(20);
    expect(first.total).toBe(25);
    const second = await listCustomerInquiries(actor, c.id, { limit: 20, cursor: first.nextCursor! });
    expect(second.rows).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(25);
    const times = all.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("a missing or malformed id is NotFound", async () => {
    const actor = await actorFor("ADMIN");
    await expect(getCustomerOrThrow(actor, "2b1f1d1e-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCustomerOrThrow(actor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
