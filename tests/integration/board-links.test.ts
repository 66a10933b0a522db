import { beforeEach, describe, expect, it } from "vitest";
import { createProblem, linkInquiries, mergeProblems, unlinkInquiry } from "@/lib/board/mutations";
import { reconcileProblemRollups } from "@/lib/board/rollups";
import { NotFoundError } from "@/lib/errors";
import { createRandom } from "@/prisma/seed/random";
import { buildCustomer, buildInquiry, createCustomer, createInquiry, createTag } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

// Link, move and unlink must land in BOTH timelines and keep both problems' rollups exact:
// the board ranks by these numbers, and a drifted count silently misranks the product's work.

beforeEach(resetDb);

const problemEvents = (problemId: string) =>
  db.problemEvent.findMany({ where: { problemId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }], select: { kind: true, data: true, actorId: true } });
const inquiryProblemEvents = (inquiryId: string) =>
  db.inquiryEvent.findMany({ where: { inquiryId, kind: "PROBLEM" }, orderBy: { createdAt: "asc" }, select: { data: true, actorId: true } });
const rollup = (id: string) =>
  db.problem.findUniqueOrThrow({
    where: { id },
    select: { linkedCount: true, customerCount: true, buyerCustomers: true, userCustomers: true, churnedCustomers: true, lastLinkedAt: true },
  });

