import { beforeEach, describe, expect, it } from "vitest";
import { buildListSql, listInquiries, shortSearchSetting, type InquiryListItem } from "@/lib/inquiries/list";
import { inquiryListFiltersSchema, type InquiryListFilters, type ListSort } from "@/lib/inquiries/list-filters";
import { listStaffOptions, listTagOptions } from "@/lib/inquiries/list-options";
import { Prisma } from "@/lib/generated/prisma/client";
import { createCustomer, createInquiry, createTag, createUser } from "@/prisma/seed/factories";
import { actorFromUser } from "@/lib/auth/actor";
import { actorFor, allRoles, db, resetDb } from "./helpers";

const NOW = new Date("2026-03-10T09:00:00.000Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

/** Every page of a listing, following nextCursor until it is null. */
async function walk(actor: Awaited<ReturnType<typeof actorFor>>, filters: InquiryListFilters) {
  const pages: InquiryListItem[][] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await listInquiries(actor, { ...filters, cursor }, { now: NOW });
    pages.push(page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return pages;
}

const subjects = (items: InquiryListItem[]) => items.map((i) => i.subject).sort();

describe("listInquiries", () => {
  beforeEach(resetDb);

  it("lets every role read the queue, MEMBER included, with the row DTO the page needs", async () => {
    const agent = await actorFor("AGENT", "Jiwoo Agent");
    const customer = await createCustomer(db, { name: "김민지", type: "BUYER" });
    const [billing, bug] = [await createTag(db, { name: "billing", color: "amber" }), await createTag(db, { name: "bug", color: "rose" })];
    const created = await createInquiry(db, {
      customerId: customer.id,
      subject: "결제가 두 번 됐어요",
      body: "카드 결제가\n\n   두 번   되었습니다. " + "확인 부탁드립니다. ".repeat(30),
      channel: "CHAT",
      priority: "HIGH",
      status: "OPEN",
      assigneeId: agent.id,
      createdAt: hoursAgo(48),
      tagIds: [bug.id, billing.id],
    });
    // The row shows the type at the time of the inquiry, not the customer's type today.
    await db.customer.update({ where: { id: customer.id }, data: { type: "CHURNED" } });

    for (const role of allRoles) {
      const actor = await actorFor(role);
      const { items, nextCursor } = await listInquiries(actor, {}, { now: NOW });
      expect(nextCursor, role).toBeNull();
      expect(items, role).toHaveLength(1);
    }
    const member = await actorFor("MEMBER");
    const [row] = (await listInquiries(member, {}, { now: NOW })).items;
    expect(row).toEqual({
      id: created.id,
      number: created.number,
      subject: "결제가 두 번 됐어요",
      snippet: expect.stringMatching(/^카드 결제가 두 번 되었습니다\. 확인 부탁드립니다\. .*…$/),
      status: "OPEN",
      priority: "HIGH",
      channel: "CHAT",
      customerType: "BUYER",
      customer: { id: customer.id, name: "김민지" },
      assignee: { id: agent.id, name: "Jiwoo Agent" },
      tags: [
        { id: billing.id, name: "billing", color: "amber" },
        { id: bug.id, name: "bug", color: "rose" },
      ],
      createdAt: hoursAgo(48),
      dueAt: created.dueAt,
      overdue: true, // HIGH resolves within 24 h by default; created 48 h ago and still open
    });
    expect(row.snippet.length).toBeLessThanOrEqual(140);
  });

  it("applies each filter on its own", async () => {
    const me = await actorFor("AGENT");
    const other = await createUser(db, { role: "AGENT" });
    const internal = await createCustomer(db, { type: "INTERNAL" });
    const churned = await createCustomer(db, { type: "CHURNED" });
    const tag = await createTag(db);
    const base = { customerId: internal.id, channel: "EMAIL" as const, priority: "NORMAL" as const, status: "RESOLVED" as const };
    await createInquiry(db, { ...base, subject: "plain", createdAt: hoursAgo(1) });
    await createInquiry(db, { ...base, subject: "new", status: "NEW", createdAt: hoursAgo(2) });
    await createInquiry(db, { ...base, subject: "pending", status: "PENDING", createdAt: hoursAgo(2) });
    await createInquiry(db, { ...base, subject: "churned", customerId: churned.id, createdAt: hoursAgo(3) });
    await createInquiry(db, { ...base, subject: "phone", channel: "PHONE", createdAt: hoursAgo(4) });
    await createInquiry(db, { ...base, subject: "tagged", tagIds: [tag.id], createdAt: hoursAgo(5) });
    await createInquiry(db, { ...base, subject: "mine", assigneeId: me.id, createdAt: hoursAgo(6) });
    await createInquiry(db, { ...base, subject: "theirs", assigneeId: other.id, createdAt: hoursAgo(7) });
    await createInquiry(db, { ...base, subject: "urgent", priority: "URGENT", createdAt: hoursAgo(8) });

    const list = async (filters: InquiryListFilters) => subjects((await listInquiries(me, filters, { now: NOW })).items);
    expect(await list({})).toHaveLength(9);
    expect(await list({ status: "NEW" })).toEqual(["new"]);
    expect(await list({ status: ["NEW", "PENDING"] })).toEqual(["new", "pending"]);
    expect(await list({ status: "NEW,PENDING" })).toEqual(["new", "pending"]);
    expect(await list({ customerType: "CHURNED" })).toEqual(["churned"]);
    expect(await list({ channel: "PHONE" })).toEqual(["phone"]);
    expect(await list({ tag: tag.id })).toEqual(["tagged"]);
    expect(await list({ assignee: "me" })).toEqual(["mine"]);
    expect(await list({ assignee: other.id })).toEqual(["theirs"]);
    expect(await list({ assignee: "unassigned" })).toEqual(
      ["plain", "new", "pending", "churned", "phone", "tagged", "urgent"].sort(),
    );
    expect(await list({ priority: "URGENT" })).toEqual(["urgent"]);

    // "me" is whoever asks.
    const otherActor = actorFromUser(other);
    expect(subjects((await listInquiries(otherActor, { assignee: "me" }, { now: NOW })).items)).toEqual(["theirs"]);
  });

  it("combines filters (customer type + status + tag) with AND", async () => {
    const buyer = await createCustomer(db, { type: "BUYER" });
    const user = await createCustomer(db, { type: "USER" });
    const refund = await createTag(db, { name: "refund" });
    const delivery = await createTag(db, { name: "delivery" });
    await createInquiry(db, { subject: "hit", customerId: buyer.id, status: "OPEN", tagIds: [refund.id, delivery.id] });
    await createInquiry(db, { subject: "wrong type", customerId: user.id, status: "OPEN", tagIds: [refund.id] });
    await createInquiry(db, { subject: "wrong status", customerId: buyer.id, status: "CLOSED", tagIds: [refund.id] });
    await createInquiry(db, { subject: "wrong tag", customerId: buyer.id, status: "OPEN", tagIds: [delivery.id] });
    const actor = await actorFor("PRODUCT");
    const { items } = await listInquiries(actor, { customerType: "BUYER", status: "OPEN", tag: refund.id }, { now: NOW });
    expect(items.map((i) => i.subject)).toEqual(["hit"]);
    // The tag filter narrows rows, not the tags shown on them.
    expect(items[0].tags.map((t) => t.name)).toEqual(["delivery", "refund"]);
  });

  it("overdue: still open and past due, by the `now` given", async () => {
    const actor = await actorFor("AGENT");
    const past = hoursAgo(1);
    const future = new Date(NOW.getTime() + 3_600_000);
    await createInquiry(db, { subject: "late open", status: "OPEN", dueAt: past, createdAt: hoursAgo(30) });
    await createInquiry(db, { subject: "late pending", status: "PENDING", dueAt: past, createdAt: hoursAgo(30) });
    await createInquiry(db, { subject: "late new", status: "NEW", dueAt: past, createdAt: hoursAgo(30) });
    await createInquiry(db, { subject: "late but resolved", status: "RESOLVED", dueAt: past, createdAt: hoursAgo(30) });
    await createInquiry(db, { subject: "late but closed", status: "CLOSED", dueAt: past, createdAt: hoursAgo(30) });
    await createInquiry(db, { subject: "on time", status: "OPEN", dueAt: future, createdAt: hoursAgo(30) });

    const { items } = await listInquiries(actor, { overdue: "1" }, { now: NOW });
    expect(subjects(items)).toEqual(["late new", "late open", "late pending"]);
    const all = (await listInquiries(actor, {}, { now: NOW })).items;
    expect(subjects(all.filter((i) => i.overdue))).toEqual(["late new", "late open", "late pending"]);
    // An hour earlier nothing was late yet.
    expect((await listInquiries(actor, { overdue: true }, { now: hoursAgo(2) })).items).toEqual([]);
  });

  describe("search (pg_trgm)", () => {
    beforeEach(async () => {
      const rows: [string, string][] = [
        ["배송이 아직 안 왔어요", "지난주 금요일에 주문했는데 아직 못 받았습니다."],
        ["주문 문의", "배송 조회가 안 돼요. 송장 번호를 알려주세요."],
        ["환불 요청드립니다", "상품이 마음에 들지 않아 환불해 주세요."],
        ["실행 오류", "앱이 자꾸 꺼져요. 업데이트 후부터 그래요."],
        ["무료배송 기준", "얼마 이상 사면 무료배송인가요?"],
        ["Refund request", "Please refund order 1042."],
        ["Delivery delayed", "My parcel has not arrived; it says REFUNDED on the app?"],
        ["Discount", "Is there a 100% discount code?"],
        ["Points", "I have 1000 points to spend."],
        ["Underscore", "my user_name is taken"],
        ["결제 오류", "카드 결제가 두 번 되었어요."],
      ];
      let h = 0;
      for (const [subject, body] of rows) await createInquiry(db, { subject, body, createdAt: hoursAgo(++h) });
    });

    const search = async (q: string) => subjects((await listInquiries(await actorFor("MEMBER"), { q }, { now: NOW })).items);

    it("finds English words in subject and body, case-insensitively", async () => {
      expect(await search("refund")).toEqual(["Delivery delayed", "Refund request"]);
      expect(await search("PARCEL")).toEqual(["Delivery delayed"]);
      expect(await search("order 1042")).toEqual(["Refund request"]);
    });

    it("finds Korean words of 3+ characters anywhere, compounds included", async () => {
      expect(await search("무료배송")).toEqual(["무료배송 기준"]);
      expect(await search("요청드립니다")).toEqual(["환불 요청드립니다"]);
      expect(await search("업데이트")).toEqual(["실행 오류"]);
    });

    it("finds 2-character Korean words, alone or with a particle, in subject or body", async () => {
      // 배송 (subject "배송이…", body "배송 조회…"), 환불 (subject and body "환불해"), 결제 ("결제가").
      expect(await search("배송")).toEqual(["배송이 아직 안 왔어요", "주문 문의"]);
      expect(await search("환불")).toEqual(["환불 요청드립니다"]);
      expect(await search("결제")).toEqual(["결제 오류"]);
      expect(await search("주문")).toEqual(["배송이 아직 안 왔어요", "주문 문의"]);
    });

    it("finds a 1-character word at the start of a word (앱 in 앱이)", async () => {
      expect(await search("앱")).toEqual(["실행 오류"]);
    });

    it("treats % and _ in the search box as literal characters", async () => {
      expect(await search("100%")).toEqual(["Discount"]);
      expect(await search("o_d")).toEqual([]); // as a wildcard, _ would match "order"
      expect(await search("user_")).toEqual(["Underscore"]);
    });

    it("returns nothing (not everything) for a word that is nowhere", async () => {
      expect(await search("취소")).toEqual([]);
      expect(await search("cancellation")).toEqual([]);
    });

    it("combines with the other filters", async () => {
      const member = await actorFor("MEMBER");
      const refund = await listInquiries(member, { q: "refund", sort: "oldest" }, { now: NOW });
      expect(refund.items.map((i) => i.subject)).toEqual(["Delivery delayed", "Refund request"]);
      expect((await listInquiries(member, { q: "배송", channel: "PHONE" }, { now: NOW })).items).toEqual([]);
    });
  });

  describe("keyset pagination", () => {
    // 62 rows; every third shares its createdAt with the next two (ties broken by id), and dueAt
    // ties likewise, so a cursor that compared only timestamps would skip or repeat rows.
    let expected: { id: string; createdAt: Date; dueAt: Date; status: string }[];
    beforeEach(async () => {
      const customer = await createCustomer(db);
      expected = [];
      for (let n = 0; n < 62; n++) {
        const createdAt = hoursAgo(Math.floor(n / 3));
        const dueAt = new Date(NOW.getTime() + Math.floor(n / 4) * 60_000);
        const status = n % 2 ? "OPEN" : "CLOSED";
        const row = await createInquiry(db, { customerId: customer.id, createdAt, dueAt, status, subject: `row ${n}` });
        expected.push({ id: row.id, createdAt, dueAt, status });
      }
    });

    const orderBy: Record<ListSort, (a: (typeof expected)[number], b: (typeof expected)[number]) => number> = {
      newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1),
      oldest: (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
      due: (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : 1),
    };

    it.each(["newest", "oldest"] as const)("walks every page for sort=%s: no duplicates, no gaps, in order", async (sort) => {
      const pages = await walk(await actorFor("MEMBER"), { sort });
      expect(pages.map((p) => p.length)).toEqual([25, 25, 12]);
      const ids = pages.flat().map((i) => i.id);
      expect(new Set(ids).size).toBe(62);
      expect(ids).toEqual([...expected].sort(orderBy[sort]).map((r) => r.id));
    });

    it("walks every page for sort=due: open inquiries only unless a status is chosen, in due order", async () => {
      const open = await walk(await actorFor("MEMBER"), { sort: "due" });
      expect(open.map((p) => p.length)).toEqual([25, 6]);
      expect(open.flat().map((i) => i.id)).toEqual(expected.filter((r) => r.status === "OPEN").sort(orderBy.due).map((r) => r.id));
      const closed = await walk(await actorFor("MEMBER"), { sort: "due", status: "CLOSED" });
      expect(closed.flat().map((i) => i.id)).toEqual(expected.filter((r) => r.status === "CLOSED").sort(orderBy.due).map((r) => r.id));
    });

    it("pages a filtered list the same way", async () => {
      const pages = await walk(await actorFor("AGENT"), { status: "OPEN" });
      expect(pages.map((p) => p.length)).toEqual([25, 6]);
      expect(pages.flat().map((i) => i.id)).toEqual(expected.filter((r) => r.status === "OPEN").sort(orderBy.newest).map((r) => r.id));
    });

    it("says there is no next page when the last page is exactly full", async () => {
      await db.inquiry.deleteMany({ where: { id: { in: expected.slice(50).map((r) => r.id) } } });
      const pages = await walk(await actorFor("AGENT"), {});
      expect(pages.map((p) => p.length)).toEqual([25, 25]);
    });
  });

  it("week: created within that Monday–Sunday week in Seoul, paged by the createdAt range", async () => {
    const actor = await actorFor("MEMBER");
    const buyer = await createCustomer(db, { type: "BUYER" });
    const user = await createCustomer(db, { type: "USER" });
    // The week of Monday 2026-03-02 (Seoul) runs from 2026-03-01T15:00Z to 2026-03-08T15:00Z.
    await createInquiry(db, { subject: "sunday before", customerId: buyer.id, createdAt: new Date("2026-03-01T14:59:59.999Z") });
    await createInquiry(db, { subject: "monday 00:00", customerId: buyer.id, createdAt: new Date("2026-03-01T15:00:00.000Z") });
    await createInquiry(db, { subject: "sunday 23:30", customerId: buyer.id, createdAt: new Date("2026-03-08T14:30:00.000Z") });
    await createInquiry(db, { subject: "user in week", customerId: user.id, createdAt: new Date("2026-03-04T03:00:00.000Z") });
    await createInquiry(db, { subject: "next monday 00:30", customerId: buyer.id, createdAt: new Date("2026-03-08T15:30:00.000Z") });

    const list = async (filters: InquiryListFilters) => subjects((await listInquiries(actor, filters, { now: NOW })).items);
    expect(await list({ week: "2026-03-02" })).toEqual(["monday 00:00", "sunday 23:30", "user in week"]);
    // With the dashboard's other filters (its customer-type figures link this way).
    expect(await list({ week: "2026-03-02", customerType: "BUYER" })).toEqual(["monday 00:00", "sunday 23:30"]);
    expect(await list({ week: "2026-03-09" })).toEqual(["next monday 00:30"]);
    // Any day of the week means that week.
    expect(await list({ week: "2026-03-05" })).toEqual(["monday 00:00", "sunday 23:30", "user in week"]);
    // Keyset pages stay inside the week.
    const pages = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listInquiries(actor, { week: "2026-03-02", sort: "oldest", cursor }, { now: NOW });
      pages.push(...page.items.map((x) => x.subject));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(pages).toEqual(["monday 00:00", "user in week", "sunday 23:30"]);
  });

  describe("query plans", () => {
    // The test tables are tiny, so the planner rightly picks a sequential scan or walks the
    // createdAt index; with those switched off, the plan shows whether the statement *can* use the
    // trigram index at all (a rewrite such as lower(body) LIKE … would lose it). The plans at scale
    // are checked by `npm run bench`.
    async function plan(filters: InquiryListFilters, { btree = true } = {}) {
      const actor = await actorFor("MEMBER");
      const { sql, shortSearch } = buildListSql(actor, inquiryListFiltersSchema.parse(filters), NOW);
      const [, , rows] = await db.$transaction([
        db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', ${btree ? "on" : "off"}, true)`,
        db.$queryRaw(shortSearch ? shortSearchSetting : Prisma.sql`SELECT 1`),
        db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`),
      ]);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    }

    beforeEach(async () => {
      for (let n = 0; n < 5; n++) await createInquiry(db, { subject: `배송 문의 ${n}`, body: "refund please" });
      await db.$executeRaw`ANALYZE "Inquiry"`;
    });

    it("uses the trigram indexes for 3+ character searches", async () => {
      const p = await plan({ q: "refund" }, { btree: false });
      expect(p).toMatch(/Inquiry_subject_idx/);
      expect(p).toMatch(/Inquiry_body_idx/);
    });

    it("uses the trigram indexes for 2-character Korean searches", async () => {
      const p = await plan({ q: "배송" }, { btree: false });
      expect(p).toMatch(/Inquiry_subject_idx/);
      expect(p).toMatch(/Inquiry_body_idx/);
    });

    it("a week filter is a createdAt range an index can seek", async () => {
      const p = await plan({ week: "2026-03-02" });
      expect(p).toMatch(/Index Cond: \(\("createdAt" >= .*"createdAt" < /s);
    });

    it("pages by an index, never OFFSET", async () => {
      const p = await plan({});
      expect(p).toMatch(/Index Scan.*Inquiry_createdAt_id_idx/);
      const { sql } = buildListSql(await actorFor("MEMBER"), inquiryListFiltersSchema.parse({}), NOW);
      expect(sql.sql).not.toMatch(/OFFSET/i);
      expect(sql.sql).not.toMatch(/count\(/i);
    });
  });
});

describe("queue filter options", () => {
  beforeEach(resetDb);

  it("lists tags (archived last) and active assignable staff for every role", async () => {
    await createTag(db, { name: "zeta" });
    await createTag(db, { name: "alpha" });
    await createTag(db, { name: "old", archived: true });
    await createUser(db, { name: "Agent A", role: "AGENT" });
    await createUser(db, { name: "Admin B", role: "ADMIN" });
    await createUser(db, { name: "Gone C", role: "AGENT", active: false });
    await createUser(db, { name: "Product D", role: "PRODUCT" });
    const member = await actorFor("MEMBER", "Member E");

    expect((await listTagOptions(member)).map((t) => t.name)).toEqual(["alpha", "zeta", "old"]);
    expect((await listStaffOptions(member)).map((u) => u.name)).toEqual(["Admin B", "Agent A"]);
  });
});
