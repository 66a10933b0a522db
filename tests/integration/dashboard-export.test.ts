/**
 * GET /api/dashboard/export — CSV downloads of the dashboard's tables and the week's inquiries.
 * The route handler is called directly with a Request; only next-auth's session lookup is stubbed
 * (the user row, the permission, the rollups and the keyset reads are real). Guards: Excel sees
 * UTF-8 (BOM), Korean survives, formula injection is neutralized, the inquiries export holds
 * exactly the week across batch boundaries, and a signed-out caller gets nothing but a 401.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createCustomer, createInquiry, createTag } from "@/prisma/seed/factories";
import { actorFor, db, resetDb } from "./helpers";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
const { GET } = await import("@/app/api/dashboard/export/route");
const { exportDashboardCsv } = await import("@/lib/dashboard/export");
const { createProblem } = await import("@/lib/board/mutations");

const WEEK = "2026-11-16"; // Monday; Seoul week = 2026-11-15T15:00Z … 2026-11-22T15:00Z
const BOM = [0xef, 0xbb, 0xbf];

function get(params: Record<string, string>, headers: Record<string, string> = { "accept-language": "en" }) {
  return GET(new Request(`http://localhost/api/dashboard/export?${new URLSearchParams(params)}`, { headers }));
}

/** The raw bytes (Response.text() would silently drop the BOM) and the text after it. */
async function read(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { bytes, text, lines: text.replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "") };
}

async function signInAs(role: "ADMIN" | "AGENT" | "PRODUCT" | "MEMBER") {
  const actor = await actorFor(role);
  session.userId = actor.id;
  return actor;
}

const HOSTILE = ['=HYPERLINK("http://x")', "+cmd", "@x", "-1+1"];

/** A week with hostile text in every column a person types: subjects, names, tags, titles, reasons. */
async function seedWeek() {
  const agent = await actorFor("AGENT", "상담원 김민지");
  const tag = await createTag(db, { name: "+cmd" });
  const korean = await createTag(db, { name: "결제" });
  const leaver = await createCustomer(db, { name: "@x", type: "BUYER" });
  const buyer = await createCustomer(db, { name: "주식회사 루프", type: "BUYER" });
  const first = await createInquiry(db, {
    customerId: leaver.id, subject: HOSTILE[0], createdAt: new Date("2026-11-16T01:00:00Z"), tagIds: [tag.id], assigneeId: agent.id,
  });
  await createInquiry(db, { customerId: buyer.id, subject: "+cmd", createdAt: new Date("2026-11-16T02:00:00Z"), channel: "CHAT" });
  await createInquiry(db, { customerId: buyer.id, subject: "@x", createdAt: new Date("2026-11-17T02:00:00Z"), tagIds: [tag.id, korean.id] });
  await createInquiry(db, { customerId: buyer.id, subject: "-1+1", createdAt: new Date("2026-11-18T02:00:00Z"), priority: "HIGH" });
  await createInquiry(db, { customerId: buyer.id, subject: "환불 요청, \"빨리\" 부탁드립니다", createdAt: new Date("2026-11-19T02:00:00Z") });
  // Outside the week on both sides.
  await createInquiry(db, { customerId: buyer.id, subject: "before", createdAt: new Date("2026-11-15T14:59:59Z") });
  await createInquiry(db, { customerId: buyer.id, subject: "after", createdAt: new Date("2026-11-22T15:00:00Z") });
  await createProblem(agent, { title: HOSTILE[0], description: "", inquiryIds: [first.id] });
  // The leaver churns on Thursday with a hostile reason.
  await db.customer.update({ where: { id: leaver.id }, data: { type: "CHURNED", churnReason: "-1+1", churnedAt: new Date("2026-11-19T05:00:00Z") } });
  await db.customerTypeChange.create({
    data: { customerId: leaver.id, fromType: "BUYER", toType: "CHURNED", reason: "-1+1", createdAt: new Date("2026-11-19T05:00:00Z") },
  });
  return { first };
}

const HEADERS: Record<string, string> = {
  inquiries: "Number,Created at,Customer,Customer type,Channel,Status,Priority,Tags,Assignee,Subject,Problem,First response at,Resolved at",
  byCustomerType: "Customer type,This week,Previous week,Change,Change (%)",
  byChannel: "Channel,This week,Previous week,Change,Change (%)",
  byTag: "Tag,This week,Previous week,Change,Change (%)",
  trend: "Week (Monday),Total,Internal,Prospect,Buyer,User,Churned",
  problems: 'List,Problem number,Title,Status,New linked inquiries,"New linked, previous week",Shipped at,Inquiries removed per week,Askers notified',
  churn: "Customer,Churned at,Reason category,Reason,Inquiries before leaving",
  satisfaction: "Scope,Measure,Value,Answers,Previous week,Small sample",
  voices: "Kind,Customer,Score,Quote,Inquiry number,Link",
};