describe("createProblem / linkInquiries / unlinkInquiry", () => {
  it("creates a problem with its evidence, rollups and both timelines", async () => {
    const agent = await actorFor("AGENT");
    const buyer = await createCustomer(db, { type: "BUYER" });
    const i1 = await createInquiry(db, { customerId: buyer.id, createdAt: new Date("2026-03-02T03:00:00Z") });
    const i2 = await createInquiry(db, { customerId: buyer.id, createdAt: new Date("2026-03-04T03:00:00Z") });
    const i3 = await createInquiry(db, { customerType: "CHURNED", createdAt: new Date("2026-03-12T03:00:00Z") });

    const { problemId, number } = await createProblem(agent, { title: "  Export to Excel fails  ", inquiryIds: [i1.id, i2.id, i3.id, i1.id] });

    const problem = await db.problem.findUniqueOrThrow({ where: { id: problemId } });
    expect(problem).toMatchObject({ number, title: "Export to Excel fails", description: "", status: "REPORTED", createdById: agent.id, version: 1 });
    expect(await rollup(problemId)).toEqual({
      linkedCount: 3, customerCount: 2, buyerCustomers: 1, userCustomers: 0, churnedCustomers: 1, lastLinkedAt: i3.createdAt,
    });
    expect(await db.problemWeek.count({ where: { problemId } })).toBe(2);
    const events = await problemEvents(problemId);
    expect(events.map((e) => e.kind)).toEqual(["CREATED", "LINKED"]);
    expect(events[1].data).toMatchObject({ count: 3, movedFrom: [] });
    for (const i of [i1, i2, i3]) {
      expect(await inquiryProblemEvents(i.id)).toEqual([
        { actorId: agent.id, data: { from: null, to: problemId, fromTitle: null, toTitle: "Export to Excel fails" } },
      ]);
    }
    expect(await db.auditEvent.count({ where: { action: "problem.create", entityId: problemId } })).toBe(1);
    expect(await reconcileProblemRollups(db)).toEqual([]);
  });

  it("moves an inquiry from another problem: both problems, both timelines", async () => {
    const agent = await actorFor("AGENT");
    const [a1, a2, b1] = await Promise.all([createInquiry(db), createInquiry(db), createInquiry(db)]);
    const { problemId: a } = await createProblem(agent, { title: "Login fails", inquiryIds: [a1.id, a2.id] });
    const { problemId: b } = await createProblem(agent, { title: "Cannot sign in", inquiryIds: [b1.id] });

    const result = await linkInquiries(agent, { problemId: b, inquiryIds: [a2.id, b1.id] });

    expect(result).toEqual({ problemId: b, changed: true, linked: 1, moved: 1 });
    expect((await rollup(a)).linkedCount).toBe(1);
    expect((await rollup(b)).linkedCount).toBe(2);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: a2.id } })).problemId).toBe(b);
    expect((await inquiryProblemEvents(a2.id)).map((e) => e.data)).toEqual([
      { from: null, to: a, fromTitle: null, toTitle: "Login fails" },
      { from: a, to: b, fromTitle: "Login fails", toTitle: "Cannot sign in" },
    ]);
    const aEvents = await problemEvents(a);
    expect(aEvents.at(-1)).toMatchObject({ kind: "UNLINKED", data: { inquiryIds: [a2.id], to: b, toTitle: "Cannot sign in" } });
    const bEvents = await problemEvents(b);
    expect(bEvents.at(-1)).toMatchObject({ kind: "LINKED", data: { inquiryIds: [a2.id], movedFrom: [{ id: a, title: "Login fails", count: 1 }] } });
    expect(await reconcileProblemRollups(db)).toEqual([]);
  });

  it("is idempotent: linking what is already linked writes nothing", async () => {
    const agent = await actorFor("AGENT");
    const i1 = await createInquiry(db);
    const { problemId } = await createProblem(agent, { title: "Slow page", inquiryIds: [i1.id] });
    const before = { events: await db.problemEvent.count(), inquiryEvents: await db.inquiryEvent.count(), audits: await db.auditEvent.count() };

    expect(await linkInquiries(agent, { problemId, inquiryIds: [i1.id] })).toEqual({ problemId, changed: false, linked: 0, moved: 0 });
    expect({ events: await db.problemEvent.count(), inquiryEvents: await db.inquiryEvent.count(), audits: await db.auditEvent.count() }).toEqual(before);
    expect((await rollup(problemId)).linkedCount).toBe(1);
  });

  it("unlinks: the inquiry leaves the problem, both timelines say so, rollups drop to zero", async () => {
    const agent = await actorFor("AGENT");
    const i1 = await createInquiry(db);
    const { problemId } = await createProblem(agent, { title: "Slow page", inquiryIds: [i1.id] });

    expect(await unlinkInquiry(agent, { inquiryId: i1.id })).toMatchObject({ problemId, changed: true });
    expect(await rollup(problemId)).toEqual({ linkedCount: 0, customerCount: 0, buyerCustomers: 0, userCustomers: 0, churnedCustomers: 0, lastLinkedAt: null });
    expect(await db.problemWeek.count({ where: { problemId } })).toBe(0);
    expect(await db.problemCustomer.count({ where: { problemId } })).toBe(0);
    expect((await inquiryProblemEvents(i1.id)).at(-1)?.data).toEqual({ from: problemId, to: null, fromTitle: "Slow page", toTitle: null });
    expect((await problemEvents(problemId)).at(-1)?.kind).toBe("UNLINKED");
    // Again: not linked any more → no-op.
    expect(await unlinkInquiry(agent, { inquiryId: i1.id })).toMatchObject({ problemId: null, changed: false });
  });

  it("a missing inquiry or problem, or a merged-away problem, is not found and changes nothing", async () => {
    const product = await actorFor("PRODUCT");
    const i1 = await createInquiry(db);
    const i2 = await createInquiry(db);
    await expect(createProblem(product, { title: "X", inquiryIds: [i1.id, "00000000-0000-4000-8000-000000000000"] })).rejects.toThrow(NotFoundError);
    expect(await db.problem.count()).toBe(0);
    const { problemId: a } = await createProblem(product, { title: "A", inquiryIds: [i1.id] });
    const { problemId: b } = await createProblem(product, { title: "B", inquiryIds: [i2.id] });
    await mergeProblems(product, { sourceId: a, targetId: b });
    const i3 = await createInquiry(db);
    await expect(linkInquiries(product, { problemId: a, inquiryIds: [i3.id] })).rejects.toThrow(NotFoundError);
    await expect(linkInquiries(product, { problemId: "00000000-0000-4000-8000-000000000000", inquiryIds: [i3.id] })).rejects.toThrow(NotFoundError);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: i3.id } })).problemId).toBeNull();
  });

  it("concurrent links of the same inquiries to different problems: each inquiry ends on one problem, rollups exact", async () => {
    const agent = await actorFor("AGENT");
    const customer = await createCustomer(db);
    const inquiries = await Promise.all(Array.from({ length: 6 }, () => createInquiry(db, { customerId: customer.id })));
    const ids = inquiries.map((i) => i.id);
    const { problemId: a } = await createProblem(agent, { title: "A", inquiryIds: ids.slice(0, 3) });
    const { problemId: b } = await createProblem(agent, { title: "B", inquiryIds: ids.slice(3) });
    const { problemId: c } = await createProblem(agent, { title: "C", inquiryIds: [(await createInquiry(db)).id] });

    await Promise.all([
      linkInquiries(agent, { problemId: a, inquiryIds: ids }),
      linkInquiries(agent, { problemId: b, inquiryIds: ids.slice(1, 5) }),
      linkInquiries(agent, { problemId: c, inquiryIds: [ids[0], ids[5]] }),
      unlinkInquiry(agent, { inquiryId: ids[2] }),
    ]);

    expect(await reconcileProblemRollups(db)).toEqual([]);
    const total = (await db.problem.findMany({ select: { linkedCount: true } })).reduce((s, p) => s + p.linkedCount, 0);
    expect(total).toBe(await db.inquiry.count({ where: { problemId: { not: null } } }));
  });
});

