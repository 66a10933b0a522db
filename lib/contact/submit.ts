import "server-only";
import { db } from "@/lib/db";
import { auditEntry } from "@/lib/audit";
import { RateLimitedError } from "@/lib/errors";
import { hit } from "@/lib/rate-limit/limiter";
import { loadSlaTargets } from "@/lib/sla/queries";
import { dueAt } from "@/lib/inquiries/rules";
import { isUniqueViolation } from "@/lib/customers/db-errors";
import { HONEYPOT_FIELD, type ContactFormData } from "./schema";

/** Web-form submissions allowed per client address per window. */
export const CONTACT_RATE_LIMIT = 5;
export const CONTACT_RATE_WINDOW_SECONDS = 10 * 60;
/** Submissions allowed from everyone together per window: a bound when addresses are forged. */
export const CONTACT_SITE_RATE_LIMIT = 200;

export type ContactSubmission =
  | { status: "created" | "duplicate"; inquiryId: string; reference: number }
  /** The honeypot was filled: the sender is told "thanks", nothing is stored. */
  | { status: "ignored" };

/**
 * A submission of the public web form (no signed-in user: every row's actor is null).
 *
 * Order: honeypot (store nothing) → an earlier submission with the same token (return it; a retry
 * never counts against the limit) → rate limit per client address → one transaction that finds or
 * creates the customer (PROSPECT when the email is unknown) and creates the WEB_FORM inquiry with
 * its CREATED event and audit rows.
 *
 * Races: Inquiry.idempotencyKey and Customer.email are unique, so of two concurrent submissions
 * one waits on the other's insert and then fails with P2002. If that was the same token, the
 * first one's inquiry is returned; if it was a new customer with the same email (a different
 * token), the transaction runs again and now finds the customer.
 *
 * @throws RateLimitedError over CONTACT_RATE_LIMIT in CONTACT_RATE_WINDOW_SECONDS.
 */
export async function submitContactForm(
  input: ContactFormData,
  ctx: { ip: string; now?: Date },
): Promise<ContactSubmission> {
  if (input[HONEYPOT_FIELD]?.trim()) return { status: "ignored" };
  const now = ctx.now ?? new Date();

  const earlier = await findByToken(input.token);
  if (earlier) return { status: "duplicate", ...earlier };

  const limit = await hit(`contact:${ctx.ip}`, CONTACT_RATE_LIMIT, CONTACT_RATE_WINDOW_SECONDS, now);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfter);
  const site = await hit("contact:*", CONTACT_SITE_RATE_LIMIT, CONTACT_RATE_WINDOW_SECONDS, now);
  if (!site.allowed) throw new RateLimitedError(site.retryAfter);

  for (let attempt = 1; ; attempt++) {
    try {
      return { status: "created", ...(await createInquiry(input, now)) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await findByToken(input.token);
      if (winner) return { status: "duplicate", ...winner };
      if (attempt >= 3) throw error;
    }
  }
}

async function findByToken(token: string) {
  const row = await db.inquiry.findUnique({ where: { idempotencyKey: token }, select: { id: true, number: true } });
  return row ? { inquiryId: row.id, reference: row.number } : null;
}

async function createInquiry(input: ContactFormData, now: Date) {
  return db.$transaction(async (tx) => {
    let customer = await tx.customer.findFirst({
      where: { email: { equals: input.email, mode: "insensitive" } },
      select: { id: true, type: true },
      orderBy: { createdAt: "asc" },
    });
    if (!customer) {
      customer = await tx.customer.create({
        data: {
          name: input.name,
          email: input.email,
          type: "PROSPECT",
          typeChanges: { create: { fromType: null, toType: "PROSPECT", actorId: null, createdAt: now } },
        },
        select: { id: true, type: true },
      });
      await tx.auditEvent.create({
        data: auditEntry(null, "customer.created", "Customer", customer.id, { type: "PROSPECT", via: "webForm" }),
      });
    }
    const targets = await loadSlaTargets(tx);
    const inquiry = await tx.inquiry.create({
      data: {
        subject: input.subject,
        body: input.message,
        channel: "WEB_FORM",
        customerId: customer.id,
        customerType: customer.type,
        priority: "NORMAL",
        dueAt: dueAt(now, "NORMAL", targets),
        createdById: null,
        idempotencyKey: input.token,
        createdAt: now,
        events: { create: { kind: "CREATED", actorId: null, createdAt: now } },
      },
      select: { id: true, number: true },
    });
    await tx.auditEvent.create({
      data: auditEntry(null, "inquiry.created", "Inquiry", inquiry.id, { channel: "WEB_FORM", customerId: customer.id }),
    });
    return { inquiryId: inquiry.id, reference: inquiry.number };
  });
}
