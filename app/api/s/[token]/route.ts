import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/contact/client-ip";
import { submitSurveyAnswer } from "@/lib/surveys/answer";
import { COMMENT_MAX } from "@/lib/surveys/rules";
import { messages } from "@/messages";

/**
 * Far above the largest valid answer (a 2,000-character comment, percent-encoded, is < 20 KB):
 * anything bigger is refused without being read to the end.
 */
const MAX_BODY_BYTES = 64 * 1024;
/** On a no-JavaScript error redirect, a comment up to this (encoded) size rides along so it is not lost. */
const MAX_CARRIED_COMMENT = 6_000;

type Code = "wrongKind" | "missingScore" | "outOfScale" | "commentTooLong" | "invalid" | "expired" | "rateLimited" | "unexpected";

/**
 * POST /api/s/<token> — the answer to a public survey (no session: the signed token is the
 * credential; lib/surveys/answer.ts checks it). Contract:
 *   body JSON {"csat"?: 1-5, "ces"?: 1-7, "pulse"?: 1-5, "comment"?: string}, Accept: application/json
 *   201 {ok:true} stored · 200 {ok:true, already:true} answered before, nothing stored
 *   400 {ok:false, code: wrongKind|missingScore|outOfScale|commentTooLong|invalid, message}
 *   404 {ok:false, code:"invalid"} unknown/tampered token · 410 {ok:false, code:"expired"}
 *   429 {ok:false, code:"rateLimited", retryAfter} + Retry-After · 500 {ok:false, code:"unexpected"}
 * Without JavaScript the browser posts the form itself (urlencoded) and is sent back to
 * /s/<token> (303) with ?done=1 or ?error=… plus what was typed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Only a refusal needs words: a stored answer does not pay for a translator.
  const translator = () => {
    const locale = pickLocale(readCookie(request, LOCALE_COOKIE), request.headers.get("accept-language"));
    return createTranslator({ locale, messages: messages[locale], namespace: "surveyPublic" });
  };
  const contentType = request.headers.get("content-type") ?? "";
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json") || contentType.includes("application/json");
  const page = `/s/${encodeURIComponent(token)}`;

  let body: Record<string, unknown> | null = null;
  const fail = (status: number, code: Code, extra: Record<string, unknown> = {}, headers?: HeadersInit) => {
    if (wantsJson) return Response.json({ ok: false, code, message: message(status, code, extra), ...extra }, { status, headers });
    // Back to the page; what was typed comes along so a no-JS visitor does not lose it.
    const query = new URLSearchParams({ error: code });
    if (typeof extra.retryAfter === "number") query.set("retry", String(extra.retryAfter));
    for (const key of ["csat", "ces", "pulse"] as const) {
      const value = body?.[key];
      if (typeof value === "string" && /^\d{1,2}$/.test(value)) query.set(key, value);
    }
    const comment = body?.comment;
    if (typeof comment === "string" && comment && encodeURIComponent(comment).length <= MAX_CARRIED_COMMENT) query.set("comment", comment);
    return seeOther(`${page}?${query}`, headers);
  };
  const message = (status: number, code: Code, extra: Record<string, unknown>, t = translator()) =>
    status === 404
      ? t("invalid.title")
      : code === "rateLimited"
      ? t("errors.rateLimited", { minutes: Math.max(1, Math.ceil(Number(extra.retryAfter) / 60)) })
      : code === "commentTooLong"
        ? t("errors.commentTooLong", { max: COMMENT_MAX })
        : t(`errors.${code}`);

  try {
    body = await readBody(request, contentType);
    if (!body) return fail(400, "invalid");
    const outcome = await submitSurveyAnswer(token, body, { ip: clientIp(request.headers, env.TRUST_PROXY) });
    switch (outcome.status) {
      case "stored":
        return wantsJson ? Response.json({ ok: true }, { status: 201 }) : seeOther(`${page}?done=1`);
      case "already":
        return wantsJson ? Response.json({ ok: true, already: true }) : seeOther(page);
      case "refused":
        return fail(400, outcome.code);
      case "invalidToken":
        return wantsJson ? fail(404, "invalid") : seeOther(page);
      case "expired":
        return wantsJson ? fail(410, "expired") : seeOther(page);
    }
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return fail(429, "rateLimited", { retryAfter: error.retryAfterSeconds }, { "Retry-After": String(error.retryAfterSeconds) });
    }
    console.error("[survey] answer failed", error);
    return fail(500, "unexpected");
  }
}

/** JSON or an urlencoded form post as a plain object; null when unreadable, of another type, or too large. */
async function readBody(request: Request, contentType: string): Promise<Record<string, unknown> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === null) return null;
  if (contentType.includes("application/json")) {
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  if (contentType.includes("application/x-www-form-urlencoded")) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(text)) out[key] = value;
    return out;
  }
  return null;
}

/** The body as text, or null once it passes `max` bytes (a chunked body has no Content-Length to trust). */
async function readLimited(request: Request, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Relative Location: correct behind any proxy, whatever host the request came in on. */
function seeOther(location: string, headers?: HeadersInit) {
  const out = new Headers(headers);
  out.set("Location", location);
  return new Response(null, { status: 303, headers: out });
}