describe("rollups stay equal to a recomputation", () => {
  it("for big moves and merges (many customers per problem: the whole-problem path)", async () => {
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const types = ["INTERNAL", "PROSPECT", "BUYER", "USER", "CHURNED"] as const;
    const customers = Array.from({ length: 90 }, (_, k) => buildCustomer({ type: types[k % 5] }));
    await db.customer.createMany({ data: customers });
    const rows = customers.flatMap((c, k) => [0, 1].map((n) => buildInquiry({
      customerId: c.id!, customerType: types[(k + n) % 5], createdAt: new Date(Date.UTC(2026, 0, 1 + k + n * 9)),
    })));
    await db.inquiry.createMany({ data: rows });
    const ids = rows.map((r) => r.id!);
    const { problemId: a } = await createProblem(agent, { title: "A", inquiryIds: ids.slice(0, 120) });
    const { problemId: b } = await createProblem(agent, { title: "B", inquiryIds: ids.slice(120) });
    expect(await reconcileProblemRollups(db)).toEqual([]);
    // 100 inquiries of ~70 customers move from A (and B) to a new problem C in one selection.
    const { problemId: c } = await createProblem(agent, { title: "C", inquiryIds: ids.slice(60, 160) });
    expect(await reconcileProblemRollups(db)).toEqual([]);
    await mergeProblems(product, { sourceId: a, targetId: c });
    await mergeProblems(product, { sourceId: b, targetId: c });
    expect(await reconcileProblemRollups(db)).toEqual([]);
    expect(await db.problem.findUniqueOrThrow({ where: { id: c } })).toMatchObject({ linkedCount: 180, customerCount: 90 });
  });

  it("after a randomized sequence of links, moves, unlinks and merges", async () => {
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const random = createRandom(20261123).next;
    const types = ["INTERNAL", "PROSPECT", "BUYER", "USER", "CHURNED"] as const;
    const customers = await Promise.all(Array.from({ length: 6 }, (_, k) => createCustomer(db, { type: types[k % 5] })));
    const base = Date.parse("2026-01-05T00:00:00Z");
    const inquiries: { id: string }[] = [];
    // Few distinct subjects, so ProblemSubject rows are shared by several inquiries and go up and down.
    const subjects = ["앱이 자꾸 꺼져요", "App crashes on startup", "Refund please"];
    // Few tags too, so ProblemTag rows are shared and go up and down (links and tag edits).
    const tags = (await Promise.all(["bug", "billing", "login"].map((name) => createTag(db, { name })))).map((t) => t.id);
    const someTags = () => tags.filter(() => random() < 0.4);
    for (let k = 0; k < 30; k++) {
      const customer = customers[Math.floor(random() * customers.length)];
      // Snapshot types vary per inquiry (a customer who churned later), dates span ~10 weeks.
      inquiries.push(await createInquiry(db, {
        subject: subjects[k % subjects.length],
        customerId: customer.id,
        customerType: types[Math.floor(random() * 5)],
        createdAt: new Date(base + Math.floor(random() * 70 * 86_400_000)),
        tagIds: someTags(),
      }));
    }
    const pick = (n: number) => Array.from({ length: n }, () => inquiries[Math.floor(random() * inquiries.length)].id);
    const problems: string[] = [];
    for (let k = 0; k < 4; k++) problems.push((await createProblem(agent, { title: `Problem ${k}`, inquiryIds: pick(2) })).problemId);

    const ops = { link: 0, unlink: 0, merge: 0, create: 0, type: 0, tags: 0, linkedTags: 0 };
    for (let step = 0; step < 60; step++) {
      const live = (await db.problem.findMany({ where: { mergedIntoId: null }, select: { id: true } })).map((p) => p.id);
      const r = random();
      if (r < 0.45) {
        if ((await linkInquiries(agent, { problemId: live[Math.floor(random() * live.length)], inquiryIds: pick(1 + Math.floor(random() * 4)) })).changed) ops.link++;
      } else if (r < 0.7) {
        if ((await unlinkInquiry(agent, { inquiryId: pick(1)[0] })).changed) ops.unlink++;
      }
      else if (r < 0.8 && live.length > 2) {
        const [s, t] = [live[Math.floor(random() * live.length)], live[Math.floor(random() * live.length)]];
        if (s !== t && (await mergeProblems(product, { sourceId: s, targetId: t })).changed) ops.merge++;
      } else if (r < 0.9) {
        problems.push((await createProblem(agent, { title: `Problem ${step}`, inquiryIds: pick(1 + Math.floor(random() * 3)) })).problemId);
        ops.create++;
      } else if (random() < 0.5) {
        // Tags of an inquiry change (lib/inquiries/mutations/tags.ts): linked or not.
        const { setInquiryTags } = await import("@/lib/inquiries/mutations");
        const linked = await db.inquiry.findMany({ where: { problemId: { not: null } }, select: { id: true }, orderBy: { id: "asc" } });
        const id = linked.length && random() < 0.75 ? linked[Math.floor(random() * linked.length)].id : pick(1)[0];
        const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id }, select: { id: true, version: true, problemId: true } });
        if ((await setInquiryTags(agent, { inquiryId: inquiry.id, expectedVersion: inquiry.version, tagIds: someTags() })).changed) {
          ops.tags++;
          if (inquiry.problemId) ops.linkedTags++;
        }
      } else {
        // The customer-type snapshot of a linked inquiry is corrected (lib/inquiries/mutations/fields.ts).
        const { changeInquiryCustomerType } = await import("@/lib/inquiries/mutations");
        const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: pick(1)[0] }, select: { id: true, version: true } });
        if ((await changeInquiryCustomerType(agent, { inquiryId: inquiry.id, expectedVersion: inquiry.version, customerType: types[Math.floor(random() * 5)] })).changed) ops.type++;
      }
      if (step % 15 === 14) expect(await reconcileProblemRollups(db), `after step ${step}`).toEqual([]);
    }
    expect(await reconcileProblemRollups(db)).toEqual([]);
    expect(await db.inquiry.count({ where: { problemId: { not: null } } })).toBeGreaterThan(0);
    // Subject rows were shared (count > 1) and none is left at 0.
    expect(await db.problemSubject.count({ where: { count: { gt: 1 } } })).toBeGreaterThan(0);
    expect(await db.problemSubject.count({ where: { count: { lte: 0 } } })).toBe(0);
    expect(await db.problemTag.count({ where: { inquiryCount: { gt: 1 } } })).toBeGreaterThan(0);
    expect(await db.problemTag.count({ where: { inquiryCount: { lte: 0 } } })).toBe(0);
    // The sequence really exercised every kind of change.
    for (const [op, n] of Object.entries(ops)) expect(n, op).toBeGreaterThan(0);
  });
});

