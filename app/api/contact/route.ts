import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/contact/client-ip";
import { contactFieldErrorKeys, contactFormSchema, isHoneypotFilled } from "@/lib/contact/schema";
import { submitContactForm } from "@/lib/contact/submit";
import { messages } from "@/messages";

/** Far above the largest valid form (20,000-character message); anything bigger is refused unread. */
const MAX_BODY_BYTES = 200_000;

/**
 * POST /api/contact — the public web form (no session). A route handler rather than a server
 * action so it can answer 429 with Retry-After.
 *
 * The page posts with fetch and `Accept: application/json` and gets JSON back:
 *   201/200 { ok: true, reference }            (reference null when nothing was stored)
 *   400     { ok: false, fieldErrors?, formError? }
 *   429     { ok: false, formError, retryAfter } + Retry-After header
 * Without JavaScript the browser posts the form itself; it is then sent back to /contact with
 * ?ref=… or ?error=… (303), so the form still works.
 */
export async function POST(request: Request) {
  const locale = pickLocale(readCookie(request, LOCALE_COOKIE), request.headers.get("accept-language"));
  const t = createTranslator({ locale, messages: messages[locale] });
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");

  const fail = (status: number, code: "invalid" | "rateLimited" | "unexpected" | "expired", body: Record<string, unknown>, headers?: HeadersInit) =>
    wantsJson
      ? Response.json({ ok: false, ...body }, { status, headers })
      : seeOther(`/contact?error=${code}${typeof body.retryAfter === "number" ? `&retry=${body.retryAfter}` : ""}`, headers);

  const raw = await readBody(request);
  if (!raw) return fail(400, "invalid", { formError: t("contact.badRequest") });

  // A bot gets the same answer as a person, so it has no reason to try again.
  if (isHoneypotFilled(raw)) return wantsJson ? Response.json({ ok: true, reference: null }) : seeOther("/contact?sent=1");

  const parsed = contactFormSchema.safeParse(raw);
  if (!parsed.success) {
    const keys = contactFieldErrorKeys(parsed.error);
    if (keys.token) return fail(400, "expired", { formError: t("contact.expired") });
    const fieldErrors = Object.fromEntries(
      Object.entries(keys).map(([field, list]) => [field, list.map((k) => t(`errors.field.${k}` as never))]),
    );
    return fail(400, "invalid", { fieldErrors, formError: t("contact.checkFields") });
  }

  try {
    const result = await submitContactForm(parsed.data, { ip: clientIp(request.headers, env.TRUST_PROXY) });
    const reference = result.status === "ignored" ? null : result.reference;
    if (!wantsJson) return seeOther(reference ? `/contact?ref=${reference}` : "/contact?sent=1");
    return Response.json({ ok: true, reference }, { status: result.status === "created" ? 201 : 200 });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
      return fail(
        429,
        "rateLimited",
        { formError: t("contact.rateLimited", { minutes }), retryAfter: error.retryAfterSeconds },
        { "Retry-After": String(error.retryAfterSeconds) },
      );
    }
    console.error("[contact] submission failed", error);
    return fail(500, "unexpected", { formError: t("contact.unexpected") });
  }
}

/** JSON or a posted form, as a plain object; null when unreadable or too large. */
async function readBody(request: Request): Promise<Record<string, unknown> | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return null;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const text = await request.text();
      if (text.length > MAX_BODY_BYTES) return null;
      const value: unknown = JSON.parse(text);
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    }
    if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
      const form = await request.formData();
      const out: Record<string, unknown> = {};
      for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = value;
      return out;
    }
  } catch {
    // unreadable body: answered as a bad request
  }
  return null;
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** Relative Location: correct behind any proxy, whatever host the request came in on. */
function seeOther(location: string, headers?: HeadersInit) {
  const out = new Headers(headers);
  out.set("Location", location);
  return new Response(null, { status: 303, headers: out });
}
