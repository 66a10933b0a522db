/**
 * The demo organization: staff, taxonomy, SLA targets, ~40 customers and ~1,500 inquiries over
 * the last 12 weeks (relative to the seed's `now`, so the demo always looks current).
 *
 * Idempotent: users, tags, reasons and SLA targets are upserts; customers and their type history
 * have fixed ids and emails (inserted with skipDuplicates); the inquiries are inserted in one
 * transaction only when the first demo inquiry is absent, and so are the fix-board problems
 * (demo-problems.ts). `reset` empties every table first.
 * Deterministic: one fixed PRNG seed, `now` rounded down to the hour.
 */
import { createHash } from "node:crypto";
import { DEFAULT_ORG_TIME_ZONE } from "../../lib/board/rollups";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { defaultSlaTargets, priorities, type CustomerType, type SlaTargets } from "../../lib/inquiries/rules";
import { addWeeks, weekStart } from "../../lib/time/week";
import { demoCustomers, type DemoTagName, type DemoWhen } from "./demo-customers";
import { buildDemoInquiries, type DemoCustomerRef, type DemoStaff, type DemoStaffKey } from "./demo-inquiries";
import { seedDemoProblems } from "./demo-problems";
import { seedDemoSurveys } from "./demo-surveys";
import { seedDemoVisibility } from "./demo-visibility";
import { buildCustomer, demoPasswordHash } from "./factories";
import { createRandom } from "./random";
import { truncateAll } from "./truncate";

export const demoUsers = [
  { email: "admin@loopdesk.test", name: "Minji Kim (Admin)", role: "ADMIN" },
  { email: "agent@loopdesk.test", name: "Jisoo Park", role: "AGENT" },
  { email: "agent2@loopdesk.test", name: "Alex Chen", role: "AGENT" },
  { email: "product@loopdesk.test", name: "Dohyun Lee (Product)", role: "PRODUCT" },
  { email: "member@loopdesk.test", name: "Sora Choi (Marketing)", role: "MEMBER" },
] as const;

export const demoTags = [
  ["billing", "amber"], ["delivery", "sky"], ["bug", "rose"], ["how-to", "indigo"],
  ["feature request", "violet"], ["complaint", "rose"], ["account", "slate"], ["refund", "amber"],
] as const satisfies readonly (readonly [DemoTagName, string])[];

export const demoChurnReasons = ["Price", "Missing feature", "Product quality", "Service experience", "Switched to competitor", "No longer needed"];

export const DEMO_SEED = 20261123;
export const DEMO_INQUIRY_COUNT = 1500;