describe("GET /api/dashboard/export", () => {
  beforeEach(async () => {
    session.userId = null;
    await resetDb();
  });

  it("answers 401 and nothing else to a signed-out caller or a deactivated user's session", async () => {
    await seedWeek();
    for (const table of ["inquiries", "byTag"]) {
      const res = await get({ week: WEEK, table });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-disposition")).toBeNull();
      expect(await res.json()).toEqual({ error: "unauthorized" });
    }
    const actor = await signInAs("ADMIN");
    await db.user.update({ where: { id: actor.id }, data: { active: false } });
    const res = await get({ week: WEEK, table: "inquiries" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
  });

  it("answers a bare 404 to an unknown table or a malformed week", async () => {
    await signInAs("MEMBER");
    for (const params of [{ week: WEEK, table: "users" }, { week: "2026-13-01", table: "byTag" }, { week: "yesterday", table: "inquiries" }, { table: "byTag" }]) {
      const res = await get(params as Record<string, string>);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: "notFound" });
    }
  });

  it.each(Object.keys(HEADERS))("%s: a UTF-8 CSV with BOM, the right header and an attachment name", async (table) => {
    await seedWeek();
    await signInAs("MEMBER");
    const res = await get({ week: WEEK, table });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const kebab = table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="loopdesk-${WEEK}-${kebab}.csv"`);
    const { bytes, lines } = await read(res);
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    expect(lines[0]).toBe(HEADERS[table]);
  });

  it("neutralizes formulas in every typed column and keeps Korean intact", async () => {
    await seedWeek();
    await signInAs("AGENT");
    const inquiries = (await read(await get({ week: WEEK, table: "inquiries" }))).text;
    expect(inquiries).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(inquiries).toContain(",'+cmd,");
    expect(inquiries).toContain(",'@x,");
    expect(inquiries).toContain(",'-1+1,");
    expect(inquiries).toContain(`"환불 요청, ""빨리"" 부탁드립니다"`);
    expect(inquiries).toContain("상담원 김민지");
    expect(inquiries).toContain("'+cmd; 결제"); // tags joined, first one neutralized
    expect(inquiries).not.toMatch(/(^|,)[=+\-@][^,]/m);

    const byTag = (await read(await get({ week: WEEK, table: "byTag" }))).lines;
    expect(byTag).toContain("'+cmd,2,0,2,");
    expect(byTag).toContain("결제,1,0,1,");
    const churn = (await read(await get({ week: WEEK, table: "churn" }))).lines;
    expect(churn[1]).toMatch(/^'@x,2026-11-19 14:00,,'-1\+1,1$/);
    const problems = (await read(await get({ week: WEEK, table: "problems" }))).text;
    expect(problems).toContain(`"'=HYPERLINK(""http://x"")"`);
    const voices = (await read(await get({ week: WEEK, table: "voices" }))).text;
    expect(voices).toContain("'@x"); // the churned customer's last inquiry, quoted by name
    const byType = (await read(await get({ week: WEEK, table: "byCustomerType" }))).lines;
    expect(byType).toContain("Buyer,5,1,4,400"); // the "before" inquiry is the previous week's
  });

  it("writes Korean headers and labels for a Korean reader", async () => {
    await seedWeek();
    await signInAs("PRODUCT");
    const { lines } = await read(await get({ week: WEEK, table: "inquiries" }, { cookie: "loopdesk-locale=ko" }));
    expect(lines[0]).toBe("번호,접수 시각,고객,고객 유형,채널,상태,우선순위,태그,담당자,제목,연결된 문제,첫 응답 시각,해결 시각");
    expect(lines.some((l) => l.includes(",주식회사 루프,구매 고객,채팅,신규,보통,"))).toBe(true);
  });

  it("the inquiries export holds exactly the week's inquiries, oldest first, in org time", async () => {
    await seedWeek();
    await signInAs("MEMBER");
    const { lines } = await read(await get({ week: WEEK, table: "inquiries" }));
    const rows = lines.slice(1);
    expect(rows).toHaveLength(5);
    expect(rows.map((l) => l.split(",")[1])).toEqual(["2026-11-16 10:00", "2026-11-16 11:00", "2026-11-17 11:00", "2026-11-18 11:00", "2026-11-19 11:00"]);
    expect(rows.join("\n")).not.toMatch(/before|after/);
  });
});

describe("exportDashboardCsv: inquiries streamed in keyset batches", () => {
  beforeEach(resetDb);

  it("crosses batch boundaries without losing or repeating a row, even on equal timestamps", async () => {
    const customer = await createCustomer(db, { name: "Batch" });
    const same = new Date("2026-11-18T00:00:00Z");
    const created = [
      await createInquiry(db, { customerId: customer.id, createdAt: new Date("2026-11-15T15:00:00Z") }), // the week's first instant
      ...(await Promise.all([1, 2, 3, 4, 5].map(() => createInquiry(db, { customerId: customer.id, createdAt: same })))),
      await createInquiry(db, { customerId: customer.id, createdAt: new Date("2026-11-22T14:59:59.999Z") }), // its last
    ];
    await createInquiry(db, { customerId: customer.id, createdAt: new Date("2026-11-22T15:00:00Z") });
    const member = await actorFor("MEMBER");
    for (const batchSize of [2, 3, 7, 2000]) {
      const { body, filename } = await exportDashboardCsv(member, { week: "2026-11-18", table: "inquiries", locale: "en", batchSize });
      expect(filename).toBe("loopdesk-2026-11-16-inquiries.csv");
      const text = await new Response(body).text();
      const numbers = text.split("\r\n").slice(1).filter(Boolean).map((l) => Number(l.split(",")[0]));
      expect(numbers.sort((a, b) => a - b), `batch ${batchSize}`).toEqual(created.map((i) => i.number).sort((a, b) => a - b));
    }
  });
});
