import "server-only";
import { NON_CS_ROLES } from "@/lib/dashboard/rules";
import { env } from "@/lib/env";
import { weekStart } from "@/lib/time/week";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can, roles, type RoleName } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { allowedTransitions, isOverdue } from "./rules";
import { inquiryIdSchema } from "./schema";
import { inquiryScope } from "./scope";
import { customerScope } from "@/lib/customers/scope";

/** Roles an inquiry can be assigned to: the ones that can work it (reply, change it). */
export const staffRoles: RoleName[] = roles.filter((role) => can({ role }, "inquiries.update"));

const detailSelect = {
  id: true,
  number: true,
  subject: true,
  body: true,
  channel: true,
  status: true,
  priority: true,
  customerType: true,
  dueAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  customer: {
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      company: true,
      type: true,
      paidBy: { select: { id: true, name: true } },
    },
  },
  assignee: { select: { id: true, name: true } },
  // Joined into the same statement (relationLoadStrategy "join"): no extra query for the fix board.
  problem: { select: { id: true, number: true, title: true, status: true } },
  createdBy: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { id: true, name: true, color: true, archived: true } } } },
  events: {
    select: { id: true, kind: true, body: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
    // REPLY sorts before STATUS in the enum, so "replied" precedes the NEW → OPEN it caused.
    orderBy: [{ createdAt: "asc" }, { kind: "asc" }],
  },
} satisfies Prisma.InquirySelect;

type DetailRow = Prisma.InquiryGetPayload<{ select: typeof detailSelect }>;
export type StaffOption = { id: string; name: string; role: RoleName };
export type TagOption = { id: string; name: string; color: string };

export type InquiryDetail = Omit<DetailRow, "tags" | "events"> & {
  tags: DetailRow["tags"][number]["tag"][];
  events: (Omit<DetailRow["events"][number], "data"> & { data: Record<string, unknown> | null })[];
  overdue: boolean;
  allowedStatuses: readonly DetailRow["status"][];
  /** Choices for the edit controls; empty for actors who cannot change the inquiry. */
  options: { staff: StaffOption[]; tags: TagOption[] };
};

/**
 * Everything the inquiry page needs, in at most 5 SQL statements (the inquiry with its customer,
 * tags and timeline in one joined query; staff and tags for the edit controls in parallel; names
 * for timeline events that carry only ids, when there are any).
 * @throws NotFoundError when the id does not exist or is not visible to the actor.
 */
export async function getInquiryDetail(actor: Actor, inquiryId: string): Promise<InquiryDetail> {
  assertCan(actor, "inquiries.read");
  if (!inquiryIdSchema.safeParse(inquiryId).success) throw new NotFoundError("inquiry");
  const editable = can(actor, "inquiries.update");
  const [row, staff, tags] = await Promise.all([
    db.inquiry.findFirst({
      where: { AND: [{ id: inquiryId }, inquiryScope(actor)] },
      relationLoadStrategy: "join",
      select: detailSelect,
    }),
    editable ? listAssignableStaff() : Promise.resolve([]),
    editable
      ? db.tag.findMany({ where: { archived: false }, select: { id: true, name: true, color: true }, orderBy: { name: "asc" } })
      : Promise.resolve([]),
  ]);
  if (!row) throw new NotFoundError("inquiry");
  return {
    ...row,
    tags: row.tags.map((t) => t.tag).sort((a, b) => a.name.localeCompare(b.name)),
    events: await withNames(row.events.map((e) => ({ ...e, data: isRecord(e.data) ? e.data : null }))),
    overdue: isOverdue(row, new Date()),
    allowedStatuses: allowedTransitions(row.status),
    options: { staff, tags },
  };
}

const isUuid = (v: unknown): v is string => typeof v === "string" && inquiryIdSchema.safeParse(v).success;

/**
 * Events written by the mutations carry name snapshots (fromName/toName, addedNames/removedNames).
 * Older or imported events may hold only ids: look those names up (at most 2 more statements,
 * and none when every event has its names).
 */