const staffKeys: Record<(typeof demoUsers)[number]["email"], DemoStaffKey> = {
  "admin@loopdesk.test": "admin",
  "agent@loopdesk.test": "agent",
  "agent2@loopdesk.test": "agent2",
  "product@loopdesk.test": "product",
  "member@loopdesk.test": "member",
};
/** How each staff member signs a reply, per language. */
const signatures: Record<DemoStaffKey, { ko: string; en: string }> = {
  admin: { ko: "김민지", en: "Minji Kim" },
  agent: { ko: "박지수", en: "Jisoo Park" },
  agent2: { ko: "알렉스", en: "Alex Chen" },
  product: { ko: "이도현", en: "Dohyun Lee" },
  member: { ko: "최소라", en: "Sora Choi" },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A stable UUID for a demo row (name-based, like UUID v5), so re-runs and resets find the same ids. */
export function demoId(kind: string, key: string | number): string {
  const h = createHash("sha1").update(`loopdesk-demo/${kind}/${key}`).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The seed's clock: now, rounded down to the hour (data is laid out relative to it). */
export const demoNow = (at = new Date()) => new Date(Math.floor(at.getTime() / HOUR) * HOUR);

export interface SeedDemoOptions {
  reset?: boolean;
  now?: Date;
  inquiries?: number;
  /**
   * The org time zone (lib/env.ts ORG_TIME_ZONE): the weeks the rollups are cut in, and those the
   * recent churns and product responses are pinned to (the dashboard's last complete week).
   */
  timeZone?: string;
}

export interface SeedDemoResult {
  customers: number;
  /** Inquiries created by this run (0 when the demo inquiries already existed). */
  inquiriesCreated: number;
  /** Fix-board problems created by this run (0 when they already existed). */
  problemsCreated: number;
  /** Survey requests and answers created by this run (0 when they already existed). */
  surveysCreated: { requests: number; responses: number };
}

export async function seedDemo(db: PrismaClient, opts: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  if (opts.reset) await truncateAll(db);
  const now = opts.now ?? demoNow();
  const timeZone = opts.timeZone ?? DEFAULT_ORG_TIME_ZONE;
  const passwordHash = demoPasswordHash();

  const staff = {} as DemoStaff;
  for (const u of demoUsers) {
    const user = await db.user.upsert({ where: { email: u.email }, update: {}, create: { ...u, passwordHash } });
    staff[staffKeys[u.email]] = { id: user.id, name: user.name, signature: signatures[staffKeys[u.email]] };
  }
  const tagIds = {} as Record<DemoTagName, string>;
  for (const [name, color] of demoTags) {
    tagIds[name] = (await db.tag.upsert({ where: { name }, update: {}, create: { name, color } })).id;
  }
  const reasonIds = new Map<string, string>();
  for (const name of demoChurnReasons) {
    reasonIds.set(name, (await db.churnReasonCategory.upsert({ where: { name }, update: {}, create: { name } })).id);
  }
  for (const priority of priorities) {
    await db.slaTarget.upsert({ where: { priority }, update: {}, create: { priority, ...defaultSlaTargets[priority] } });
  }

  const customers = await seedDemoCustomers(db, now, timeZone, staff, reasonIds);

  const inquiriesCreated = await seedDemoInquiries(db, now, opts.inquiries ?? DEMO_INQUIRY_COUNT, staff, tagIds, customers);
  // After the inquiries (it links them), also when they came from an earlier run.
  const problemsCreated = await seedDemoProblems(db, { now, staff, timeZone }, demoId);
  // After the inquiries: a survey belongs to a resolved one.
  const surveysCreated = await seedDemoSurveys(db, { now, staff, customers, timeZone }, demoId);
  await seedDemoVisibility(db, { now, staff, timeZone });
  return { customers: customers.length, inquiriesCreated, problemsCreated, surveysCreated };
}

/** The demo inquiries, in one transaction, unless the first one exists. Returns how many were created. */
async function seedDemoInquiries(
  db: PrismaClient,
  now: Date,
  count: number,
  staff: DemoStaff,
  tagIds: Record<DemoTagName, string>,
  customers: DemoCustomerRef[],
): Promise<number> {
  const firstId = demoId("inquiry", 0);
  if (await db.inquiry.findUnique({ where: { id: firstId }, select: { id: true } })) return 0;
  // Admins may have changed the targets; the demo's due times follow what is configured.
  const sla = { ...defaultSlaTargets } as SlaTargets;
  for (const row of await db.slaTarget.findMany()) sla[row.priority] = row;

  const rows = buildDemoInquiries({
    random: createRandom(DEMO_SEED),
    now,
    count,
    staff,
    tagIds,
    customers,
    sla,
    inquiryId: (i) => demoId("inquiry", i),
  });
  // All or nothing, so "the first demo inquiry exists" always means "the demo inquiries exist".
  await db.$transaction(
    async (tx) => {
      for (const batch of chunks(rows.inquiries, 500)) await tx.inquiry.createMany({ data: batch });
      for (const batch of chunks(rows.tags, 2000)) await tx.inquiryTag.createMany({ data: batch });
      for (const batch of chunks(rows.events, 2000)) await tx.inquiryEvent.createMany({ data: batch });
      for (const batch of chunks(rows.views, 2000)) await tx.inquiryView.createMany({ data: batch });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return rows.inquiries.length;
}

/**
 * Inserts the demo customers (payers before the users they pay for) and their type history,
 * then reads them back, so the inquiries follow what is stored even when the customers came
 * from an earlier run.
 */
async function seedDemoCustomers(
  db: PrismaClient,
  now: Date,
  timeZone: string,
  staff: DemoStaff,
  reasonIds: Map<string, string>,
): Promise<DemoCustomerRef[]> {
  const r = createRandom(DEMO_SEED + 1);
  const nowMs = now.getTime();
  const thisWeek = weekStart(now, timeZone);
  // A customer's history in absolute time; minutes jitter so nothing sits exactly on the hour.
  const at = (h: DemoWhen) => {
    if ("daysAgo" in h) return new Date(nowMs - h.daysAgo * DAY - r.int(30, 9 * 60) * 60_000);
    // A weekday and hour of an org-time-zone week (the days of a week without a DST switch).
    const t = addWeeks(thisWeek, h.week, timeZone).getTime() + h.day * DAY + h.h * HOUR + r.int(0, 40) * 60_000;
    return new Date(Math.min(t, nowMs - HOUR));
  };
  const timeline = new Map(demoCustomers.map((spec) => [spec.email, spec.history.map((h) => ({ ...h, at: at(h) }))]));
  const row = (spec: (typeof demoCustomers)[number], paidById?: string): Prisma.CustomerCreateManyInput => {
    const steps = timeline.get(spec.email)!;
    const last = steps[steps.length - 1];
    const churned = last.type === "CHURNED" && spec.churn;
    return buildCustomer({
      id: demoId("customer", spec.email),
      name: spec.name,
      email: spec.email,
      phone: spec.phone,
      company: spec.company ?? null,
      type: last.type,
      paidById: paidById ?? null,
      churnReason: churned ? spec.churn!.reason : null,
      churnReasonCategoryId: churned ? reasonIds.get(spec.churn!.category)! : null,
      churnedAt: churned ? last.at : null,
      version: steps.length,
      createdAt: steps[0].at,
      updatedAt: last.at,
    });
  };
  const emails = demoCustomers.map((c) => c.email);
  await db.customer.createMany({ data: demoCustomers.filter((c) => !c.paidBy).map((c) => row(c)), skipDuplicates: true });
  const payers = new Map(
    (await db.customer.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((c) => [c.email, c.id]),
  );
  await db.customer.createMany({
    data: demoCustomers.filter((c) => c.paidBy).map((c) => row(c, payers.get(c.paidBy!))),
    skipDuplicates: true,
  });
  const stored = new Map(
    (await db.customer.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((c) => [c.email, c.id]),
  );

  await db.customerTypeChange.createMany({
    data: demoCustomers.flatMap((spec) =>
      timeline.get(spec.email)!.map((step, i, steps) => ({
        id: demoId("type-change", `${spec.email}/${i}`),
        customerId: stored.get(spec.email)!,
        fromType: i ? steps[i - 1].type : null,
        toType: step.type,
        reason: step.type === "CHURNED" ? (spec.churn?.reason ?? null) : null,
        reasonCategoryId: step.type === "CHURNED" && spec.churn ? reasonIds.get(spec.churn.category)! : null,
        // Whoever recorded it; the first row is whoever added the customer.
        actorId: staff[step.by ?? (spec.lang === "en" ? "agent2" : "agent")].id,
        createdAt: step.at,
      })),
    ),
    skipDuplicates: true,
  });

  const saved = await db.customer.findMany({
    where: { email: { in: emails } },
    select: {
      id: true, email: true, type: true, createdAt: true, churnedAt: true,
      typeChanges: { select: { toType: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const byEmail = new Map(saved.map((c) => [c.email, c]));
  // In the spec's order: the inquiry generator's picks depend on it (determinism).
  return demoCustomers.map((spec) => {
    const c = byEmail.get(spec.email)!;
    return {
    id: c.id,
    spec,
    createdAt: c.createdAt,
    churnedAt: c.churnedAt,
    types: c.typeChanges.length
      ? c.typeChanges.map((t) => ({ type: t.toType as CustomerType, at: t.createdAt }))
      : [{ type: c.type as CustomerType, at: c.createdAt }],
    };
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
