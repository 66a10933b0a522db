import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createCustomer } from "@/prisma/seed/factories";
import { contactFormSchema, HONEYPOT_FIELD } from "@/lib/contact/schema";
import { CONTACT_RATE_LIMIT, submitContactForm } from "@/lib/contact/submit";
import { RateLimitedError } from "@/lib/errors";
import { POST } from "@/app/api/contact/route";
import { db, resetDb } from "./helpers";

const form = (over: Record<string, unknown> = {}) =>
  contactFormSchema.parse({
    name: "Park Seoyeon",
    email: "seoyeon@example.com",
    subject: "Cannot export to CSV",
    message: "<script>alert(1)</script> The export button does nothing.",
    token: randomUUID(),
    ...over,
  });

const counts = async () => ({
  customers: await db.customer.count(),
  inquiries: await db.inquiry.count(),
  events: await db.inquiryEvent.count(),
  audits: await db.auditEvent.count(),
  buckets: await db.rateLimitBucket.count(),
});

describe("web form submission (lib)", () => {
  beforeEach(resetDb);

  it("an unknown email creates a PROSPECT customer and a WEB_FORM inquiry, with its event, due time and audit rows", async () => {
    const now = new Date("2026-03-02T09:00:00Z");
    await db.slaTarget.create({ data: { priority: "NORMAL", firstResponseMinutes: 60, resolutionMinutes: 120 } });
    const input = form({ email: "New.Person@Example.com" });
    const result = await submitContactForm(input, { ip: "203.0.113.1", now });
    expect(result.status).toBe("created");
    if (result.status === "ignored") throw new Error("unreachable");

    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: result.inquiryId }, include: { customer: true, events: true } });
    expect(result.reference).toBe(inquiry.number);
    expect(inquiry).toMatchObject({
      channel: "WEB_FORM",
      customerType: "PROSPECT",
      priority: "NORMAL",
      status: "NEW",
      createdById: null,
      idempotencyKey: input.token,
      subject: "Cannot export to CSV",
      body: "<script>alert(1)</script> The export button does nothing.",
    });
    // dueAt from the admin-set target (120 min), not the default.
    expect(inquiry.dueAt.toISOString()).toBe("2026-03-02T11:00:00.000Z");
    expect(inquiry.customer).toMatchObject({ type: "PROSPECT", email: "new.person@example.com", name: "Park Seoyeon" });
    expect(inquiry.events).toEqual([expect.objectContaining({ kind: "CREATED", actorId: null })]);
    const audits = await db.auditEvent.findMany({ orderBy: { action: "asc" } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["customer.created", null], ["inquiry.created", null]]);
    expect(await db.customerTypeChange.findMany()).toEqual([expect.objectContaining({ fromType: null, toType: "PROSPECT", actorId: null })]);
  });

  it("a known email (any case) reuses the customer and snapshots its current type", async () => {
    const known = await createCustomer(db, { name: "Known Buyer", email: "buyer@example.com", type: "BUYER" });
    const result = await submitContactForm(form({ email: "BUYER@example.com", name: "Someone Else" }), { ip: "203.0.113.2" });
    if (result.status === "ignored") throw new Error("unreachable");
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: result.inquiryId } });
    expect(inquiry).toMatchObject({ customerId: known.id, customerType: "BUYER" });
    expect(await db.customer.count()).toBe(1);
    expect((await db.customer.findUniqueOrThrow({ where: { id: known.id } })).name).toBe("Known Buyer");
  });

  it("the same token twice (sequential) returns the same inquiry and creates nothing more", async () => {
    const input = form();
    const first = await submitContactForm(input, { ip: "203.0.113.3" });
    const before = await counts();
    const second = await submitContactForm({ ...input, message: "edited retry" }, { ip: "203.0.113.3" });
    expect(second).toEqual({ ...first, status: "duplicate" });
    expect(await counts()).toEqual(before);
    expect(before.inquiries).toBe(1);
  });

  it("the same token concurrently (unknown email) ends as exactly one inquiry and one customer", async () => {
    const input = form({ email: "race@example.com" });
    const results = await Promise.all(Array.from({ length: 5 }, () => submitContactForm(input, { ip: "203.0.113.4" })));
    const ids = new Set(results.map((r) => (r.status === "ignored" ? null : r.inquiryId)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(await db.inquiry.count()).toBe(1);
    expect(await db.customer.count()).toBe(1);
    expect(await db.inquiryEvent.count()).toBe(1);
  });

  it("the same token concurrently (known email) ends as exactly one inquiry", async () => {
    await createCustomer(db, { email: "known-race@example.com", type: "USER" });
    const input = form({ email: "known-race@example.com" });
    const results = await Promise.all(Array.from({ length: 5 }, () => submitContactForm(input, { ip: "203.0.113.5" })));
    expect(new Set(results.map((r) => (r.status === "ignored" ? null : r.inquiryId))).size).toBe(1);
    expect(await db.inquiry.count()).toBe(1);
  });

  it("different tokens, same new email, concurrently: two inquiries, one customer", async () => {
    const results = await Promise.all([
      submitContactForm(form({ email: "twice@example.com" }), { ip: "203.0.113.6" }),
      submitContactForm(form({ email: "twice@example.com" }), { ip: "203.0.113.6" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["created", "created"]);
    expect(await db.inquiry.count()).toBe(2);
    expect(await db.customer.count()).toBe(1);
  });

  it("a filled honeypot stores nothing at all (not even a rate-limit hit)", async () => {
    const result = await submitContactForm(form({ [HONEYPOT_FIELD]: "http://spam.example" }), { ip: "203.0.113.7" });
    expect(result).toEqual({ status: "ignored" });
    expect(await counts()).toEqual({ customers: 0, inquiries: 0, events: 0, audits: 0, buckets: 0 });
  });

  it("is refused after the limit per address (RateLimitedError with retry time); other addresses are unaffected", async () => {
    const now = new Date("2026-03-02T09:01:00Z");
    for (let i = 0; i < CONTACT_RATE_LIMIT; i++) await submitContactForm(form(), { ip: "203.0.113.8", now });
    const error = await submitContactForm(form(), { ip: "203.0.113.8", now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(540);
    expect(await db.inquiry.count()).toBe(CONTACT_RATE_LIMIT);
    await expect(submitContactForm(form(), { ip: "203.0.113.9", now })).resolves.toMatchObject({ status: "created" });
  });

  it("a retry of an already stored token is answered even over the limit", async () => {
    const now = new Date("2026-03-02T09:01:00Z");
    const first = form();
    const stored = await submitContactForm(first, { ip: "203.0.113.10", now });
    for (let i = 1; i < CONTACT_RATE_LIMIT; i++) await submitContactForm(form(), { ip: "203.0.113.10", now });
    await expect(submitContactForm(first, { ip: "203.0.113.10", now })).resolves.toEqual({ ...stored, status: "duplicate" });
  });
});

describe("POST /api/contact (route handler)", () => {
  beforeEach(resetDb);

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    POST(
      new Request("http://localhost/api/contact", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", "x-real-ip": "198.51.100.20", ...headers },
        body: JSON.stringify(body),
      }),
    );
  const valid = () => ({ name: "Kim", email: "kim@example.com", subject: "Hello", message: "Hi there", token: randomUUID() });

  it("creates the inquiry and answers 201 with the reference; a retry answers 200 with the same reference", async () => {
    const body = valid();
    const res = await post(body);
    expect(res.status).toBe(201);
    const json = await res.json();
    const inquiry = await db.inquiry.findFirstOrThrow();
    expect(json).toEqual({ ok: true, reference: inquiry.number });
    const retry = await post(body);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ok: true, reference: inquiry.number });
    expect(await db.inquiry.count()).toBe(1);
  });

  it("answers 400 with translated field errors (Korean by Accept-Language) and stores nothing", async () => {
    const res = await post({ ...valid(), email: "nope", subject: "x".repeat(201) }, { "accept-language": "ko-KR,ko;q=0.9" });
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.ok).toBe(false);
    expect(json.fieldErrors).toEqual({ email: ["올바른 이메일 주소를 입력하세요."], subject: ["너무 깁니다."] });
    expect(await db.inquiry.count()).toBe(0);
  });

  it("answers a filled honeypot like a success, storing nothing", async () => {
    const res = await post({ ...valid(), [HONEYPOT_FIELD]: "buy now" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, reference: null });
    expect(await db.inquiry.count()).toBe(0);
    expect(await db.customer.count()).toBe(0);
  });

  it("answers 429 with Retry-After and a friendly message after the limit", async () => {
    const statuses = [];
    for (let i = 0; i <= CONTACT_RATE_LIMIT; i++) statuses.push((await post(valid(), { "x-real-ip": "198.51.100.30" })).status);
    expect(statuses).toEqual([...Array(CONTACT_RATE_LIMIT).fill(201), 429]);
    const res = await post(valid(), { "x-real-ip": "198.51.100.30" });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const json = await res.json();
    expect(json.formError).toMatch(/try again in \d+ minute/);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|Error:/);
    expect(await db.inquiry.count()).toBe(CONTACT_RATE_LIMIT);
  });

  it("without JavaScript (a plain form post) redirects back to /contact with the reference", async () => {
    const body = new URLSearchParams(valid());
    const res = await POST(
      new Request("http://localhost/api/contact", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html", "x-real-ip": "198.51.100.40" },
        body,
      }),
    );
    expect(res.status).toBe(303);
    const inquiry = await db.inquiry.findFirstOrThrow();
    expect(res.headers.get("location")).toBe(`/contact?ref=${inquiry.number}`);
  });

  it("refuses unreadable bodies with 400", async () => {
    const res = await POST(
      new Request("http://localhost/api/contact", { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: "{not json" }),
    );
    expect(res.status).toBe(400);
    expect(await db.inquiry.count()).toBe(0);
  });
});
