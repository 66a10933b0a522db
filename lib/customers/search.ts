import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { customerScope } from "./scope";

export const customerSearchSchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export type CustomerOption = { id: string; name: string; email: string | null; phone: string | null; company: string | null; type: string };

/** Customers whose name, email or phone contains the text (as-you-type picker). */
export async function searchCustomers(actor: Actor, input: z.input<typeof customerSearchSchema>): Promise<CustomerOption[]> {
  const { q, limit } = customerSearchSchema.parse(input);
  const digits = q.replace(/\D/g, "");
  return db.customer.findMany({
    where: {
      AND: [
        customerScope(actor),
        {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            ...(digits.length >= 3 ? [{ phone: { contains: digits } }] : []),
            { company: { contains: q, mode: "insensitive" } },
          ],
        },
      ],
    },
    select: { id: true, name: true, email: true, phone: true, company: true, type: true },
    orderBy: [{ updatedAt: "desc" }],
    take: limit,
  });
}
