/**
 * The inquiry page's "Fix board" card reads the linked problem from getInquiryDetail. It must come
 * in the same joined statement as the inquiry (the page stays within 6 SQL statements), and show
 * nothing when the inquiry is not linked.
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
  // lib/db.ts reuses this global outside production.
  (globalThis as { prisma?: unknown }).prisma = client;
  return { client, statements };
});

const { getInquiryDetail } = await import("@/lib/inquiries/queries");
const { createInquiry } = await import("@/prisma/seed/factories");
const { actorFor, db, resetDb } = await import("./helpers");

describe("getInquiryDetail: the linked problem", () => {
  beforeEach(resetDb);
  afterAll(async () => {
    delete (globalThis as { prisma?: unknown }).prisma;
    await captured.client.$disconnect();
  });

  it("uses the logging client", () => {
    expect(db).toBe(captured.client);
  });

  it.each(["AGENT", "MEMBER"] as const)("gives %s the problem's id, number, title and status, within 6 statements", async (role) => {
    const actor = await actorFor(role);
    const problem = await db.problem.create({ data: { title: "CSV export times out", status: "ACCEPTED" } });
    const inquiry = await createInquiry(db, { problemId: problem.id });

    captured.statements.length = 0;
    const detail = await getInquiryDetail(actor, inquiry.id);
    const statements = [...captured.statements];
    if (process.env.PRINT_SQL) console.log(statements.join("\n---\n"));

    expect(detail.problem).toEqual({ id: problem.id, number: problem.number, title: "CSV export times out", status: "ACCEPTED" });
    expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(6);
    // Joined into the inquiry's own statement, not a separate SELECT on "Problem".
    expect(statements.filter((s) => /^\s*SELECT\b/i.test(s) && /FROM "public"\."Problem"/i.test(s.split(/\bJOIN\b/i)[0]))).toHaveLength(0);
  });

  it("is null when the inquiry is not linked", async () => {
    const actor = await actorFor("AGENT");
    await db.problem.create({ data: { title: "Unrelated problem" } });
    const inquiry = await createInquiry(db);
    const detail = await getInquiryDetail(actor, inquiry.id);
    expect(detail.problem).toBeNull();
  });
});
