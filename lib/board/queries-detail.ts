import "server-only";
import { isUuid } from "@/lib/ids";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { customerTypes, openStatuses, type CustomerType, type InquiryStatus } from "@/lib/inquiries/rules";
import {
  allowedProblemMoves, impactScore, inquiriesRemoved, type CustomersByType, type ProblemStatus, type TypeWeights,
} from "./rules";
import { problemScope } from "./scope";
import { loadTypeWeights } from "./weights";
import {
  byType, listProblemOwners, loadProblemCsat, RECENT_WEEKS, startOfWeek, stepWeeks, weeksAfterElapsed, type ProblemCsat,
  type RemovedSummary, type UserRef,
} from "./queries-shared";
import { decodeInquiryCursor, encodeInquiryCursor, quoteOf } from "./queries-view";

/** A problem's page: getProblemDetail, plus the merge picker's search and the ship dialog's preview. */
export const PROBLEM_INQUIRIES_PAGE_SIZE = 20;
const PROBLEM_EVENTS_LIMIT = 200;
const PROBLEM_CUSTOMERS_LIMIT = 50;
const CHART_WEEKS = 12;

export type ProblemEventItem = {
  id: string;
  kind: "CREATED" | "STATUS" | "OWNER" | "LINKED" | "UNLINKED" | "MERGED" | "COMMENT" | "EDITED";
  body: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
  actor: UserRef | null;
};

export type LinkedInquiry = {
  id: string;
  number: number;
  subject: string;
  /** The start of the customer's own words, verbatim (cut at QUOTE_LENGTH with "…"). */
  quote: string;
  customer: UserRef;
  /** The customer's type when they asked (the inquiry's snapshot). */
  customerType: CustomerType;
  status: InquiryStatus;
  createdAt: Date;
};

export type ImpactBreakdown = {
  score: number;
  /** One term per customer type with customers: customers × weight = points. */
  terms: { type: CustomerType; customers: number; weight: number; points: number }[];
  /** Σ points, before the recency factor. */
  people: number;
  linkedCount: number;
  recentCount: number;
  recentWeeks: number;
  /** recentCount / linkedCount, capped at 1: the score is people × (1 + recencyShare). */
  recencyShare: number;
  /** Every type’s weight (admin-set or default), for "weights: churned 3, buyer 2, …". */
  weights: TypeWeights;
};

export type RemovedDetail = RemovedSummary & {
  shipWeek: Date;
  before: { weekStart: Date; count: number }[];
  after: { weekStart: Date; count: number }[];
};

