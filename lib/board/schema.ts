/**
 * Zod schemas for every fix-board input (pure). Flat shapes: forms post FormData and createAction
 * reports an error under the first path segment, next to that field. The domain functions
 * parse again, so a direct call (tests, bench) gets the same checks as a form post. The input
 * types say what a caller passes (forms also post strings; the schemas coerce).
 */
import { z } from "zod";
import { customerTypes, type CustomerType } from "@/lib/inquiries/rules";
import { problemStatuses, type ProblemStatus } from "./rules";

export const PROBLEM_TITLE_MAX = 200;
export const PROBLEM_DESCRIPTION_MAX = 20_000;
export const COMMENT_MAX = 20_000;
export const DECLINE_REASON_MAX = 2_000;
export const RELEASE_NOTE_MAX = 2_000;
/** One push links at most this many inquiries (a queue selection is one page or two). */
export const MAX_LINK_INQUIRIES = 500;
/** Type weights: 0–10 with one decimal. */
export const TYPE_WEIGHT_MAX = 10;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const requiredText = (max: number) => z.string({ error: "required" }).trim().min(1).max(max);

/** One id or many (FormData repeats the key; a JSON caller passes an array). */
const inquiryIdList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid()).min(1).max(MAX_LINK_INQUIRIES).transform((ids) => [...new Set(ids)]),
);

const versioned = {
  problemId: z.uuid(),
  /** The version the user loaded; the UPDATE only applies while it is still current. */
  expectedVersion: z.coerce.number().int().min(1),
};

/** Checkbox / hidden-input booleans: "on", "true", "1" → true; absent, "false", "0", "" → false. */
const formBoolean = z.preprocess(
  (v) => (typeof v === "string" ? ["on", "true", "1", "yes"].includes(v.toLowerCase()) : v ?? false),
  z.boolean(),
);

export const createProblemSchema = z.object({
  title: requiredText(PROBLEM_TITLE_MAX),
  description: z.preprocess((v) => v ?? "", z.string().trim().max(PROBLEM_DESCRIPTION_MAX)),
  inquiryIds: inquiryIdList,
});
export type CreateProblemInput = { title: string; description?: string; inquiryIds: string[] | string };

export const linkInquiriesSchema = z.object({ problemId: z.uuid(), inquiryIds: inquiryIdList });
export type LinkInquiriesInput = { problemId: string; inquiryIds: string[] | string };

export const unlinkInquirySchema = z.object({ inquiryId: z.uuid() });
export type UnlinkInquiryInput = { inquiryId: string };

/** SHIPPED is reached through shipProblem (it needs a release note and closes the loop). */
export const moveProblemSchema = z.object({
  ...versioned,
  status: z.enum(problemStatuses),
  declineReason: z.preprocess(blankToUndefined, z.string().trim().max(DECLINE_REASON_MAX).optional()),
});
export type MoveProblemInput = { problemId: string; expectedVersion: number | string; status: ProblemStatus; declineReason?: string };

export const setProblemOwnerSchema = z.object({
  ...versioned,
  /** Blank means nobody. */
  ownerId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
});
export type SetProblemOwnerInput = { problemId: string; expectedVersion: number | string; ownerId: string | null | "" };

export const editProblemSchema = z.object({
  ...versioned,
  title: requiredText(PROBLEM_TITLE_MAX),
  description: z.preprocess((v) => v ?? "", z.string().trim().max(PROBLEM_DESCRIPTION_MAX)),
});
export type EditProblemInput = { problemId: string; expectedVersion: number | string; title: string; description?: string };

export const addProblemCommentSchema = z.object({ problemId: z.uuid(), body: requiredText(COMMENT_MAX) });
export type AddProblemCommentInput = { problemId: string; body: string };

export const mergeProblemsSchema = z.object({ sourceId: z.uuid(), targetId: z.uuid() });
export type MergeProblemsInput = { sourceId: string; targetId: string };

export const shipProblemSchema = z.object({
  problemId: z.uuid(),
  releaseNote: requiredText(RELEASE_NOTE_MAX),
  resolveLinked: formBoolean,
  /** Optional client token for retries; shipping is idempotent without it (see shipProblem). */
  idempotencyKey: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
});
export type ShipProblemInput = { problemId: string; releaseNote: string; resolveLinked: boolean | string; idempotencyKey?: string };

/** Form strings → numbers; blank → missing (reads "Required."), garbage → NaN (reads "Not a valid value."). */
const weight = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
  z
    .number()
    .min(0)
    .max(TYPE_WEIGHT_MAX)
    .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, { message: "oneDecimal" })
    .transform((n) => Math.round(n * 10) / 10),
);

/** Flat: one field per customer type (INTERNAL, PROSPECT, BUYER, USER, CHURNED). */
export const setTypeWeightsSchema = z.object(
  Object.fromEntries(customerTypes.map((t) => [t, weight])) as Record<(typeof customerTypes)[number], typeof weight>,
);
export type SetTypeWeightsInput = Record<CustomerType, number | string>;

export const suggestSimilarProblemsSchema = z.object({
  q: z.string().trim().min(1).max(200),
  excludeProblemId: z.preprocess(blankToUndefined, z.uuid().optional()),
  limit: z.coerce.number().int().min(1).max(20).default(6),
});
export type SuggestSimilarProblemsInput = { q: string; excludeProblemId?: string; limit?: number };
