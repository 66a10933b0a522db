/**
 * The inquiry page's data must come in at most 6 SQL statements (issue 2's performance table).
 * Counted honestly: the app's `db` is swapped for a client built the same way (adapter-pg, same
 * pool config) but logging every statement Prisma sends to PostgreSQL.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const captured = await vi.hoisted(async () => {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const { pgConfigFromUrl } = await import("@/lib/db-url");
  const client = new PrismaClient({
    adapter: new PrismaPg({ ...pgConfigFromUrl(process.env.DATABASE_URL!), max: 5 }),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: string[] = [];
  client.$on("query", (e) => statements.push(e.query));
  // lib/db.ts reuses this global outside production (it is how dev hot reload keeps one client).
  (globalThis as { prisma?: unknown }).prisma = client;
  return { client, statements };
});

const { getInquiryDetail } = await import("@/lib/inquiries/queries");
const { addInternalNote, replyToInquiry, setInquiryTags } = await import("@/lib/inquiries/mutations");
const { createCustomer, createInquiry, createTag } = await import("@/prisma/seed/factories");
const { actorFor, db, resetDb } = await import("./helpers");

describe("getInquiryDetail", () => {
  beforeEach(resetDb);
  afterAll(async () => {
    delete (globalThis as { prisma?: unknown }).prisma;
    await captured.client.$disconnect();
  });

  it("uses the logging client (so the count below means something)", () => {
    expect(db).toBe(captured.client);
  });

  it.each(["AGENT", "ADMIN", "PRODUCT", "MEMBER"] as const)("loads everything for %s in at most 6 SQL statements", async (role) => {
    const agent = await actorFor("AGENT");
    const actor = role === "AGENT" ? agent : await actorFor(role);
    const payer = await createCustomer(db, { type: "BUYER" });
    const customer = await createCustomer(db, { type: "USER", paidById: payer.id });
    const tags = await Promise.all([createTag(db), createTag(db), createTag(db)]);
    const inquiry = await createInquiry(db, { customerId: customer.id, tagIds: [tags[0].id], assigneeId: agent.id, createdById: agent.id });
    await replyToInquiry(agent, { inquiryId: inquiry.id, expectedVersion: 1, body: "reply" });
    await addInternalNote(agent, { inquiryId: inquiry.id, expectedVersion: 2, body: "note" });
    await setInquiryTags(agent, { inquiryId: inquiry.id, expectedVersion: 2, tagIds: [tags[1].id, tags[2].id] });

    captured.statements.length = 0;
    const detail = await getInquiryDetail(actor, inquiry.id);
    const statements = [...captured.statements];

    // The data really is all there (a lazy or partial load would pass a count check on its own).
    expect(detail.customer.paidBy?.id).toBe(payer.id);
    expect(detail.assignee?.id).toBe(agent.id);
    expect(detail.tags).toHaveLength(2);
    expect(detail.events.map((e) => e.kind)).toEqual(["CREATED", "REPLY", "STATUS", "NOTE", "TAGS"]);
    expect(detail.events[1].actor?.id).toBe(agent.id);
    expect(statements.length, statements.join("\n---\n")).toBeGreaterThan(0);
    expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(6);
  });

  it("stays within 6 statements when old events carry only ids, and resolves their names", async () => {
    const agent = await actorFor("AGENT", "Alex Chen");
    const tag = await createTag(db, { name: "delivery" });
    const inquiry = await createInquiry(db);
    await db.inquiryEvent.createMany({
      data: [
        { inquiryId: inquiry.id, kind: "ASSIGNEE", data: { from: null, to: agent.id } },
        { inquiryId: inquiry.id, kind: "TAGS", data: { added: [tag.id], removed: [] } },
        { inquiryId: inquiry.id, kind: "TAGS", data: { added: ["billing"], removed: [] } },
      ],
    });
    captured.statements.length = 0;
    const detail = await getInquiryDetail(agent, inquiry.id);
    expect(captured.statements.length).toBeLessThanOrEqual(6);
    const data = detail.events.filter((e) => e.kind !== "CREATED").map((e) => e.data);
    expect(data).toEqual(expect.arrayContaining([
      expect.objectContaining({ to: agent.id, toName: "Alex Chen", fromName: null }),
      expect.objectContaining({ addedNames: ["delivery"], removedNames: [] }),
      expect.objectContaining({ addedNames: ["billing"] }),
    ]));
  });
});