describe("ProblemTag: the board's tag filter follows the linked inquiries' tags", () => {
  const titles = async (tagId: string) => {
    const { getBoard } = await import("@/lib/board/queries");
    const board = await getBoard(await actorFor("MEMBER"), { tag: tagId });
    return board.columns.flatMap((c) => c.cards.map((x) => x.title)).sort();
  };
  const tagRows = (problemId: string) =>
    db.problemTag.findMany({ where: { problemId }, select: { tagId: true, inquiryCount: true }, orderBy: { tagId: "asc" } });

  it("tag edits, links, moves and unlinks add and drop the problem", async () => {
    const { setInquiryTags } = await import("@/lib/inquiries/mutations");
    const agent = await actorFor("AGENT");
    const bug = await createTag(db, { name: "bug" });
    const billing = await createTag(db, { name: "billing" });
    const i1 = await createInquiry(db, { tagIds: [bug.id] });
    const i2 = await createInquiry(db, { tagIds: [bug.id, billing.id] });
    const i3 = await createInquiry(db);
    const { problemId: a } = await createProblem(agent, { title: "A", inquiryIds: [i1.id, i2.id] });
    const { problemId: b } = await createProblem(agent, { title: "B", inquiryIds: [i3.id] });
    expect(await tagRows(a)).toEqual([{ tagId: bug.id, inquiryCount: 2 }, { tagId: billing.id, inquiryCount: 1 }].sort((x, y) => x.tagId.localeCompare(y.tagId)));
    expect(await titles(billing.id)).toEqual(["A"]);

    // billing leaves the only linked inquiry carrying it: A drops out of the billing filter.
    const v2 = (await db.inquiry.findUniqueOrThrow({ where: { id: i2.id } })).version;
    await setInquiryTags(agent, { inquiryId: i2.id, expectedVersion: v2, tagIds: [bug.id] });
    expect(await titles(billing.id)).toEqual([]);
    expect(await tagRows(a)).toEqual([{ tagId: bug.id, inquiryCount: 2 }]);
    // A tag added to a linked inquiry puts its problem in the filter.
    const v3 = (await db.inquiry.findUniqueOrThrow({ where: { id: i3.id } })).version;
    await setInquiryTags(agent, { inquiryId: i3.id, expectedVersion: v3, tagIds: [billing.id] });
    expect(await titles(billing.id)).toEqual(["B"]);
    expect(await titles(bug.id)).toEqual(["A"]);
    // A move carries the inquiry's tags; an unlink takes them away.
    await linkInquiries(agent, { problemId: b, inquiryIds: [i1.id] });
    expect(await titles(bug.id)).toEqual(["A", "B"]);
    expect(await tagRows(a)).toEqual([{ tagId: bug.id, inquiryCount: 1 }]);
    await unlinkInquiry(agent, { inquiryId: i2.id });
    expect(await titles(bug.id)).toEqual(["B"]);
    expect(await tagRows(a)).toEqual([]);
    // Tags of an unlinked inquiry touch no problem.
    await setInquiryTags(agent, { inquiryId: i2.id, expectedVersion: v2 + 1, tagIds: [billing.id] });
    expect(await titles(billing.id)).toEqual(["B"]);
    expect(await reconcileProblemRollups(db)).toEqual([]);
  });

  it("concurrent tag edits and moves of the same inquiries keep ProblemTag exact", async () => {
    const { setInquiryTags } = await import("@/lib/inquiries/mutations");
    const agent = await actorFor("AGENT");
    const [bug, billing] = await Promise.all([createTag(db, { name: "bug" }), createTag(db, { name: "billing" })]);
    const inquiries = await Promise.all(Array.from({ length: 6 }, (_, k) => createInquiry(db, { tagIds: k % 2 ? [bug.id] : [] })));
    const ids = inquiries.map((i) => i.id);
    const { problemId: a } = await createProblem(agent, { title: "A", inquiryIds: ids.slice(0, 3) });
    const { problemId: b } = await createProblem(agent, { title: "B", inquiryIds: ids.slice(3, 5) });

    await Promise.all([
      linkInquiries(agent, { problemId: b, inquiryIds: ids.slice(0, 4) }),
      linkInquiries(agent, { problemId: a, inquiryIds: [ids[4], ids[5]] }),
      unlinkInquiry(agent, { inquiryId: ids[1] }),
      ...inquiries.map((i, k) => setInquiryTags(agent, { inquiryId: i.id, expectedVersion: i.version, tagIds: k % 3 ? [billing.id] : [bug.id, billing.id] })),
    ]);

    expect(await reconcileProblemRollups(db)).toEqual([]);
    expect(await db.inquiryTag.count({ where: { tagId: billing.id } })).toBe(6);
    expect(await db.problemTag.count({ where: { tagId: billing.id } })).toBeGreaterThan(0);
  });
});
