import { beforeEach, describe, expect, it } from "vitest";
import { ConflictError, FieldError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import {
  addInternalNote, assignInquiry, changeInquiryCustomerType, changeInquiryStatus, createInquiry, replyToInquiry,
  setInquiryPriority, setInquiryTags,
} from "@/lib/inquiries/mutations";
import { getInquiryDetail, recordInquiryView } from "@/lib/inquiries/queries";
import { createCustomer, createInquiry as makeInquiry, createTag, createUser } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

const events = (inquiryId: string) =>
  db.inquiryEvent.findMany({ where: { inquiryId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }] });
const audits = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("createInquiry", () => {
  beforeEach(resetDb);

  it("creates a new customer inline, keeps the chosen type as the inquiry's snapshot, and records it", async () => {
    const agent = await actorFor("AGENT");
    const [billing, bug] = await Promise.all([createTag(db, { name: "billing" }), createTag(db, { name: "bug" })]);
    const created = await createInquiry(agent, {
      customerMode: "new",
      newCustomerName: "Hana Yoon",
      newCustomerEmail: "Hana@Example.com",
      newCustomerPhone: "010-1234-5678",
      customerType: "CHURNED",
      channel: "PHONE",
      subject: "해지 후 환불 문의",
      body: "환불이 아직 안 들어왔어요.",
      tagIds: [billing.id, bug.id],
      priority: "HIGH",
    });
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: created.id }, include: { customer: true, tags: true } });
    expect(inquiry.customer).toMatchObject({ name: "Hana Yoon", email: "hana@example.com", phone: "010-1234-5678", type: "CHURNED" });
    expect(inquiry).toMatchObject({ customerType: "CHURNED", channel: "PHONE", priority: "HIGH", status: "NEW", createdById: agent.id, version: 1 });
    expect(inquiry.tags.map((t) => t.tagId).sort()).toEqual([billing.id, bug.id].sort());
    // HIGH resolves within 24 h by default.
    expect(inquiry.dueAt.getTime() - inquiry.createdAt.getTime()).toBe(24 * 60 * 60_000);
    expect((await events(inquiry.id)).map((e) => [e.kind, e.actorId])).toEqual([["CREATED", agent.id]]);
    expect((await audits(inquiry.id)).map((a) => a.action)).toEqual(["inquiry.create"]);
    expect((await audits(inquiry.customerId)).map((a) => a.action)).toEqual(["customer.create"]);
    expect(await db.customerTypeChange.findMany({ where: { customerId: inquiry.customerId } })).toMatchObject([{ fromType: null, toType: "CHURNED" }]);
  });

  it("stores a snapshot type that differs from an existing customer's type without changing the customer", async () => {
    const agent = await actorFor("AGENT");
    const customer = await createCustomer(db, { type: "BUYER" });
    const created = await createInquiry(agent, {
      customerId: customer.id, customerType: "USER", channel: "EMAIL", subject: "Seat for my colleague", body: "Hi", priority: "NORMAL",
    });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).customerType).toBe("USER");
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).type).toBe("BUYER");
  });

  it("defaults the snapshot to the customer's current type and uses admin SLA targets", async () => {
    const admin = await actorFor("ADMIN");
    await db.slaTarget.create({ data: { priority: "URGENT", firstResponseMinutes: 5, resolutionMinutes: 30 } });
    const customer = await createCustomer(db, { type: "PROSPECT" });
    const created = await createInquiry(admin, { customerId: customer.id, channel: "CHAT", subject: "Price?", body: "How much?", priority: "URGENT" });
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: created.id } });
    expect(inquiry.customerType).toBe("PROSPECT");
    expect(inquiry.dueAt.getTime() - inquiry.createdAt.getTime()).toBe(30 * 60_000);
  });

  it("refuses archived tags, unknown customers and a taken email, and writes nothing", async () => {
    const agent = await actorFor("AGENT");
    const archived = await createTag(db, { archived: true });
    const customer = await createCustomer(db, { email: "taken@example.com" });
    const base = { channel: "EMAIL" as const, subject: "s", body: "b" };
    await expect(createInquiry(agent, { ...base, customerId: customer.id, tagIds: [archived.id] })).rejects.toBeInstanceOf(FieldError);
    await expect(createInquiry(agent, { ...base, customerId: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createInquiry(agent, { ...base, customerMode: "new", newCustomerName: "X", newCustomerEmail: "taken@example.com", customerType: "USER" }),
    ).rejects.toMatchObject({ field: "newCustomerEmail" });
    expect(await db.inquiry.count()).toBe(0);
    expect(await db.customer.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("working an inquiry", () => {
  beforeEach(resetDb);

  it("the first reply sets the first-response time once and opens a NEW inquiry", async () => {
    const agent = await actorFor("AGENT");
    const inquiry = await makeInquiry(db, { createdAt: new Date(Date.now() - 60_000) });
    const first = await replyToInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 1, body: "We are on it." });
    expect(first.version).toBe(2);
    const afterFirst = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(afterFirst.status).toBe("OPEN");
    expect(afterFirst.firstResponseAt).toBeInstanceOf(Date);

    await replyToInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 2, body: "Fixed now." });
    const afterSecond = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(afterSecond.firstResponseAt).toEqual(afterFirst.firstResponseAt);
    expect(afterSecond.version).toBe(3);

    const timeline = await events(inquiry.id);
    expect(timeline.map((e) => e.kind)).toEqual(["CREATED", "REPLY", "STATUS", "REPLY"]);
    expect(timeline[1]).toMatchObject({ actorId: agent.id, body: "We are on it." });
    expect(timeline[2].data).toEqual({ from: "NEW", to: "OPEN" });
    expect((await audits(inquiry.id)).map((a) => a.action)).toEqual(["inquiry.reply", "inquiry.reply"]);
  });

  it("a note changes no status, no first-response time and no version (append-only)", async () => {
    const product = await actorFor("PRODUCT");
    const inquiry = await makeInquiry(db);
    await addInternalNote(product, { inquiryId: inquiry.id, expectedVersion: 1, body: "Known bug, fix ships Friday." });
    const after = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after).toMatchObject({ status: "NEW", firstResponseAt: null, version: 1 });
    expect((await events(inquiry.id)).at(-1)).toMatchObject({ kind: "NOTE", actorId: product.id, body: "Known bug, fix ships Friday." });
  });

  it("resolving sets the resolution time once; reopening keeps it", async () => {
    const agent = await actorFor("AGENT");
    const inquiry = await makeInquiry(db, { status: "OPEN" });
    await changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: 1, status: "RESOLVED" });
    const resolved = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(resolved.status).toBe("RESOLVED");
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    await changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: 2, status: "OPEN" });
    await changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: 3, status: "RESOLVED" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).resolvedAt).toEqual(resolved.resolvedAt);
    expect((await events(inquiry.id)).filter((e) => e.kind === "STATUS").map((e) => e.data)).toEqual([
      { from: "OPEN", to: "RESOLVED" }, { from: "RESOLVED", to: "OPEN" }, { from: "OPEN", to: "RESOLVED" },
    ]);
  });

  it("refuses a transition the rules do not allow, and changes nothing", async () => {
    const agent = await actorFor("AGENT");
    const inquiry = await makeInquiry(db, { status: "NEW" });
    await expect(changeInquiryStatus(agent, { inquiryId: inquiry.id, expectedVersion: 1, status: "CLOSED" })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({ status: "NEW", version: 1 });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("of two saves from the same version, the second gets a conflict and the first survives", async () => {
    const [a, b] = await Promise.all([actorFor("AGENT"), actorFor("AGENT")]);
    const inquiry = await makeInquiry(db, { priority: "NORMAL" });
    await setInquiryPriority(a, { inquiryId: inquiry.id, expectedVersion: 1, priority: "URGENT" });
    await expect(setInquiryPriority(b, { inquiryId: inquiry.id, expectedVersion: 1, priority: "LOW" })).rejects.toBeInstanceOf(ConflictError);
    await expect(replyToInquiry(b, { inquiryId: inquiry.id, expectedVersion: 1, body: "stale" })).rejects.toBeInstanceOf(ConflictError);
    // A colleague's note on a stale page still lands: it overwrites nothing.
    await addInternalNote(b, { inquiryId: inquiry.id, expectedVersion: 1, body: "FYI" });
    const after = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after).toMatchObject({ priority: "URGENT", version: 2, firstResponseAt: null });
    expect((await events(inquiry.id)).map((e) => e.kind)).toEqual(["CREATED", "PRIORITY", "NOTE"]);
  });

  it("lets exactly one of two concurrent saves of the same version through", async () => {
    const [a, b] = await Promise.all([actorFor("AGENT"), actorFor("AGENT")]);
    const inquiry = await makeInquiry(db, { status: "OPEN" });
    const results = await Promise.allSettled([
      changeInquiryStatus(a, { inquiryId: inquiry.id, expectedVersion: 1, status: "PENDING" }),
      changeInquiryStatus(b, { inquiryId: inquiry.id, expectedVersion: 1, status: "RESOLVED" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const after = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after.version).toBe(2);
    expect(await db.inquiryEvent.count({ where: { inquiryId: inquiry.id, kind: "STATUS" } })).toBe(1);
  });

  it("assigns to active staff or nobody, and refuses others", async () => {
    const agent = await actorFor("AGENT", "Jisoo Park");
    const other = await createUser(db, { role: "AGENT", name: "Alex Chen" });
    const inactive = await createUser(db, { role: "AGENT", active: false });
    const member = await createUser(db, { role: "MEMBER" });
    const inquiry = await makeInquiry(db);
    await assignInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 1, assigneeId: other.id });
    await expect(assignInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 2, assigneeId: inactive.id })).rejects.toMatchObject({ field: "assigneeId" });
    await expect(assignInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 2, assigneeId: member.id })).rejects.toMatchObject({ field: "assigneeId" });
    await assignInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 2, assigneeId: "" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).assigneeId).toBeNull();
    expect((await events(inquiry.id)).filter((e) => e.kind === "ASSIGNEE").map((e) => e.data)).toEqual([
      { from: null, to: other.id, fromName: null, toName: "Alex Chen" },
      { from: other.id, to: null, fromName: "Alex Chen", toName: null },
    ]);
  });

  it("replaces tags and records what was added and removed", async () => {
    const agent = await actorFor("AGENT");
    const [billing, bug, refund] = await Promise.all(["billing", "bug", "refund"].map((name) => createTag(db, { name })));
    const archived = await createTag(db, { name: "old", archived: true });
    const inquiry = await makeInquiry(db, { tagIds: [billing.id, bug.id] });
    await setInquiryTags(agent, { inquiryId: inquiry.id, expectedVersion: 1, tagIds: [bug.id, refund.id] });
    const links = await db.inquiryTag.findMany({ where: { inquiryId: inquiry.id } });
    expect(links.map((l) => l.tagId).sort()).toEqual([bug.id, refund.id].sort());
    expect((await events(inquiry.id)).at(-1)?.data).toEqual({ added: [refund.id], removed: [billing.id], addedNames: ["refund"], removedNames: ["billing"] });
    await expect(setInquiryTags(agent, { inquiryId: inquiry.id, expectedVersion: 2, tagIds: [archived.id] })).rejects.toBeInstanceOf(FieldError);
    expect(await db.inquiryTag.count({ where: { inquiryId: inquiry.id } })).toBe(2);
  });

  it("a priority change recomputes the due time from the creation time", async () => {
    const agent = await actorFor("AGENT");
    const createdAt = new Date("2026-03-02T00:00:00Z");
    const inquiry = await makeInquiry(db, { createdAt, priority: "LOW" });
    await setInquiryPriority(agent, { inquiryId: inquiry.id, expectedVersion: 1, priority: "URGENT" });
    const after = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after.dueAt.toISOString()).toBe("2026-03-02T04:00:00.000Z");
    expect((await events(inquiry.id)).at(-1)?.data).toEqual({ from: "LOW", to: "URGENT" });
  });

  it("a customer-type change touches the inquiry's snapshot only", async () => {
    const agent = await actorFor("AGENT");
    const customer = await createCustomer(db, { type: "BUYER" });
    const inquiry = await makeInquiry(db, { customerId: customer.id });
    await changeInquiryCustomerType(agent, { inquiryId: inquiry.id, expectedVersion: 1, customerType: "CHURNED" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).customerType).toBe("CHURNED");
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).type).toBe("BUYER");
    expect((await events(inquiry.id)).at(-1)).toMatchObject({ kind: "CUSTOMER_TYPE", data: { from: "BUYER", to: "CHURNED" } });
  });

  it("a change to the same value writes nothing and keeps the version", async () => {
    const agent = await actorFor("AGENT");
    const inquiry = await makeInquiry(db, { priority: "HIGH" });
    const result = await setInquiryPriority(agent, { inquiryId: inquiry.id, expectedVersion: 1, priority: "HIGH" });
    expect(result).toMatchObject({ version: 1, changed: false });
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("reading an inquiry", () => {
  beforeEach(resetDb);

  it("returns the page's data with the timeline and allowed moves", async () => {
    const agent = await actorFor("AGENT", "Jisoo Park");
    const buyer = await createCustomer(db, { type: "BUYER", name: "Acme Corp" });
    const user = await createCustomer(db, { type: "USER", paidById: buyer.id });
    const tag = await createTag(db, { name: "billing" });
    const inquiry = await makeInquiry(db, { customerId: user.id, tagIds: [tag.id], status: "OPEN", createdById: agent.id });
    await addInternalNote(agent, { inquiryId: inquiry.id, expectedVersion: 1, body: "<script>alert(1)</script>" });
    const detail = await getInquiryDetail(agent, inquiry.id);
    expect(detail).toMatchObject({ id: inquiry.id, version: 1, status: "OPEN", customerType: "USER" });
    expect(detail.customer).toMatchObject({ id: user.id, type: "USER", paidBy: { id: buyer.id, name: "Acme Corp" } });
    expect(detail.tags.map((t) => t.name)).toEqual(["billing"]);
    expect(detail.events.map((e) => [e.kind, e.actor?.name ?? null])).toEqual([["CREATED", "Jisoo Park"], ["NOTE", "Jisoo Park"]]);
    expect(detail.events[1].body).toBe("<script>alert(1)</script>");
    expect(detail.allowedStatuses).toEqual(["PENDING", "RESOLVED"]);
    expect(detail.options.staff.map((s) => s.id)).toContain(agent.id);
    expect(detail.options.tags.map((t) => t.name)).toEqual(["billing"]);
  });

  it("gives read-only roles no edit options", async () => {
    const member = await actorFor("MEMBER");
    await createTag(db);
    const inquiry = await makeInquiry(db);
    const detail = await getInquiryDetail(member, inquiry.id);
    expect(detail.options).toEqual({ staff: [], tags: [] });
  });

  it("reads a missing or malformed id as not found", async () => {
    const agent = await actorFor("AGENT");
    await expect(getInquiryDetail(agent, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInquiryDetail(agent, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records every view with who and when", async () => {
    const [member, product] = await Promise.all([actorFor("MEMBER"), actorFor("PRODUCT")]);
    const inquiry = await makeInquiry(db);
    const before = Date.now();
    await recordInquiryView(member, inquiry.id);
    await recordInquiryView(member, inquiry.id);
    await recordInquiryView(product, inquiry.id);
    const views = await db.inquiryView.findMany({ where: { inquiryId: inquiry.id } });
    expect(views.map((v) => v.userId).sort()).toEqual([member.id, member.id, product.id].sort());
    expect(views.every((v) => v.viewedAt.getTime() >= before - 1000)).toBe(true);
    await expect(recordInquiryView(member, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});
