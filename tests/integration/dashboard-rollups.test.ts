import { beforeEach, describe, expect, it } from "vitest";
import { reconcileProblemRollups } from "@/lib/board/rollups";
import { createProblem, linkInquiries, moveProblem, shipProblem, unlinkInquiry } from "@/lib/board/mutations";
import { rebuildDashboardRollups, reconcileDashboardRollups, syncOrgTimeZone } from "@/lib/dashboard/rollups";
import { changeInquiryCustomerType, changeInquiryStatus, createInquiry, replyToInquiry, setInquiryTags } from "@/lib/inquiries/mutations";
import { recordInquiryView } from "@/lib/inquiries/queries";
import { channels, customerTypes } from "@/lib/inquiries/rules";
import { submitSurveyAnswer } from "@/lib/surveys/answer";
import { surveyUrl } from "@/lib/surveys/requests";
import { reconcileSurveyRollups } from "@/lib/surveys/rollups";
import { weekStart } from "@/lib/time/week";
import { createCustomer, createInquiry as insertInquiry, createTag } from "@/prisma/seed/factories";
import { createRandom } from "@/prisma/seed/random";
import { actorFor, db, resetDb } from "./helpers";

// The dashboard reads rollups kept by database triggers. After any mix of writes through the app
// (and rows inserted directly, as the seeds do), the rollups must equal a recomputation from the
// raw rows — zero differences.

const TZ = "Asia/Seoul";
beforeEach(resetDb);

const version = async (inquiryId: string) =>
  (await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { version: true } })).version;

