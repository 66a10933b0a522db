/**
 * Customer rules (pure: no db, no clock). Who may pay for whom, what a type change needs, and
 * what it sets on the customer row.
 */
import { isUuid } from "@/lib/ids";
import { customerTypes, type CustomerType } from "@/lib/inquiries/rules";

export { customerTypes, type CustomerType };

export const CHURN_REASON_MAX = 2000;

/** Why a type change (or a new customer's first type, `from` null) is refused, as [field, errors.field.* key], or null when it is allowed. */
export function typeChangeProblem(
  from: CustomerType | null,
  to: CustomerType,
  churn: { reason?: string | null; categoryId?: string | null },
): [field: "type" | "churnReason" | "churnReasonCategoryId", key: string] | null {
  if (from === to) return ["type", "sameType"];
  if (to !== "CHURNED") return null;
  // Document and classify every churn: a free-text reason alone cannot be counted, a category
  // alone says nothing about this customer.
  if (!churn.reason?.trim()) return ["churnReason", "churnReasonRequired"];
  if (!churn.categoryId) return ["churnReasonCategoryId", "churnCategoryRequired"];
  return null;
}

/**
 * The churn fields a type change writes on the customer: set on a move to CHURNED, cleared when a
 * churned customer comes back (the history row keeps the old reason).
 */
export function churnFields(
  to: CustomerType,
  churn: { reason?: string | null; categoryId?: string | null },
  now: Date,
): { churnReason: string | null; churnReasonCategoryId: string | null; churnedAt: Date | null } {
  if (to === "CHURNED") {
    return { churnReason: churn.reason?.trim() || null, churnReasonCategoryId: churn.categoryId ?? null, churnedAt: now };
  }
  return { churnReason: null, churnReasonCategoryId: null, churnedAt: null };
}

/** Only a buyer pays. */
export const canPay = (type: CustomerType) => type === "BUYER";

/**
 * Why `payer` cannot pay for `customer` (an errors.field.* key), or null. A customer never pays for
 * itself, and two customers never pay for each other (the shortest cycle; payers are buyers, so
 * longer chains are rare and still shown as they are).
 */
export function payerProblem(
  customer: { id: string },
  payer: { id: string; type: CustomerType; paidById: string | null },
): string | null {
  if (payer.id === customer.id) return "cannotPaySelf";
  if (!canPay(payer.type)) return "payerMustBeBuyer";
  if (payer.paidById === customer.id) return "payerCycle";
  return null;
}

/** Keyset cursor for the customer list, ordered by (name, id). */
export type CustomerCursor = { name: string; id: string };

export function encodeCursor(cursor: CustomerCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), "utf8").toString("base64url");
}


/** A cursor from the URL; anything malformed reads as "first page". */
export function decodeCursor(raw: string | undefined | null): CustomerCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && isUuid(value[1])) {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  return null;
}

/** Keyset cursor for a customer's inquiries, newest first: (createdAt, id). */
export type InquiryCursor = { createdAt: Date; id: string };

export function encodeInquiryCursor(cursor: InquiryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id]), "utf8").toString("base64url");
}

export function decodeInquiryCursor(raw: string | undefined | null): InquiryCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && isUuid(value[1])) {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime())) return { createdAt, id: value[1] };
    }
  } catch {
    // fall through
  }
  return null;
}
