import { z } from "zod";
import { CHURN_REASON_MAX, customerTypes } from "./rules";

/**
 * Zod schemas for customer inputs. Flat shapes: forms post FormData and createAction reports an
 * error under the first path segment, so each error lands next to its field.
 */

/** "" (an empty form field) → undefined, so optional fields may be posted blank. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Optional text: blank → null, so an edit can clear a field. */
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional()).transform((v) => v ?? null);

/** Emails are stored trimmed and lower-case, so "known email" matches however it was typed. */
const optionalEmail = z
  .preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v), z.email().max(320).optional())
  .transform((v) => v ?? null);

/** Blank → null ("nobody"). */
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable());

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
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
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
