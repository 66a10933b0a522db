import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { customerTypes } from "@/lib/inquiries/rules";
import { customerScope } from "./scope";

export const customerSearchSchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  /** Only customers of this type (e.g. BUYER for the "paid by" picker). */
  type: z.enum(customerTypes).optional(),
});

export type CustomerOption = { id: string; name: string; email: string | null; phone: string | null; company: string | null; type: string };

/**
 * Name, email, phone or company containing the text (case-insensitive). A phone matches as typed,
 * or on its digits alone, so "010-1234" also finds a number stored as "0101234…".
 */
export function customerTextFilter(q: string): Prisma.CustomerWhereInput {
  const digits = q.replace(/\D/g, "");
  return {
    OR: [
      { name: { contains: q, mode: "insensitive" } },
      { email: { contains: q, mode: "insensitive" } },
      { phone: { contains: q } },
      ...(digits.length >= 3 && digits !== q ? [{ phone: { contains: digits } }] : []),
      { company: { contains: q, mode: "insensitive" } },
    ],
  };
}

/** Customers whose name, email, phone or company contains the text (as-you-type picker). */
export async function searchCustomers(actor: Actor, input: z.input<typeof customerSearchSchema>): Promise<CustomerOption[]> {
  const { q, limit, type } = customerSearchSchema.parse(input);
  return db.customer.findMany({
    where: { AND: [customerScope(actor), customerTextFilter(q), type ? { type } : {}] },
    select: { id: true, name: true, email: true, phone: true, company: true, type: true },
    orderBy: [{ updatedAt: "desc" }],
    take: limit,
  });
}