export type ProblemDetail = {
  id: string;
  number: number;
  title: string;
  description: string;
  status: ProblemStatus;
  owner: UserRef | null;
  createdBy: UserRef | null;
  declineReason: string | null;
  releaseNote: string | null;
  respondedAt: Date | null;
  shippedAt: Date | null;
  createdAt: Date;
  version: number;
  mergedInto: { id: string; number: number; title: string } | null;
  mergedFrom: { id: string; number: number; title: string }[];
  linkedCount: number;
  customerCount: number;
  customersByType: CustomersByType;
  /** Oldest first; the most recent PROBLEM_EVENTS_LIMIT when there are more (eventsTruncated). */
  events: ProblemEventItem[];
  eventsTruncated: boolean;
  inquiries: { items: LinkedInquiry[]; nextCursor: string | null };
  /** The most-affected customers first (at most PROBLEM_CUSTOMERS_LIMIT; customerCount has all). */
  customers: { id: string; name: string; type: CustomerType; inquiryCount: number; lastInquiryAt: Date }[];
  /** Linked inquiries per week (by when they were asked), oldest first, every week present. */
  weekly: { weekStart: Date; count: number }[];
  impact: ImpactBreakdown;
  /** CSAT of the linked inquiries' survey answers. */
  csat: ProblemCsat;
  removed: RemovedDetail | null;
  /** Moves this actor may make (empty unless they may manage the board, or when merged). */
  allowedMoves: readonly ProblemStatus[];
  permissions: { manage: boolean; push: boolean; comment: boolean };
  /** Choices for the owner select (manage only). */
  owners: UserRef[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Everything a problem's page shows. A merged problem still reads (with `mergedInto`, so the page
 * can point at the target). `cursor` pages the linked inquiries (newest first, 20 a page).
 * @throws NotFoundError when the id does not exist. ForbiddenError when the actor may not read the board.
 */
export async function getProblemDetail(
  actor: Actor,
  problemId: string,
  options: { cursor?: string | null; now?: Date } = {},
): Promise<ProblemDetail> {
  assertCan(actor, "board.read");
  if (!isUuid(problemId)) throw new NotFoundError("problem");
  const now = options.now ?? new Date();
  const cursor = decodeInquiryCursor(options.cursor);
  const manage = can(actor, "board.manage");

  const [problem, events, inquiries, customers, weekRows, weights, owners, csat] = await Promise.all([
    db.problem.findFirst({
      where: { AND: [{ id: problemId }, problemScope(actor)] },
      select: {
        id: true, number: true, title: true, description: true, status: true, declineReason: true, releaseNote: true,
        respondedAt: true, shippedAt: true, createdAt: true, version: true, linkedCount: true, customerCount: true,
        internalCustomers: true, prospectCustomers: true, buyerCustomers: true, userCustomers: true, churnedCustomers: true,
        owner: { select: { id: true, name: true } },
        createdBy: { select: { id: true, name: true } },
        mergedInto: { select: { id: true, number: true, title: true } },
        mergedFrom: { select: { id: true, number: true, title: true }, orderBy: { number: "asc" } },
      },
    }),
    db.problemEvent.findMany({
      where: { problemId },
      select: { id: true, kind: true, body: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
      // Kind breaks ties in enum order, so "created" precedes the links written in the same transaction.
      orderBy: [{ createdAt: "desc" }, { kind: "desc" }, { id: "desc" }],
      take: PROBLEM_EVENTS_LIMIT + 1,
    }),
    db.inquiry.findMany({
      where: {
        problemId,
        ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
      },
      select: {
        id: true, number: true, subject: true, body: true, customerType: true, status: true, createdAt: true,
        customer: { select: { id: true, name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PROBLEM_INQUIRIES_PAGE_SIZE + 1,
    }),
    db.problemCustomer.findMany({
      where: { problemId },
      select: { customerType: true, inquiryCount: true, lastInquiryAt: true, customer: { select: { id: true, name: true } } },
      orderBy: [{ inquiryCount: "desc" }, { lastInquiryAt: "desc" }],
      take: PROBLEM_CUSTOMERS_LIMIT,
    }),
    db.problemWeek.findMany({ where: { problemId }, select: { weekStart: true, count: true }, orderBy: { weekStart: "asc" } }),
    loadTypeWeights(),
    manage ? listProblemOwners() : Promise.resolve([]),
    loadProblemCsat([problemId]),
  ]);
  if (!problem) throw new NotFoundError("problem");

  const thisWeek = startOfWeek(now);
  const weekly = new Map(weekRows.map((w) => [w.weekStart.toISOString(), w.count]));
  const recentStart = stepWeeks(thisWeek, -(RECENT_WEEKS - 1)).getTime();
  const recentCount = weekRows.reduce((sum, w) => (w.weekStart.getTime() >= recentStart ? sum + w.count : sum), 0);
  const customersByType = byType({
    internal: problem.internalCustomers, prospect: problem.prospectCustomers, buyer: problem.buyerCustomers,
    user: problem.userCustomers, churned: problem.churnedCustomers,
  });

  const page = inquiries.slice(0, PROBLEM_INQUIRIES_PAGE_SIZE);
  const last = page.at(-1);
  const shipWeek = problem.status === "SHIPPED" && problem.shippedAt ? startOfWeek(problem.shippedAt) : null;

  return {
    id: problem.id,
    number: problem.number,
    title: problem.title,
    description: problem.description,
    status: problem.status,
    owner: problem.owner,
    createdBy: problem.createdBy,
    declineReason: problem.declineReason,
    releaseNote: problem.releaseNote,
    respondedAt: problem.respondedAt,
    shippedAt: problem.shippedAt,
    createdAt: problem.createdAt,
    version: problem.version,
    mergedInto: problem.mergedInto,
    mergedFrom: problem.mergedFrom,
    linkedCount: problem.linkedCount,
    customerCount: problem.customerCount,
    customersByType,
    events: events.slice(0, PROBLEM_EVENTS_LIMIT).reverse().map((e) => ({ ...e, data: isRecord(e.data) ? e.data : null })),
    eventsTruncated: events.length > PROBLEM_EVENTS_LIMIT,
    inquiries: {
      items: page.map((i) => ({
        id: i.id, number: i.number, subject: i.subject, quote: quoteOf(i.body), customer: i.customer,
        customerType: i.customerType, status: i.status, createdAt: i.createdAt,
      })),
      nextCursor: inquiries.length > PROBLEM_INQUIRIES_PAGE_SIZE && last ? encodeInquiryCursor(last.createdAt, last.id) : null,
    },
    customers: customers.map((c) => ({ ...c.customer, type: c.customerType, inquiryCount: c.inquiryCount, lastInquiryAt: c.lastInquiryAt })),
    weekly: chartWeeks(problem.createdAt, weekRows, thisWeek, shipWeek).map((w) => ({ weekStart: w, count: weekly.get(w.toISOString()) ?? 0 })),
    impact: impactBreakdown(customersByType, problem.linkedCount, recentCount, weights),
    csat: csat.get(problem.id) ?? { csat: null, responses: 0 },
    removed: shipWeek ? removedDetail(weekly, shipWeek, now) : null,
    allowedMoves: manage && !problem.mergedInto ? allowedProblemMoves(problem.status) : [],
    permissions: { manage, push: can(actor, "board.push"), comment: can(actor, "board.comment") },
    owners,
  };
}

/**
 * The chart's weeks: the last CHART_WEEKS, or since the problem's first week when that is later;
 * for a shipped problem always from 4 weeks before the ship week, so before/after is visible.
 */
function chartWeeks(createdAt: Date, rows: { weekStart: Date }[], thisWeek: Date, shipWeek: Date | null): Date[] {
  let start = stepWeeks(thisWeek, -(CHART_WEEKS - 1));
  const firstData = rows[0]?.weekStart;
  const created = startOfWeek(createdAt);
  const first = firstData && firstData.getTime() < created.getTime() ? firstData : created;
  if (first.getTime() > start.getTime()) start = first;
  if (shipWeek) {
    const beforeShip = stepWeeks(shipWeek, -4);
    if (beforeShip.getTime() < start.getTime()) start = beforeShip;
  }
  const weeks: Date[] = [];
  for (let w = start; w.getTime() <= thisWeek.getTime() && weeks.length < 260; w = stepWeeks(w, 1)) weeks.push(w);
  return weeks;
}

function impactBreakdown(customersByType: CustomersByType, linkedCount: number, recentCount: number, weights: TypeWeights): ImpactBreakdown {
  // Heaviest types first, so the sentence reads "3 churned × 3 + 5 buyers × 2 + …".
  const terms = customerTypes
    .filter((type) => customersByType[type] > 0)
    .map((type) => ({ type, customers: customersByType[type], weight: weights[type], points: customersByType[type] * weights[type] }))
    .sort((a, b) => b.weight - a.weight);
  return {
    score: impactScore({ customersByType, linkedCount, recentCount }, weights),
    terms,
    people: terms.reduce((sum, t) => sum + t.points, 0),
    linkedCount,
    recentCount,
    recentWeeks: RECENT_WEEKS,
    recencyShare: linkedCount > 0 ? Math.min(1, recentCount / linkedCount) : 0,
    weights,
  };
}

function removedDetail(weekly: Map<string, number>, shipWeek: Date, now: Date): RemovedDetail {
  const r = inquiriesRemoved(weekly, shipWeek, stepWeeks);
  const at = (offsets: number[], counts: number[]) => offsets.map((o, i) => ({ weekStart: stepWeeks(shipWeek, o), count: counts[i] }));
  return {
    shipWeek,
    beforePerWeek: r.beforePerWeek,
    afterPerWeek: r.afterPerWeek,
    removedPerWeek: r.removedPerWeek,
    weeksAfterElapsed: weeksAfterElapsed(shipWeek, now),
    before: at([-4, -3, -2, -1], r.before),
    after: at([1, 2, 3, 4], r.after),
  };
}

export type MergeCandidate = { id: string; number: number; title: string; status: ProblemStatus; linkedCount: number };

/**
 * Problems a problem can be merged into, for the merge picker: "#12" or "12" finds by number,
 * other text by title (case-insensitive). Never the problem itself or a merged one.
 * @throws ForbiddenError when the actor may not manage the board.
 */
export async function searchMergeTargets(actor: Actor, problemId: string, q: string): Promise<MergeCandidate[]> {
  assertCan(actor, "board.manage");
  const text = q.trim().slice(0, 200);
  if (!text || !isUuid(problemId)) return [];
  const number = /^#?\d{1,9}$/.test(text) ? Number(text.replace("#", "")) : null;
  return db.problem.findMany({
    where: {
      id: { not: problemId },
      mergedIntoId: null,
      OR: [{ title: { contains: text, mode: "insensitive" } }, ...(number !== null ? [{ number }] : [])],
    },
    select: { id: true, number: true, title: true, status: true, linkedCount: true },
    orderBy: [{ linkedCount: "desc" }, { number: "desc" }],
    take: 8,
  });
}

/**
 * What shipping would do, for the ship dialog: the still-open linked inquiries it can resolve, and
 * the affected customers with an email address who will be told (one message each).
 * @throws NotFoundError, ForbiddenError (board.manage)
 */
export async function getShipPreview(actor: Actor, problemId: string): Promise<{ openLinked: number; notifiable: number }> {
  assertCan(actor, "board.manage");
  if (!isUuid(problemId)) throw new NotFoundError("problem");
  const [problem, openLinked, notifiable] = await Promise.all([
    db.problem.findFirst({ where: { AND: [{ id: problemId }, problemScope(actor), { mergedIntoId: null }] }, select: { id: true } }),
    db.inquiry.count({ where: { problemId, status: { in: [...openStatuses] } } }),
    // Same rule as shipping's outbox: one message per linked customer with a non-empty email.
    db.problemCustomer.count({ where: { problemId, customer: { AND: [{ email: { not: null } }, { email: { not: "" } }] } } }),
  ]);
  if (!problem) throw new NotFoundError("problem");
  return { openLinked, notifiable };
}