describe("dashboard rollups", () => {
  it("count inquiries per week, type and channel, tags, first response and resolution — Seoul weeks", async () => {
    const agent = await actorFor("AGENT");
    const customer = await createCustomer(db, { type: "BUYER" });
    const billing = await createTag(db, { name: "billing" });
    // Sunday 23:30 Seoul (14:30 UTC) belongs to the week that began Monday 2026-03-02 00:00 Seoul.
    const sunday = await insertInquiry(db, { customerId: customer.id, customerType: "BUYER", channel: "EMAIL", createdAt: new Date("2026-03-08T14:30:00Z"), tagIds: [billing.id] });
    // Monday 00:30 Seoul (Sunday 15:30 UTC) is the next week.
    await insertInquiry(db, { customerId: customer.id, customerType: "BUYER", channel: "EMAIL", createdAt: new Date("2026-03-08T15:30:00Z") });

    const weeks = await db.inquiryWeek.findMany({ orderBy: { weekStart: "asc" } });
    expect(weeks.map((w) => [w.weekStart.toISOString(), w.customerType, w.channel, w.created])).toEqual([
      ["2026-03-01T15:00:00.000Z", "BUYER", "EMAIL", 1],
      ["2026-03-08T15:00:00.000Z", "BUYER", "EMAIL", 1],
    ]);
    expect(await db.inquiryTagWeek.findMany()).toEqual([{ weekStart: new Date("2026-03-01T15:00:00.000Z"), tagId: billing.id, count: 1 }]);

    // First reply 2 hours after creation; resolved (late: after the due time) the next day.
    await db.inquiry.update({ where: { id: sunday.id }, data: { firstResponseAt: new Date("2026-03-08T16:30:00Z") } });
    await db.inquiry.update({ where: { id: sunday.id }, data: { dueAt: new Date("2026-03-09T00:00:00Z"), resolvedAt: new Date("2026-03-09T14:30:00Z"), status: "RESOLVED" } });
    const timing = await db.inquiryTimingWeek.findMany({ orderBy: { metric: "asc" } });
    expect(timing.map((t) => [t.weekStart.toISOString(), t.metric, t.customerType, t.withinSla, t.count])).toEqual([
      ["2026-03-08T15:00:00.000Z", "FIRST_RESPONSE", "BUYER", false, 1],
      ["2026-03-08T15:00:00.000Z", "RESOLUTION", "BUYER", false, 1],
    ]);
    // Retyping the inquiry moves every count that is keyed by its type.
    await changeInquiryCustomerType(agent, { inquiryId: sunday.id, expectedVersion: await version(sunday.id), customerType: "CHURNED" });
    expect((await db.inquiryTimingWeek.findMany({ where: { count: { gt: 0 } } })).every((t) => t.customerType === "CHURNED")).toBe(true);
    expect(await reconcileDashboardRollups(db)).toEqual([]);
  });

  it("a randomized workload through the app leaves zero differences with the raw rows", async () => {
    const random = createRandom(42);
    const agent = await actorFor("AGENT");
    const product = await actorFor("PRODUCT");
    const member = await actorFor("MEMBER");
    const admin = await actorFor("ADMIN");
    const tags = await Promise.all(["billing", "bug", "delivery", "how-to"].map((name) => createTag(db, { name })));
    const customers = await Promise.all(customerTypes.map((type, k) => createCustomer(db, { type, email: `c${k}@example.com` })));
    const ids: string[] = [];
    // Some history inserted directly (as the seeds do), spread over weeks.
    for (let k = 0; k < 12; k++) {
      const row = await insertInquiry(db, {
        customerId: random.pick(customers).id, customerType: random.pick(customerTypes), channel: random.pick(channels),
        createdAt: new Date(Date.now() - random.int(1, 60) * 86_400_000), tagIds: random.chance(0.5) ? [random.pick(tags).id] : [],
      });
      ids.push(row.id);
    }
    let problemId: string | null = null;
    for (let step = 0; step < 80; step++) {
      const id = ids.length ? random.pick(ids) : null;
      const action = random.int(0, 9);
      try {
        if (action <= 1 || !id) {
          const created = await createInquiry(agent, {
            customerId: random.pick(customers).id, channel: random.pick(channels), subject: `Inquiry ${step}`, body: "Body",
            tagIds: random.chance(0.5) ? [random.pick(tags).id] : [], customerType: random.chance(0.3) ? random.pick(customerTypes) : undefined,
          });
          ids.push(created.id);
        } else if (action === 2) {
          await replyToInquiry(agent, { inquiryId: id, expectedVersion: await version(id), body: "Reply" });
        } else if (action === 3) {
          await changeInquiryStatus(agent, { inquiryId: id, expectedVersion: await version(id), status: "RESOLVED" });
        } else if (action === 4) {
          await changeInquiryStatus(agent, { inquiryId: id, expectedVersion: await version(id), status: "OPEN" });
        } else if (action === 5) {
          const pick = tags.filter(() => random.chance(0.4)).map((t) => t.id);
          await setInquiryTags(agent, { inquiryId: id, expectedVersion: await version(id), tagIds: pick });
        } else if (action === 6) {
          await changeInquiryCustomerType(agent, { inquiryId: id, expectedVersion: await version(id), customerType: random.pick(customerTypes) });
        } else if (action === 7) {
          await recordInquiryView(random.pick([agent, product, member, admin]), id);
        } else if (action === 8) {
          if (!problemId) problemId = (await createProblem(agent, { title: "Export fails", inquiryIds: [id] })).problemId;
          else if (random.chance(0.7)) await linkInquiries(agent, { problemId, inquiryIds: [id] });
          else await unlinkInquiry(agent, { inquiryId: id });
        } else if (action === 9 && random.chance(0.5)) {
          // A customer answers the survey of a resolved inquiry (through the public answer path).
          const request = await db.surveyRequest.findFirst({ where: { answeredAt: null }, orderBy: { createdAt: "desc" } });
          if (request) {
            const token = surveyUrl(request).split("/s/")[1];
            await submitSurveyAnswer(token, { csat: random.int(1, 5), comment: `Answer ${step}` }, { ip: `10.0.0.${step}` });
          }
        } else if (problemId && random.chance(0.3)) {
          const { version: v } = await db.problem.findUniqueOrThrow({ where: { id: problemId }, select: { version: true } });
          const accepted = await moveProblem(product, { problemId, expectedVersion: v, status: "ACCEPTED" }).catch(() => null);
          if (accepted) await shipProblem(product, { problemId, releaseNote: "Fixed.", resolveLinked: true });
          problemId = null;
        }
      } catch (error) {
        // Invalid transitions and the like are part of a random workload; anything else is a bug.
        if (!(error instanceof Error) || !/Transition|Conflict|NotFound|Field/.test(error.constructor.name)) throw error;
      }
    }
    expect(await db.inquiryWeek.count()).toBeGreaterThan(1);
    expect(await db.inquiryTimingWeek.count()).toBeGreaterThan(0);
    expect(await db.inquiryNonCsRead.count()).toBeGreaterThan(0);
    expect(await db.surveyResponse.count()).toBeGreaterThan(0);
    expect(await db.openDueDay.count()).toBeGreaterThan(0);
    expect(await reconcileDashboardRollups(db)).toEqual([]);
    expect(await reconcileSurveyRollups(db)).toEqual([]);
    expect(await reconcileProblemRollups(db, { timeZone: TZ })).toEqual([]);
  });

  it("reconcile reports drift, and a rebuild repairs it", async () => {
    const customer = await createCustomer(db);
    await insertInquiry(db, { customerId: customer.id, channel: "PHONE", customerType: "USER" });
    await db.inquiryWeek.updateMany({ data: { created: 7 } });
    const differences = await reconcileDashboardRollups(db);
    expect(differences).toEqual([expect.objectContaining({ table: "InquiryWeek", column: "created", stored: 7, expected: 1 })]);
    await rebuildDashboardRollups(db);
    expect(await reconcileDashboardRollups(db)).toEqual([]);
  });

  it("computes weeks in the org time zone the app runs with", async () => {
    const customer = await createCustomer(db);
    const at = new Date("2026-03-08T16:00:00Z"); // Monday 01:00 Seoul, still Sunday in UTC
    await insertInquiry(db, { customerId: customer.id, createdAt: at });
    expect((await db.inquiryWeek.findFirstOrThrow()).weekStart.toISOString()).toBe(weekStart(at, TZ).toISOString());
    expect(await syncOrgTimeZone(db, "UTC")).toBe(true);
    expect((await db.inquiryWeek.findFirstOrThrow({ where: { created: { gt: 0 } } })).weekStart.toISOString()).toBe(weekStart(at, "UTC").toISOString());
    expect(await reconcileDashboardRollups(db)).toEqual([]);
  });
});
