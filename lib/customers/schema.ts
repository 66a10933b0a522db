import { z } from "zod";
import { CHURN_REASON_MAX, customerTypes } from "./rules";

/**
 * Zod schemas for customer inputs. Flat shapes: forms post FormData and createAction reports an
 * error under the issue's first path segment, so each error lands next to its field.
 */

/**
 * "" (an empty form field) or null → undefined, so optional fields may be posted blank, and a
 * parsed value parses again to itself (actions parse, then the mutation parses its input again).
 */
const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** Optional text: blank → null, so an edit can clear a field. */
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional()).transform((v) => v ?? null);

/** Emails are stored trimmed and lower-case, so "known email" matches however it was typed. */
const optionalEmail = z
  .preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : (v ?? undefined)), z.email().max(320).optional())
  .transform((v) => v ?? null);

/** Blank, null or absent → null ("nobody"). */
const optionalId = z.preprocess(blankToUndefined, z.uuid().optional()).transform((v) => v ?? null);

export const customerIdSchema = z.uuid();
export const customerTypeSchema = z.enum(customerTypes);

const contactFields = {
  name: z.string().trim().min(1).max(200),
  email: optionalEmail,
  phone: optionalText(40),
  company: optionalText(200),
};

const versioned = {
  customerId: z.uuid(),
  /** The version the user loaded; the UPDATE only applies while it is still current. */
  expectedVersion: z.coerce.number().int().min(1),
};

export const listCustomersSchema = z.object({
  /** Longer text is cut rather than refused: the list should still show something. */
  q: z.preprocess((v) => (typeof v === "string" ? v.trim().slice(0, 100) || undefined : undefined), z.string().optional()),
  type: z.preprocess(blankToUndefined, customerTypeSchema.optional()).catch(undefined),
  cursor: z.preprocess(blankToUndefined, z.string().max(500).optional()).catch(undefined),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListCustomersInput = z.input<typeof listCustomersSchema>;

const churnDetails = {
  /** Only read when the (new) type is CHURNED. */
  churnReason: optionalText(CHURN_REASON_MAX),
  churnReasonCategoryId: optionalId,
};

export const createCustomerSchema = z.object({
  ...contactFields,
  type: customerTypeSchema,
  paidById: optionalId,
  ...churnDetails,
});
export type CreateCustomerInput = z.input<typeof createCustomerSchema>;

/**
 * For forms: a churn without a reason or a category reports BOTH fields at once (as "required").
 * The mutations enforce the same rule themselves (rules.typeChangeProblem → FieldError), so a
 * direct call is refused too.
 */
function requireChurnDetails(input: { type: string; churnReason: string | null; churnReasonCategoryId: string | null }, ctx: z.RefinementCtx) {
  if (input.type !== "CHURNED") return;
  const missing = (field: string) =>
    ctx.addIssue({ code: "invalid_type", expected: "string", input: undefined, path: [field], message: "required" });
  if (!input.churnReasonCategoryId) missing("churnReasonCategoryId");
  if (!input.churnReason) missing("churnReason");
}

export const createCustomerFormSchema = createCustomerSchema.superRefine(requireChurnDetails);

export const updateCustomerSchema = z.object({ ...versioned, ...contactFields });
export type UpdateCustomerInput = z.input<typeof updateCustomerSchema>;

export const setCustomerPayerSchema = z.object({ ...versioned, paidById: optionalId });
export type SetCustomerPayerInput = z.input<typeof setCustomerPayerSchema>;

export const changeCustomerTypeSchema = z.object({
  ...versioned,
  type: customerTypeSchema,
  ...churnDetails,
});
export type ChangeCustomerTypeInput = z.input<typeof changeCustomerTypeSchema>;

export const changeCustomerTypeFormSchema = changeCustomerTypeSchema.superRefine(requireChurnDetails);
