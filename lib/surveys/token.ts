import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Survey link tokens (pure: the secret and the clock come in). A token names one survey request
 * and its expiry, signed with HMAC-SHA256 under a key derived from the app secret:
 *
 *   base64url(request uuid, 16 bytes ‖ expiry in unix seconds, 6 bytes) "." base64url(mac, 16 bytes)
 *
 * 52 characters, safe in a URL path. Verifying checks the MAC in constant time, then the expiry;
 * the caller also checks that the request's stored expiry matches (the token is bound to it).
 */
const MAC_BYTES = 16;

function key(secret: string): Buffer {
  return createHmac("sha256", secret).update("loopdesk survey link v1").digest();
}

function mac(secret: string, payload: Buffer): Buffer {
  return createHmac("sha256", key(secret)).update(payload).digest().subarray(0, MAC_BYTES);
}

export function signSurveyToken(requestId: string, expiresAt: Date, secret: string): string {
  const id = Buffer.from(requestId.replace(/-/g, ""), "hex");
  if (id.length !== 16) throw new Error("survey request id must be a uuid");
  const exp = Buffer.alloc(6);
  exp.writeUIntBE(Math.floor(expiresAt.getTime() / 1000), 0, 6);
  const payload = Buffer.concat([id, exp]);
  return `${payload.toString("base64url")}.${mac(secret, payload).toString("base64url")}`;
}

export type TokenCheck =
  | { ok: true; requestId: string; expiresAt: Date }
  | { ok: false; reason: "malformed" | "tampered" | "expired" };

export function verifySurveyToken(token: string, secret: string, now: Date): TokenCheck {
  const match = /^([A-Za-z0-9_-]{30})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const payload = Buffer.from(match[1], "base64url");
  const given = Buffer.from(match[2], "base64url");
  if (payload.length !== 22 || given.length !== MAC_BYTES) return { ok: false, reason: "malformed" };
  if (!timingSafeEqual(given, mac(secret, payload))) return { ok: false, reason: "tampered" };
  // base64url's last character carries spare bits that decoding ignores: accept only the one
  // canonical spelling, so a link is one string, not several that open the same survey.
  if (match[1] !== payload.toString("base64url") || match[2] !== given.toString("base64url")) return { ok: false, reason: "tampered" };
  const expiresAt = new Date(payload.readUIntBE(16, 6) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  const hex = payload.subarray(0, 16).toString("hex");
  const requestId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { ok: true, requestId, expiresAt };
}

/** Expiry stored with a request: whole seconds, so the token and the row agree exactly. */
export function surveyExpiry(createdAt: Date, ttlMs: number): Date {
  return new Date(Math.floor((createdAt.getTime() + ttlMs) / 1000) * 1000);
}
