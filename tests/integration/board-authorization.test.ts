import { beforeEach, describe, expect, it } from "vitest";
import {
  addProblemComment, createProblem, editProblem, linkInquiries, mergeProblems, moveProblem, setProblemOwner, setTypeWeights,
  shipProblem, unlinkInquiry,
} from "@/lib/board/mutations";
import type { Actor } from "@/lib/auth/actor";
import type { RoleName } from "@/lib/authz/permissions";
import { ForbiddenError } from "@/lib/errors";
import { createInquiry } from "@/prisma/seed/factories";
import { actorFor, allRoles, db, resetDb } from "./helpers";

// Issue 3: "AGENT: push, link, unlink, comment. PRODUCT: everything on the board. ADMIN: all.
// MEMBER: read. Checked in the server on every action; a crafted POST by a MEMBER changes
// nothing." Every board mutation × every role: allowed, or ForbiddenError with nothing written.

beforeEach(resetDb);

type Fixture = { seed: Actor; product: Actor; p1: string; p2: string; linked: string; free: string; v1: number };

async function fixture(): Promise<Fixture> {
  const seed = await actorFor("ADMIN", "Seeder");
  const product = await actorFor("PRODUCT", "Owner");
  const [a, b, c] = await Promise.all([createInquiry(db), createInquiry(db), createInquiry(db)]);
  const p1 = (await createProblem(seed, { title: "First", inquiryIds: [a.id] })).problemId;
  const p2 = (await createProblem(seed, { title: "Second", inquiryIds: [b.id] })).problemId;
  const moved = await moveProblem(seed, { problemId: p1, expectedVersion: 1, status: "ACCEPTED" });
  return { seed, product, p1, p2, linked: a.id, free: c.id, v1: moved.version };
}

const mutations: Record<string, { allowed: RoleName[]; run: (actor: Actor, f: Fixture) => Promise<unknown> }> = {
  createProblem: { allowed: ["ADMIN", "AGENT", "PRODUCT"], run: (actor, f) => createProblem(actor, { title: "New", inquiryIds: [f.free] }) },
  linkInquiries: { allowed: ["ADMIN", "AGENT", "PRODUCT"], run: (actor, f) => linkInquiries(actor, { problemId: f.p2, inquiryIds: [f.linked, f.free] }) },
  unlinkInquiry: { allowed: ["ADMIN", "AGENT", "PRODUCT"], run: (actor, f) => unlinkInquiry(actor, { inquiryId: f.linked }) },
  moveProblem: { allowed: ["ADMIN", "PRODUCT"], run: (actor, f) => moveProblem(actor, { problemId: f.p1, expectedVersion: f.v1, status: "IN_PROGRESS" }) },
  setProblemOwner: { allowed: ["ADMIN", "PRODUCT"], run: (actor, f) => setProblemOwner(actor, { problemId: f.p1, expectedVersion: f.v1, ownerId: f.product.id }) },
  editProblem: { allowed: ["ADMIN", "PRODUCT"], run: (actor, f) => editProblem(actor, { problemId: f.p1, expectedVersion: f.v1, title: "Renamed", description: "d" }) },
  addProblemComment: { allowed: ["ADMIN", "AGENT", "PRODUCT"], run: (actor, f) => addProblemComment(actor, { problemId: f.p1, body: "Seen this twice today" }) },
  mergeProblems: { allowed: ["ADMIN", "PRODUCT"], run: (actor, f) => mergeProblems(actor, { sourceId: f.p2, targetId: f.p1 }) },
  shipProblem: { allowed: ["ADMIN", "PRODUCT"], run: (actor, f) => shipProblem(actor, { problemId: f.p1, releaseNote: "Fixed", resolveLinked: true }) },
  setTypeWeights: { allowed: ["ADMIN"], run: (actor) => setTypeWeights(actor, { INTERNAL: 1, PROSPECT: 1, BUYER: 5, USER: 1, CHURNED: 9 }) },
};

/** Everything a board mutation can write. */
async function snapshot() {
  const [problems, inquiries, problemEvents, inquiryEvents, audits, outbox, weights, problemCustomers, problemWeeks] = await Promise.all([
    db.problem.findMany({ orderBy: { id: "asc" } }),
    db.inquiry.findMany({ orderBy: { id: "asc" }, select: { id: true, problemId: true, status: true, version: true } }),
    db.problemEvent.count(),
    db.inquiryEvent.count(),
    db.auditEvent.count(),
    db.outboxMessage.count(),
    db.customerTypeWeight.findMany(),
    db.problemCustomer.findMany({ orderBy: [{ problemId: "asc" }, { customerId: "asc" }] }),
    db.problemWeek.findMany({ orderBy: [{ problemId: "asc" }, { weekStart: "asc" }] }),
  ]);
  return { problems, inquiries, problemEvents, inquiryEvents, audits, outbox, weights, problemCustomers, problemWeeks };
}

const cases = Object.entries(mutations).flatMap(([name, m]) => allRoles.map((role) => [name, role, m.allowed.includes(role)] as const));

describe("board authorization matrix", () => {
  it.each(cases)("%s as %s → allowed: %s", async (name, role, allowed) => {
    const f = await fixture();
    const actor = await actorFor(role);
    const before = await snapshot();
    if (allowed) {
      await mutations[name].run(actor, f);
      // Allowed: it wrote something, with an audit row by this actor.
      expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBeGreaterThan(0);
    } else {
      await expect(mutations[name].run(actor, f)).rejects.toThrow(ForbiddenError);
      expect(await snapshot()).toEqual(before);
    }
  });

  it("covers every exported board mutation", async () => {
    const exported = Object.entries(await import("@/lib/board/mutations"))
      .filter(([name, value]) => typeof value === "function" && name !== "loadTypeWeights")
      .map(([name]) => name)
      .sort();
    expect(Object.keys(mutations).sort()).toEqual(exported);
  });
});
