import { z } from "zod";
import {
  BODY_MAX, channels, customerTypes, inquiryStatuses, priorities, SUBJECT_MAX,
  type Channel, type CustomerType, type Priority,
} from "./rules";

/**
 * Zod schemas for every inquiry input. Shapes are flat on purpose: forms post FormData, and
 * createAction reports an error under the issue's first path segment, so each field's error lands
 * next to that field.
 */
export { BODY_MAX, SUBJECT_MAX };
export const MAX_TAGS = 20;

/** "" (an empty form field) → undefined, so optional fields may be posted blank. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

const requiredText = (max: number) => z.string({ error: "required" }).trim().min(1).max(max);

/** A required choice: missing or blank reads "required" (string checks), a wrong value "invalid". */
const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T) => z.string().min(1).pipe(z.enum(values));

/** Checkboxes post 0, 1 or many values under one name. */
const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid()).max(MAX_TAGS).transform((ids) => [...new Set(ids)]),
);

export const inquiryIdSchema = z.uuid();

const versioned = {
  inquiryId: z.uuid(),
  /** The version the user loaded; the UPDATE only applies while it is still current. */
  expectedVersion: z.coerce.number().int().min(1),
};

export const createInquirySchema = z
  .object({
    customerMode: z.enum(["existing", "new"]).default("existing"),
    customerId: z.preprocess(blankToUndefined, z.uuid().optional()),
    newCustomerName: optionalText(200),
    newCustomerEmail: z.preprocess(blankToUndefined, z.email().trim().toLowerCase().max(320).optional()),
    newCustomerPhone: optionalText(40),
    newCustomerCompany: optionalText(200),
    /** The customer type for this inquiry (a snapshot). Blank: the customer's current type. */
    customerType: z.preprocess(blankToUndefined, z.enum(customerTypes).optional()),
    channel: requiredChoice(channels),
    subject: requiredText(SUBJECT_MAX),
    body: requiredText(BODY_MAX),
    tagIds: idList,
    priority: z.preprocess(blankToUndefined, z.enum(priorities).default("NORMAL")),
  })
  .superRefine((input, ctx) => {
    // Reported as a missing value (invalid_type, no input) so forms show "Required." by the field.
    const missing = (field: string) =>
      ctx.addIssue({ code: "invalid_type", expected: "string", input: undefined, path: [field], message: "required" });
    if (input.customerMode === "existing") {
      if (!input.customerId) missing("customerId");
      return;
    }
    if (!input.newCustomerName) missing("newCustomerName");
    // A new customer has no current type to fall back to.
    if (!input.customerType) missing("customerType");
  }, { when: () => true }); // even when other fields failed: every missing field in one round trip

/** What callers pass (the schema also takes FormData's strings: blanks, one-or-many tag ids). */
export type CreateInquiryInput = {
  customerMode?: "existing" | "new";
  customerId?: string;
  newCustomerName?: string;
  newCustomerEmail?: string;
  newCustomerPhone?: string;
  newCustomerCompany?: string;
  customerType?: CustomerType | "";
  channel: Channel;
  subject: string;
  body: string;
  tagIds?: string[];
  priority?: Priority;
};
export type CreateInquiryData = z.output<typeof createInquirySchema>;

export const replyToInquirySchema = z.object({ ...versioned, body: requiredText(BODY_MAX) });
export type ReplyToInquiryInput = z.input<typeof replyToInquirySchema>;

/** A note is append-only: the version is accepted (forms send it) but not required or checked. */
export const addInternalNoteSchema = z.object({
  inquiryId: versioned.inquiryId,
  expectedVersion: versioned.expectedVersion.optional(),
  body: requiredText(BODY_MAX),
});
export type AddInternalNoteInput = z.input<typeof addInternalNoteSchema>;

export const changeInquiryStatusSchema = z.object({ ...versioned, status: z.enum(inquiryStatuses) });
export type ChangeInquiryStatusInput = z.input<typeof changeInquiryStatusSchema>;

export const assignInquirySchema = z.object({
  ...versioned,
  /** Blank means nobody. */
  assigneeId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
});
export type AssignInquiryInput = { inquiryId: string; expectedVersion: number; assigneeId: string | null | "" };

export const setInquiryTagsSchema = z.object({ ...versioned, tagIds: idList });
export type SetInquiryTagsInput = { inquiryId: string; expectedVersion: number; tagIds: string[] };

export const setInquiryPrioritySchema = z.object({ ...versioned, priority: z.enum(priorities) });
export type SetInquiryPriorityInput = z.input<typeof setInquiryPrioritySchema>;

export const changeInquiryCustomerTypeSchema = z.object({ ...versioned, customerType: z.enum(customerTypes) });
export type ChangeInquiryCustomerTypeInput = z.input<typeof changeInquiryCustomerTypeSchema>;
