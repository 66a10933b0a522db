import { isIP } from "node:net";

/**
 * The client address used to rate-limit the public web form.
 *
 * - TRUST_PROXY=1 (the app runs behind a reverse proxy you control): the LAST entry of
 *   X-Forwarded-For, i.e. the address your proxy saw. Earlier entries are whatever the client
 *   sent and can be forged. With several proxies in a chain, make the outermost one overwrite
 *   the header (or set X-Real-IP) so the last entry is still the client.
 * - Otherwise: X-Real-IP when present (nginx's `proxy_set_header X-Real-IP $remote_addr`
 *   overwrites it), else the first X-Forwarded-For entry — `next start`/`next dev` fill that
 *   header from the socket address when the client sent none — else one shared fallback bucket.
 *   A client reaching the app directly can forge either header, so submitContactForm also keeps
 *   a site-wide cap; put a proxy in front in production and set TRUST_PROXY=1.
 */
export function clientIp(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const last = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
    if (last && isIP(stripPort(last))) return stripPort(last);
  }
  const real = headers.get("x-real-ip")?.trim();
  if (real && isIP(stripPort(real))) return stripPort(real);
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (first && isIP(stripPort(first))) return stripPort(first);
  return UNKNOWN_CLIENT;
}

/** Everyone without a usable address shares this one bucket (strict, but never unlimited). */
export const UNKNOWN_CLIENT = "unknown";

/** "1.2.3.4:5678" → "1.2.3.4"; IPv6 ("::1", "[::1]:80") is left alone or unbracketed. */
function stripPort(value: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  return v4 ? v4[1] : value;
}
