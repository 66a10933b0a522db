import { z } from "zod";

/** The public web form's fields and bounds (the same bounds as an inquiry logged by an agent). */
export const CONTACT_LIMITS = { name: 200, email: 320, subject: 200, message: 20_000 } as const;

/**
 * The honeypot: a field people never see (visually hidden, out of the tab order, autocomplete
 * off). Bots that fill every input fill it too. Its name is deliberately dull so password
 * managers and autofill leave it alone.
 */
export const HONEYPOT_FIELD = "extra_notes";

/** Whether a raw submission filled the honeypot (checked before anything else, stores nothing). */
export function isHoneypotFilled(raw: Record<string, unknown>): boolean {
  const value = raw[HONEYPOT_FIELD];
  return typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const contactFormSchema = z.object({
  name: text(CONTACT_LIMITS.name),
  email: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.email().max(CONTACT_LIMITS.email)),
  subject: text(CONTACT_LIMITS.subject),
  message: text(CONTACT_LIMITS.message),
  /** Made when the page renders: a retried submission carries the same token. */
  token: z.uuid(),
  [HONEYPOT_FIELD]: z.string().max(2000).optional(),
});
export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormData = z.output<typeof contactFormSchema>;

/** A zod issue → a key under messages `errors.field.*` (the same vocabulary as every form). */
export function contactIssueKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return "required";
    case "too_big":
      return "tooLong";
    case "invalid_format":
      return (issue as { format?: string }).format === "email" ? "email" : "invalid";
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? "required" : "invalid";
    default:
      return "invalid";
  }
}

/** Zod issues → { field: [errors.field.* key, …] }, one entry per field. */
export function contactFieldErrorKeys(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = contactIssueKey(issue);
    const list = (out[field] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return out;
}
