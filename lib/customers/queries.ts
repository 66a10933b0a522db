import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { inquiryScope } from "@/lib/inquiries/scope";
import { NotFoundError } from "@/lib/errors";
import { customerScope } from "./scope";
import { customerTextFilter } from "./search";
import { customerIdSchema, listCustomersSchema, type ListCustomersInput } from "./schema";
import { decodeCursor, decodeInquiryCursor, encodeCursor, encodeInquiryCursor, type CustomerType } from "./rules";

export type CustomerListRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  type: CustomerType;
  inquiryCount: number;
};

/**
 * One page of customers, ordered by name, with keyset pagination on (name, id): the page after a
 * cursor starts strictly after it, so rows never repeat or go missing as the list grows.
 * Inquiry counts come from one grouped query over the page's ids.
 */
export async function listCustomers(
  actor: Actor,
  input: ListCustomersInput = {},
): Promise<{ rows: CustomerListRow[]; nextCursor: string | null }> {
  assertCan(actor, "customers.read");
  const { q, type, cursor: rawCursor, limit } = listCustomersSchema.parse(input);
  const cursor = decodeCursor(rawCursor);
  const where: Prisma.CustomerWhereInput = {
    AND: [
      customerScope(actor),
      q ? customerTextFilter(q) : {},
      type ? { type } : {},
      cursor ? { OR: [{ name: { gt: cursor.name } }, { name: cursor.name, id: { gt: cursor.id } }] } : {},
    ],
  };
  const found = await db.customer.findMany({
    where,
    select: { id: true, name: true, email: true, phone: true, company: true, type: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit + 1,
  });
  const page = found.slice(0, limit);
  const counts = page.length
    ? await db.inquiry.groupBy({
        by: ["customerId"],
        where: { AND: [inquiryScope(actor), { customerId: { in: page.map((c) => c.id) } }] },
        _count: { _all: true },
      })
    : [];
  const countById = new Map(counts.map((c) => [c.customerId, c._count._all]));
  const last = page.at(-1);
  return {
    rows: page.map((c) => ({ ...c, inquiryCount: countById.get(c.id) ?? 0 })),
    nextCursor: found.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}

const customerRef = { id: true, name: true, type: true, company: true } as const;

/** Everything the customer page shows, except the inquiries (see listCustomerInquiries). */
export async function getCustomerOrThrow(actor: Actor, customerId: string) {
  assertCan(actor, "customers.read");
  const id = customerIdSchema.safeParse(customerId);
  if (!id.success) throw new NotFoundError("customer");
  const customer = await db.customer.findFirst({
    where: { AND: [customerScope(actor), { id: id.data }] },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      company: true,
      type: true,
      version: true,
      createdAt: true,
      churnReason: true,
      churnedAt: true,
      churnReasonCategory: { select: { id: true, name: true } },
      paidBy: { select: customerRef },
      pays: { select: customerRef, orderBy: [{ name: "asc" }, { id: "asc" }], take: 200 },
      typeChanges: {
        select: {
          id: true,
          fromType: true,
          toType: true,
          reason: true,
          reasonCategory: { select: { name: true } },
          actor: { select: { name: true } },
          createdAt: true,
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 100,
      },
    },
  });
  if (!customer) throw new NotFoundError("customer");
  return customer;
}
export type CustomerDetail = Awaited<ReturnType<typeof getCustomerOrThrow>>;

/**
 * The customer's inquiries, newest first, a page at a time (keyset on (createdAt, id); `cursor`
 * comes from the previous page's nextCursor), and how many there are in all.
 */
export async function listCustomerInquiries(
  actor: Actor,
  customerId: string,
  { cursor: rawCursor, limit = 20 }: { cursor?: string; limit?: number } = {},
) {
  assertCan(actor, "inquiries.read");
  const id = customerIdSchema.safeParse(customerId);
  if (!id.success) throw new NotFoundError("customer");
  const cursor = decodeInquiryCursor(rawCursor);
  const where: Prisma.InquiryWhereInput = { AND: [inquiryScope(actor), { customerId: id.data }] };
  const [found, total] = await Promise.all([
    db.inquiry.findMany({
      where: cursor
        ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] }
        : where,
      select: { id: true, number: true, subject: true, status: true, customerType: true, channel: true, priority: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
    }),
    db.inquiry.count({ where }),
  ]);
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  return { rows, total, nextCursor: found.length > limit && last ? encodeInquiryCursor(last) : null };
}

/** The admin-managed churn reason categories a churn can be filed under (archived ones hidden). */
export async function listChurnReasonCategories(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "customers.read");
  return db.churnReasonCategory.findMany({
    where: { archived: false },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
