import "server-only";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, FieldError } from "@/lib/errors";
import type { ActionResult, FieldErrors } from "./result";

type Input = FormData | Record<string, unknown>;

/** FormData → plain object; repeated keys (multi-selects) become arrays. */
export function formDataToObject(input: Input): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}

/** Echo of what the user typed, so a failed form keeps its text. */
function echo(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === "password" || k.startsWith("$")) continue;
    values[k] = Array.isArray(v) ? v.join(",") : String(v ?? "");
  }
  return values;
}

/** Zod issue → a key in messages `errors.field.*`. */
function issueKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return "tooSmall";
      return (issue as { minimum?: number | bigint }).minimum === 1 && issue.origin === "string" ? "required" : "tooShort";
    case "too_big":
      return issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint" ? "tooLarge" : "tooLong";
    case "invalid_format":
      return (issue as { format?: string }).format === "email" ? "email" : "invalid";
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? "required" : "invalid";
    default:
      return "invalid";
  }
}

/**
 * Builds a server action: authenticate → parse with zod → run → map errors.
 * Domain errors become messages the user can act on; anything else is logged and shown generically
 * (never a stack trace or SQL). Works with useActionState (prevState, formData) and direct calls.
 */
export function createAction<S extends z.ZodType, T>(
  schema: S,
  handler: (actor: Actor, input: z.infer<S>) => Promise<T>,
  opts: { successMessage?: string } = {},
) {
  return async (_prev: unknown, input: Input): Promise<ActionResult<T>> => {
    const t = await getTranslations("errors");
    const raw = formDataToObject(input);
    const actor = await getActor();
    if (!actor) return { ok: false, formError: t("signedOut") };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        (fieldErrors[field] ??= []).push(t(`field.${issueKey(issue)}`));
      }
      return { ok: false, fieldErrors, values: echo(raw) };
    }
    try {
      const data = await handler(actor, parsed.data);
      return { ok: true, data, message: opts.successMessage ? t(opts.successMessage as never) : undefined };
    } catch (error) {
      return toFailure(error, t, echo(raw));
    }
  };
}

export function toFailure(
  error: unknown,
  t: (key: string) => string,
  values?: Record<string, string>,
): { ok: false; fieldErrors?: FieldErrors; formError?: string; values?: Record<string, string>; code?: string } {
  if (error instanceof FieldError) {
    return { ok: false, fieldErrors: { [error.field]: [t(`field.${error.messageKey}`)] }, values };
  }
  // `code` lets a form react to a kind of failure (e.g. offer a reload on "conflict").
  if (error instanceof DomainError) return { ok: false, formError: t(error.code), code: error.code, values };
  // Next's redirect()/notFound() are control flow, not failures.
  if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) {
    throw error;
  }
  console.error("[action] unexpected error", error);
  return { ok: false, formError: t("unexpected"), values };
}
