import { describe, expect, it } from "vitest";
import { CONTACT_LIMITS, contactFieldErrorKeys, contactFormSchema, HONEYPOT_FIELD, isHoneypotFilled } from "@/lib/contact/schema";
import { clientIp, UNKNOWN_CLIENT } from "@/lib/contact/client-ip";

const valid = {
  name: "김민지",
  email: " Minji.Kim@Example.com ",
  subject: "결제 오류",
  message: "카드 결제가 두 번 됐어요.",
  token: "0b6f1f6e-2c4b-4d8e-9d3a-2f0f4f2a9c11",
};

describe("contact form schema", () => {
  it("accepts a valid submission and normalizes the email", () => {
    const parsed = contactFormSchema.parse(valid);
    expect(parsed.email).toBe("minji.kim@example.com");
    expect(parsed.subject).toBe("결제 오류");
  });

  it.each([
    ["subject", "x".repeat(CONTACT_LIMITS.subject + 1), "tooLong"],
    ["message", "x".repeat(CONTACT_LIMITS.message + 1), "tooLong"],
    ["email", "not-an-email", "email"],
    ["name", "   ", "required"],
    ["message", "", "required"],
    ["token", "123", "invalid"],
  ])("refuses %s = %s… as %s", (field, value, key) => {
    const r = contactFormSchema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    expect(contactFieldErrorKeys(r.error!)).toEqual({ [field]: [key] });
  });

  it("accepts the maximum lengths exactly", () => {
    const r = contactFormSchema.safeParse({ ...valid, subject: "s".repeat(200), message: "m".repeat(20_000) });
    expect(r.success).toBe(true);
  });

  it("reports a missing field as required", () => {
    const { email: _omit, ...rest } = valid;
    expect(contactFieldErrorKeys(contactFormSchema.safeParse(rest).error!)).toEqual({ email: ["required"] });
  });
});

describe("honeypot", () => {
  it.each([
    [{}, false],
    [{ [HONEYPOT_FIELD]: "" }, false],
    [{ [HONEYPOT_FIELD]: "   " }, false],
    [{ [HONEYPOT_FIELD]: "http://spam.example" }, true],
    [{ [HONEYPOT_FIELD]: 1 }, true],
  ])("%j → %s", (raw, expected) => expect(isHoneypotFilled(raw)).toBe(expected));
});

describe("client address for the rate limit", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("behind a trusted proxy takes the LAST X-Forwarded-For entry (the one the proxy added)", () => {
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), true)).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7:5123" }), true)).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "2001:db8::1" }), true)).toBe("2001:db8::1");
  });
  it("without a trusted proxy prefers X-Real-IP, then the first X-Forwarded-For entry", () => {
    // Untrusted: next start fills X-Forwarded-For from the socket when the client sent none.
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), false)).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }), false)).toBe("203.0.113.7");
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.2" }), false)).toBe("198.51.100.2");
  });
  it("falls back to X-Real-IP, then to one shared bucket; junk is never a key", () => {
    expect(clientIp(h({ "x-real-ip": "198.51.100.2" }), true)).toBe("198.51.100.2");
    expect(clientIp(h({ "x-real-ip": "'; DROP TABLE" }), false)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(h({ "x-forwarded-for": "garbage" }), true)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(h({}), false)).toBe(UNKNOWN_CLIENT);
  });
});
