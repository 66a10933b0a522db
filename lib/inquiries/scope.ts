import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";

/** The inquiries an actor may see, as a Prisma `where` (every role reads all; see customerScope). */
export function inquiryScope(actor: Actor): Prisma.InquiryWhereInput {
  return can(actor, "inquiries.read") ? {} : { id: { in: [] } };
}
