/**
 * Authorization matrix (issue 2, "Roles"): every inquiry mutation × every role → allowed, or
 * ForbiddenError with nothing changed. The expected table is written out here on purpose, not
 * derived from lib/authz/permissions.ts, so a change to the permission table fails this test.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { RoleName } from "@/lib/authz/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  addInternalNote, assignInquiry, changeInquiryCustomerType, changeInquiryStatus, createInquiry, replyToInquiry,
  setInquiryPriority, setInquiryTags,
} from "@/lib/inquiries/mutations";
import { getInquiryDetail, recordInquiryView } from "@/lib/inquiries/queries";
import { createCustomer, createInquiry as makeInquiry, createTag, createUser } from "@/prisma/seed/factories";
import { actorFor, allRoles, db, resetDb } from "./helpers";

type Fixture = { inquiryId: string; customerId: string; tagId: string; staffId: string };
type Mutation = (actor: Actor, f: Fixture, inquiryId: string) => Promise<unknown>;

const mutations: Record<string, { allowed: RoleName[]; run: Mutation }> = {
  createInquiry: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, f) => createInquiry(actor, { customerId: f.customerId, channel: "EMAIL", subject: "s", body: "b", tagIds: [f.tagId] }),
  },
  createInquiryWithNewCustomer: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor) => createInquiry(actor, { customerMode: "new", newCustomerName: "New", customerType: "PROSPECT", channel: "PHONE", subject: "s", body: "b" }),
  },
  replyToInquiry: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, _f, inquiryId) => replyToInquiry(actor, { inquiryId, expectedVersion: 1, body: "reply" }),
  },
  addInternalNote: {
    allowed: ["ADMIN", "AGENT", "PRODUCT"],
    run: (actor, _f, inquiryId) => addInternalNote(actor, { inquiryId, expectedVersion: 1, body: "note" }),
  },
  changeInquiryStatus: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, _f, inquiryId) => changeInquiryStatus(actor, { inquiryId, expectedVersion: 1, status: "RESOLVED" }),
  },
  assignInquiry: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, f, inquiryId) => assignInquiry(actor, { inquiryId, expectedVersion: 1, assigneeId: f.staffId }),
  },
  setInquiryTags: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, f, inquiryId) => setInquiryTags(actor, { inquiryId, expectedVersion: 1, tagIds: [f.tagId] }),
  },
  setInquiryPriority: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, _f, inquiryId) => setInquiryPriority(actor, { inquiryId, expectedVersion: 1, priority: "URGENT" }),
  },
  changeInquiryCustomerType: {
    allowed: ["ADMIN", "AGENT"],
    run: (actor, _f, inquiryId) => changeInquiryCustomerType(actor, { inquiryId, expectedVersion: 1, customerType: "CHURNED" }),
  },
};

const cases = Object.entries(mutations).flatMap(([name, m]) =>
  allRoles.map((role) => [name, role, m.allowed.includes(role)] as const));

async function fixture(): Promise<Fixture> {
  const customer = await createCustomer(db, { type: "BUYER" });
  const tag = await createTag(db);
  const staff = await createUser(db, { role: "AGENT" });
  const inquiry = await makeInquiry(db, { customerId: customer.id, status: "OPEN", priority: "NORMAL" });
  return { inquiryId: inquiry.id, customerId: customer.id, tagId: tag.id, staffId: staff.id };
}

/** Everything a mutation could touch, to compare before and after a refusal. */
async function snapshot() {
  const [inquiries, customers, links, events, audits, typeChanges] = await Promise.all([
    db.inquiry.findMany({ orderBy: { id: "asc" } }),
    db.customer.findMany({ orderBy: { id: "asc" } }),
    db.inquiryTag.findMany({ orderBy: [{ inquiryId: "asc" }, { tagId: "asc" }] }),
    db.inquiryEvent.count(),
    db.auditEvent.count(),
    db.customerTypeChange.count(),
  ]);
  return { inquiries, customers, links, events, audits, typeChanges };
}

describe("authorization matrix: inquiry mutations × roles", () => {
  beforeEach(resetDb);

  it.each(cases)("%s as %s → allowed: %s", async (name, role, allowed) => {
    const f = await fixture();
    const actor = await actorFor(role);
    const before = await snapshot();
    const run = mutations[name].run(actor, f, f.inquiryId);
    if (allowed) {
      await expect(run).resolves.toBeDefined();
      const after = await snapshot();
      expect(after.audits, "an allowed write leaves an audit row").toBeGreaterThan(before.audits);
    } else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(Object.entries(mutations).filter(([name]) => !name.startsWith("create")))(
    "%s on an id that does not exist → NotFoundError, for a role that may call it",
    async (_name, m) => {
      const f = await fixture();
      const actor = await actorFor(m.allowed[0]);
      const before = await snapshot();
      await expect(m.run(actor, f, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("createInquiry for a customer that does not exist → NotFoundError", async () => {
    const agent = await actorFor("AGENT");
    await expect(createInquiry(agent, { customerId: crypto.randomUUID(), channel: "EMAIL", subject: "s", body: "b" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.inquiry.count()).toBe(0);
  });
});

describe("reading inquiries: every role", () => {
  beforeEach(resetDb);

  it.each(allRoles)("%s can open an inquiry and the view is recorded", async (role) => {
    const f = await fixture();
    const actor = await actorFor(role);
    await expect(getInquiryDetail(actor, f.inquiryId)).resolves.toMatchObject({ id: f.inquiryId });
    await recordInquiryView(actor, f.inquiryId);
    expect(await db.inquiryView.count({ where: { inquiryId: f.inquiryId, userId: actor.id } })).toBe(1);
  });

  it.each(allRoles)("%s reads an id that does not exist as not found", async (role) => {
    const actor = await actorFor(role);
    await expect(getInquiryDetail(actor, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordInquiryView(actor, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});
