/**
 * GET /api/board/suggest — the push dialog's "similar problems" as you type. The route handler is
 * called directly with a Request; only next-auth's session lookup is stubbed (the user row, the
 * role check and the trigram query are real).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createInquiry } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
const { GET } = await import("@/app/api/board/suggest/route");
const { createProblem } = await import("@/lib/board/mutations");

const suggest = (params: Record<string, string>) => GET(new Request(`http://localhost/api/board/suggest?${new URLSearchParams(params)}`));

async function signInAs(role: "ADMIN" | "AGENT" | "PRODUCT" | "MEMBER") {
  const actor = await actorFor(role);
  session.userId = actor.id;
  return actor;
}

/** Two problems: one found by its title, one only through the subject of an inquiry linked to it. */
async function seedProblems() {
  const agent = await actorFor("AGENT");
  const [a, b] = await Promise.all([
    createInquiry(db, { subject: "Printer prints nothing" }),
    createInquiry(db, { subject: "로그인이 안 돼요" }),
  ]);
  const csv = await createProblem(agent, { title: "CSV export stops at 1000 rows", description: "", inquiryIds: [a.id] });
  const login = await createProblem(agent, { title: "Session handling on the web app", description: "", inquiryIds: [b.id] });
  return { csv, login };
}

describe("GET /api/board/suggest", () => {
  beforeEach(async () => {
    session.userId = null;
    await resetDb();
  });

  it("answers 401 to a signed-out caller, and to a deactivated user's session", async () => {
    await seedProblems();
    const res = await suggest({ q: "CSV export stops at 1000 rows" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });

    const actor = await signInAs("AGENT");
    await db.user.update({ where: { id: actor.id }, data: { active: false } });
    expect((await suggest({ q: "CSV export" })).status).toBe(401);
  });

  it.each(["MEMBER", "AGENT", "PRODUCT", "ADMIN"] as const)("lets %s read suggestions: an English near-duplicate title", async (role) => {
    const { csv } = await seedProblems();
    await signInAs(role);
    const res = await suggest({ q: "CSV export stopped at 1,000 rows" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string }[];
    expect(body[0]).toMatchObject({
      id: csv.problemId,
      number: csv.number,
      title: "CSV export stops at 1000 rows",
      status: "REPORTED",
      linkedCount: 1,
      matchedVia: "title",
    });
    expect(body.map((p) => p.id)).toHaveLength(1);
  });

  it("finds a problem through a linked inquiry's Korean subject", async () => {
    const { login } = await seedProblems();
    await signInAs("AGENT");
    const body = (await (await suggest({ q: "로그인 안 돼요" })).json()) as { id: string; matchedVia: string }[];
    expect(body).toEqual([expect.objectContaining({ id: login.problemId, matchedVia: "inquiry" })]);
  });

  it("leaves out the excluded problem (moving an inquiry away from it)", async () => {
    const { csv } = await seedProblems();
    await signInAs("AGENT");
    const q = "CSV export stops at 1000 rows";
    expect(((await (await suggest({ q })).json()) as unknown[]).length).toBe(1);
    const res = await suggest({ q, exclude: csv.problemId });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
  });

  it("answers an empty list to a blank or one-letter query, and 400 to a bad id or an oversized query", async () => {
    await seedProblems();
    await signInAs("AGENT");
    for (const q of ["", "   ", "C"]) {
      const res = await suggest({ q });
      expect(res.status, JSON.stringify(q)).toBe(200);
      expect(await res.json()).toEqual([]);
    }
    expect((await GET(new Request("http://localhost/api/board/suggest"))).status).toBe(200);
    expect((await suggest({ q: "CSV export", exclude: "not-an-id" })).status).toBe(400);
    expect((await suggest({ q: "x".repeat(201) })).status).toBe(400);
  });
});
