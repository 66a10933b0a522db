/**
 * Input schemas of the admin area (pure zod). Actions parse FormData with these; the domain
 * functions take the parsed types.
 */
import { z } from "zod";
import { roles } from "@/lib/authz/permissions";
import { priorities, type Priority } from "@/lib/inquiries/rules";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** The Badge tones a tag can wear (components/ui/badge.tsx). */
export const tagColors = ["slate", "indigo", "sky", "emerald", "amber", "rose", "violet"] as const;
export type TagColor = (typeof tagColors)[number];

const id = z.uuid();
const roleSchema = z.enum(roles);
const label = z.string().trim().min(1).max(60);

export const createUserSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  role: roleSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeUserRoleSchema = z.object({ userId: id, role: roleSchema });
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const userIdSchema = z.object({ userId: id });

/** A checkbox: "on" (or "true") when ticked; absent when not, which reads as false. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const createTagSchema = z.object({
  name: label,
  color: z.enum(tagColors),
  /** Inquiries carrying the tag (e.g. spam) get no survey when resolved. */
  noSurvey: checkbox,
});
/** Direct callers may leave noSurvey out: false on create, unchanged on update. */
export type CreateTagInput = Omit<z.infer<typeof createTagSchema>, "noSurvey"> & { noSurvey?: boolean };

export const updateTagSchema = createTagSchema.extend({ tagId: id });
export type UpdateTagInput = Omit<z.infer<typeof updateTagSchema>, "noSurvey"> & { noSurvey?: boolean };

export const tagIdSchema = z.object({ tagId: id });

export const createChurnReasonSchema = z.object({ name: z.string().trim().min(1).max(80) });
export type CreateChurnReasonInput = z.infer<typeof createChurnReasonSchema>;

export const renameChurnReasonSchema = createChurnReasonSchema.extend({ reasonId: id });
export type RenameChurnReasonInput = z.infer<typeof renameChurnReasonSchema>;

export const churnReasonIdSchema = z.object({ reasonId: id });

/**
 * SLA targets are typed as hours + minutes (either box may carry it all: 0 h 90 min is 1 h 30 min).
 * Bounds: each target between 1 minute and 90 days. "Resolution not before first response" is
 * checked in the domain, where it can name the field.
 */
export const MAX_SLA_HOURS = 90 * 24;
export const MAX_SLA_MINUTES = MAX_SLA_HOURS * 60;

const hours = z.coerce.number().int().min(0).max(MAX_SLA_HOURS);
const minutes = z.coerce.number().int().min(0).max(MAX_SLA_MINUTES);

export const slaTargetKinds = ["firstResponse", "resolution"] as const;
export type SlaTargetKind = (typeof slaTargetKinds)[number];

/** Flat form field name, e.g. "URGENT_firstResponseHours" (action field errors are keyed by it). */
export const slaField = (priority: Priority, kind: SlaTargetKind, unit: "Hours" | "Minutes") =>
  `${priority}_${kind}${unit}` as const;

const slaShape = Object.fromEntries(
  priorities.flatMap((p) =>
    slaTargetKinds.flatMap((k) => [
      [slaField(p, k, "Hours"), hours],
      [slaField(p, k, "Minutes"), minutes],
    ]),
  ),
) as Record<ReturnType<typeof slaField>, typeof hours>;

export type SlaTargetsInput = Record<Priority, { firstResponseMinutes: number; resolutionMinutes: number }>;

export const updateSlaTargetsSchema = z
  .object(slaShape)
  .superRefine((form, ctx) => {
    for (const p of priorities) {
      for (const k of slaTargetKinds) {
        const total = form[slaField(p, k, "Hours")] * 60 + form[slaField(p, k, "Minutes")];
        if (total < 1) ctx.addIssue({ code: "too_small", origin: "number", minimum: 1, inclusive: true, input: total, path: [slaField(p, k, "Hours")] });
        if (total > MAX_SLA_MINUTES) ctx.addIssue({ code: "too_big", origin: "number", maximum: MAX_SLA_MINUTES, inclusive: true, input: total, path: [slaField(p, k, "Hours")] });
      }
    }
  })
  .transform((form): SlaTargetsInput => {
    const total = (p: Priority, k: SlaTargetKind) => form[slaField(p, k, "Hours")] * 60 + form[slaField(p, k, "Minutes")];
    return Object.fromEntries(
      priorities.map((p) => [p, { firstResponseMinutes: total(p, "firstResponse"), resolutionMinutes: total(p, "resolution") }]),
    ) as SlaTargetsInput;
  });