async function withNames(events: InquiryDetail["events"]): Promise<InquiryDetail["events"]> {
  const userIds = new Set<string>();
  const tagIds = new Set<string>();
  for (const { kind, data } of events) {
    if (!data) continue;
    if (kind === "ASSIGNEE") {
      if (isUuid(data.from) && typeof data.fromName !== "string") userIds.add(data.from);
      if (isUuid(data.to) && typeof data.toName !== "string") userIds.add(data.to);
    }
    if (kind === "TAGS") {
      if (!Array.isArray(data.addedNames)) for (const id of [data.added].flat()) if (isUuid(id)) tagIds.add(id);
      if (!Array.isArray(data.removedNames)) for (const id of [data.removed].flat()) if (isUuid(id)) tagIds.add(id);
    }
  }
  if (!userIds.size && !tagIds.size) return events;
  const [users, tags] = await Promise.all([
    userIds.size ? db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }) : [],
    tagIds.size ? db.tag.findMany({ where: { id: { in: [...tagIds] } }, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map([...users, ...tags].map((x) => [x.id, x.name]));
  const nameOf = (v: unknown) => (typeof v === "string" ? names.get(v) ?? (isUuid(v) ? null : v) : null);
  return events.map((e) => {
    if (!e.data) return e;
    if (e.kind === "ASSIGNEE") {
      return { ...e, data: { ...e.data, fromName: e.data.fromName ?? nameOf(e.data.from), toName: e.data.toName ?? nameOf(e.data.to) } };
    }
    if (e.kind === "TAGS") {
      const list = (v: unknown) => [v].flat().map(nameOf).filter((n): n is string => Boolean(n));
      return {
        ...e,
        data: { ...e.data, addedNames: e.data.addedNames ?? list(e.data.added), removedNames: e.data.removedNames ?? list(e.data.removed) },
      };
    }
    return e;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function listAssignableStaff(): Promise<StaffOption[]> {
  return db.user.findMany({
    where: { active: true, role: { in: staffRoles } },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}

/** Choices for the "log an inquiry" form: the non-archived tags. */
export async function listInquiryFormOptions(actor: Actor): Promise<{ tags: TagOption[] }> {
  assertCan(actor, "inquiries.create");
  const tags = await db.tag.findMany({
    where: { archived: false },
    select: { id: true, name: true, color: true },
    orderBy: { name: "asc" },
  });
  return { tags };
}

/**
 * Records that the actor opened the inquiry (who, when) for the visibility metrics, in one
 * statement: the view itself, the actor's weekly "looked at inquiries" mark (StaffWeek), and —
 * for non-CS people (ADMIN, PRODUCT, MEMBER) — the inquiry's first non-CS read, which the
 * dashboard's "read by at least one non-CS person" counts (a trigger keeps InquiryWeek current).
 * @throws NotFoundError when the inquiry does not exist or is not visible to the actor.
 */
export async function recordInquiryView(actor: Actor, inquiryId: string): Promise<void> {
  assertCan(actor, "inquiries.read");
  if (!inquiryIdSchema.safeParse(inquiryId).success) throw new NotFoundError("inquiry");
  const visible = await db.inquiry.count({ where: { AND: [{ id: inquiryId }, inquiryScope(actor)] } });
  if (!visible) throw new NotFoundError("inquiry");
  const now = new Date();
  const nonCs = (NON_CS_ROLES as readonly string[]).includes(actor.role);
  try {
    await db.$executeRaw`
      WITH viewed AS (
        INSERT INTO "InquiryView" ("id", "inquiryId", "userId", "viewedAt")
        VALUES (gen_random_uuid(), ${inquiryId}::uuid, ${actor.id}::uuid, ${now})
      ), staff AS (
        INSERT INTO "StaffWeek" ("weekStart", "userId", "surface", "firstAt")
        VALUES (${weekStart(now, env.ORG_TIME_ZONE)}, ${actor.id}::uuid, 'INQUIRY', ${now})
        ON CONFLICT DO NOTHING
      )
      INSERT INTO "InquiryNonCsRead" ("inquiryId", "userId", "readAt")
      SELECT ${inquiryId}::uuid, ${actor.id}::uuid, ${now} WHERE ${nonCs}
      ON CONFLICT DO NOTHING`;
  } catch (error) {
    // Deleted between the check and the insert (foreign key violation).
    if (error instanceof Prisma.PrismaClientKnownRequestError && /23503|P2003/.test(`${error.code} ${JSON.stringify(error.meta ?? {})}`)) {
      throw new NotFoundError("inquiry");
    }
    throw error;
  }
}

/** The customer to preselect in the "log an inquiry" form (?customerId=…), or null. */
export async function findCustomerForNewInquiry(actor: Actor, customerId: string | undefined) {
  assertCan(actor, "inquiries.create");
  if (!customerId || !inquiryIdSchema.safeParse(customerId).success) return null;
  return db.customer.findFirst({
    where: { AND: [{ id: customerId }, customerScope(actor)] },
    select: { id: true, name: true, email: true, phone: true, company: true, type: true },
  });
}
