import { beforeEach, describe, expect, it } from "vitest";
import { createProblem, linkInquiries, mergeProblems } from "@/lib/board/mutations";
import { suggestSimilarProblems } from "@/lib/board/suggest";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { createInquiry } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// While an agent types a new problem's title, the same defect must surface — by title or by what
// its linked inquiries say — so it does not become five cards.

beforeEach(resetDb);

async function problem(agent: Actor, title: string, subjects: string[] = ["Something else entirely"]) {
  const inquiries = await Promise.all(subjects.map((subject) => createInquiry(db, { subject })));
  return (await createProblem(agent, { title, inquiryIds: inquiries.map((i) => i.id) })).problemId;
}

describe("suggestSimilarProblems", () => {
  it("finds a Korean and an English near-duplicate by title", async () => {
    const agent = await actorFor("AGENT");
    const login = await problem(agent, "로그인이 안 돼요");
    const excel = await problem(agent, "Export to Excel fails");
    await problem(agent, "배송 조회가 안 됩니다");
    await problem(agent, "Invoice shows the wrong VAT");

    const ko = await suggestSimilarProblems(agent, { q: "로그인 안됨 문제" });
    expect(ko[0]).toMatchObject({ id: login, title: "로그인이 안 돼요", status: "REPORTED", linkedCount: 1, matchedVia: "title" });
    expect(ko.map((s) => s.id)).not.toContain(excel);

    const en = await suggestSimilarProblems(agent, { q: "excel export failing" });
    expect(en[0]).toMatchObject({ id: excel, matchedVia: "title" });
    expect(en[0].score).toBeGreaterThan(0.5);
    expect(en.map((s) => s.id)).not.toContain(login);
  });

  it("finds a problem through the subjects of its linked inquiries", async () => {
    const agent = await actorFor("AGENT");
    const viaInquiry = await problem(agent, "Auth regression after release 4.2", ["로그인이 안 돼요", "Cannot log in since update"]);
    await problem(agent, "Unrelated", ["Refund please"]);

    const ko = await suggestSimilarProblems(agent, { q: "로그인 안 됨" });
    expect(ko[0]).toMatchObject({ id: viaInquiry, matchedVia: "inquiry" });
    const en = await suggestSimilarProblems(agent, { q: "cannot login after update" });
    expect(en[0]).toMatchObject({ id: viaInquiry, matchedVia: "inquiry" });
  });

  it("matches a subject that many linked inquiries share once, with the problem they are linked to", async () => {
    const agent = await actorFor("AGENT");
    const crashes = await problem(agent, "Startup regression on Android", Array(40).fill("App crashes on startup"));
    const other = await problem(agent, "Billing", ["Refund please", "App crashes on startup sometimes"]);
    const subjectRows = await db.problemSubject.findMany({ where: { problemId: crashes } });
    expect(subjectRows.map((r) => [r.subject, r.count])).toEqual([["App crashes on startup", 40]]);

    const en = await suggestSimilarProblems(agent, { q: "app crashes on startup" });
    expect(en.filter((s) => s.id === crashes)).toHaveLength(1);
    expect(en[0]).toMatchObject({ id: crashes, matchedVia: "inquiry", linkedCount: 40, score: 1 });
    expect(new Set(en.map((s) => s.id)).size).toBe(en.length);

    // The inquiries move to the other problem: the subject now points there, and nowhere else.
    const moved = await db.inquiry.findMany({ where: { problemId: crashes }, select: { id: true } });
    await linkInquiries(agent, { problemId: other, inquiryIds: moved.map((i) => i.id) });
    expect(await db.problemSubject.count({ where: { problemId: crashes } })).toBe(0);
    const after = await suggestSimilarProblems(agent, { q: "app crashes on startup" });
    expect(after[0]).toMatchObject({ id: other, matchedVia: "inquiry", linkedCount: 42 });
    // The emptied problem may still come up by its own title, never through the moved subjects.
    expect(after.filter((s) => s.id === crashes && s.matchedVia === "inquiry")).toEqual([]);
  });

  it("leaves out merged problems and the excluded one; honours the limit; every role may ask", async () => {
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const a = await problem(agent, "Export to Excel fails");
    const b = await problem(agent, "Excel export fails");
    const c = await problem(agent, "Export to Excel failing on Safari");
    await mergeProblems(product, { sourceId: b, targetId: a });

    const all = await suggestSimilarProblems(await actorFor("MEMBER"), { q: "excel export fails" });
    expect(all.map((s) => s.id).sort()).toEqual([a, c].sort());
    // Scores are sorted best first.
    expect(all[0].score).toBeGreaterThanOrEqual(all[1].score);
    expect((await suggestSimilarProblems(agent, { q: "excel export fails", excludeProblemId: a })).map((s) => s.id)).toEqual([c]);
    expect(await suggestSimilarProblems(agent, { q: "excel export fails", limit: 1 })).toHaveLength(1);
    expect(await suggestSimilarProblems(agent, { q: "완전히 다른 이야기" })).toEqual([]);
  });

  it("is refused to no role that reads the board (guard against a table edit)", async () => {
    for (const role of ["ADMIN", "AGENT", "PRODUCT", "MEMBER"] as const) {
      await expect(suggestSimilarProblems(await actorFor(role), { q: "x y z" })).resolves.toEqual([]);
    }
    const fake = { id: "x", role: "NOBODY", name: "", email: "" } as unknown as Actor;
    await expect(suggestSimilarProblems(fake, { q: "x" })).rejects.toThrow(ForbiddenError);
  });
});
