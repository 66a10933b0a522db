import { describe, expect, it } from "vitest";
import { signSurveyToken, surveyExpiry, verifySurveyToken } from "@/lib/surveys/token";
import { SURVEY_TTL_MS } from "@/lib/surveys/rules";

const secret = "unit-test-secret-0123456789abcdef";
const requestId = "3f2b8c1e-7a4d-4e0b-9c6f-1d2e3f4a5b6c";
const otherId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const created = new Date("2026-03-02T09:15:42.789Z");
const expiresAt = surveyExpiry(created, SURVEY_TTL_MS);
const now = new Date("2026-03-10T00:00:00Z");

/** Replaces the character at `i` with a different base64url character (never the last: its spare bits are ignored). */
const change = (s: string, i: number) => s.slice(0, i) + (s[i] === "Q" ? "R" : "Q") + s.slice(i + 1);

describe("survey link tokens", () => {
  it("round-trips: the token names its request and expiry, is URL-safe and 52 characters", () => {
    const token = signSurveyToken(requestId, expiresAt, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]{30}\.[A-Za-z0-9_-]{22}$/);
    expect(verifySurveyToken(token, secret, now)).toEqual({ ok: true, requestId, expiresAt });
  });

  it("stores whole seconds, 28 days after creation, so the token and the row agree exactly", () => {
    expect(expiresAt.toISOString()).toBe("2026-03-30T09:15:42.000Z");
    const token = signSurveyToken(requestId, expiresAt, secret);
    expect(verifySurveyToken(token, secret, now)).toMatchObject({ expiresAt });
  });

  it("is deterministic per request and expiry, and differs between requests", () => {
    expect(signSurveyToken(requestId, expiresAt, secret)).toBe(signSurveyToken(requestId, expiresAt, secret));
    expect(signSurveyToken(otherId, expiresAt, secret)).not.toBe(signSurveyToken(requestId, expiresAt, secret));
  });

  it.each([0, 7, 15, 21, 28])("refuses a payload changed at character %i as tampered", (i) => {
    const [payload, mac] = signSurveyToken(requestId, expiresAt, secret).split(".");
    expect(verifySurveyToken(`${change(payload, i)}.${mac}`, secret, now)).toEqual({ ok: false, reason: "tampered" });
  });

  it.each([0, 10, 20])("refuses a MAC changed at character %i as tampered", (i) => {
    const [payload, mac] = signSurveyToken(requestId, expiresAt, secret).split(".");
    expect(verifySurveyToken(`${payload}.${change(mac, i)}`, secret, now)).toEqual({ ok: false, reason: "tampered" });
  });

  it("refuses another request's id under this token's MAC (a link cannot be pointed at another request)", () => {
    const [, mac] = signSurveyToken(requestId, expiresAt, secret).split(".");
    const [otherPayload] = signSurveyToken(otherId, expiresAt, secret).split(".");
    expect(verifySurveyToken(`${otherPayload}.${mac}`, secret, now)).toEqual({ ok: false, reason: "tampered" });
  });

  it("refuses a later expiry under the old MAC (a link cannot be extended)", () => {
    const [, mac] = signSurveyToken(requestId, expiresAt, secret).split(".");
    const [extended] = signSurveyToken(requestId, new Date(expiresAt.getTime() + 86_400_000), secret).split(".");
    expect(verifySurveyToken(`${extended}.${mac}`, secret, now)).toEqual({ ok: false, reason: "tampered" });
  });

  it("refuses a token signed with another secret", () => {
    const token = signSurveyToken(requestId, expiresAt, "another-secret-0123456789abcdef");
    expect(verifySurveyToken(token, secret, now)).toEqual({ ok: false, reason: "tampered" });
  });

  it("works until its expiry and not from that second on", () => {
    const token = signSurveyToken(requestId, expiresAt, secret);
    expect(verifySurveyToken(token, secret, new Date(expiresAt.getTime() - 1)).ok).toBe(true);
    expect(verifySurveyToken(token, secret, expiresAt)).toEqual({ ok: false, reason: "expired" });
    expect(verifySurveyToken(token, secret, new Date(expiresAt.getTime() + 86_400_000))).toEqual({ ok: false, reason: "expired" });
  });

  it("checks the MAC before the expiry: a forged expired token reads as tampered, not expired", () => {
    const [payload, mac] = signSurveyToken(requestId, new Date("2026-01-01T00:00:00Z"), secret).split(".");
    expect(verifySurveyToken(`${payload}.${change(mac, 3)}`, secret, now)).toEqual({ ok: false, reason: "tampered" });
  });

  it.each([
    ["empty", ""],
    ["no dot", "abc"],
    ["a uuid", requestId],
    ["payload too short", `${"A".repeat(29)}.${"A".repeat(22)}`],
    ["MAC too long", `${"A".repeat(30)}.${"A".repeat(23)}`],
    ["padding", `${"A".repeat(30)}.${"A".repeat(20)}==`],
    ["standard base64 characters", `${"A".repeat(29)}+.${"A".repeat(22)}`],
    ["a path", `${"A".repeat(30)}.${"A".repeat(21)}/`],
    ["trailing text", `${signSurveyToken(requestId, expiresAt, secret)}x`],
    ["whitespace", ` ${signSurveyToken(requestId, expiresAt, secret)}`],
  ])("refuses a malformed token (%s)", (_, token) => {
    expect(verifySurveyToken(token, secret, now)).toEqual({ ok: false, reason: "malformed" });
  });

  it("will not sign something that is not a uuid", () => {
    expect(() => signSurveyToken("42", expiresAt, secret)).toThrow();
  });
});

describe("canonical spelling", () => {
  it("refuses a token whose last character differs only in bits base64url decoding ignores", async () => {
    const { signSurveyToken: sign, verifySurveyToken: verify } = await import("@/lib/surveys/token");
    const secret = "s".repeat(32);
    const expires = new Date("2030-01-01T00:00:00Z");
    const token = sign("0b8f7e52-3c1a-4d2e-9f00-1234567890ab", expires, secret);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = token[token.length - 1];
    const sibling = alphabet[alphabet.indexOf(last) ^ 1];
    const twin = token.slice(0, -1) + sibling;
    expect(Buffer.from(twin.split(".")[1], "base64url")).toEqual(Buffer.from(token.split(".")[1], "base64url"));
    expect(verify(twin, secret, new Date("2029-01-01T00:00:00Z"))).toEqual({ ok: false, reason: "tampered" });
  });
});
