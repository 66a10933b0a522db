import { describe, expect, it } from "vitest";
import { claimMarker } from "@/lib/outbox/rules";
import { canChangeRecipient, canSendNow, invitationState, type InvitationRow } from "@/lib/surveys/invitation";
import { changeSurveyRecipientSchema, sendPulseSchema, updateSurveySettingsSchema } from "@/lib/surveys/send-schema";

const now = new Date("2026-03-02T05:00:00Z");
const row = (r: Partial<InvitationRow>): InvitationRow => ({ status: "PENDING", lastError: null, sendAfter: now, ...r });

describe("invitationState", () => {
  it.each([
    ["no mail", null, "none"],
    ["held", row({ sendAfter: new Date(now.getTime() + 60_000) }), "scheduled"],
    ["due", row({ sendAfter: new Date(now.getTime() - 1) }), "queued"],
    ["due at this instant", row({}), "queued"],
    ["retrying after a refused send", row({ lastError: "421 try later" }), "queued"],
    ["claimed by a run", row({ lastError: claimMarker(now, "w"), sendAfter: new Date(now.getTime() + 60_000) }), "sending"],
    ["sent", row({ status: "SENT" }), "sent"],
    ["failed", row({ status: "FAILED", lastError: "550" }), "failed"],
  ] as const)("%s → %s", (_, input, expected) => {
    expect(invitationState(input, now)).toBe(expected);
  });

  it("the recipient changes only before the mail may have gone out, and never after an answer", () => {
    expect(["none", "scheduled", "queued", "sending", "sent", "failed"].filter((s) => canChangeRecipient(s as never, false)))
      .toEqual(["none", "scheduled", "queued"]);
    expect(canChangeRecipient("scheduled", true)).toBe(false);
    expect(canSendNow("scheduled", false)).toBe(true);
    expect(canSendNow("none", false)).toBe(false);
    expect(canSendNow("sending", false)).toBe(false);
    expect(canSendNow("scheduled", true)).toBe(false);
  });
});

describe("send schemas", () => {
  const id = "3f1c2a4e-9b7d-4c1e-8f2a-1b2c3d4e5f60";
  it("normalizes the recipient email and treats a blank name as none", () => {
    expect(changeSurveyRecipientSchema.parse({ inquiryId: id, email: " Dana@Example.COM ", name: "  " }))
      .toEqual({ inquiryId: id, email: "dana@example.com", name: null });
    expect(changeSurveyRecipientSchema.safeParse({ inquiryId: id, email: "nope", name: "x" }).success).toBe(false);
    expect(changeSurveyRecipientSchema.safeParse({ inquiryId: id, email: "a@b.co", name: "x".repeat(201) }).success).toBe(false);
    expect(changeSurveyRecipientSchema.safeParse({ inquiryId: id, email: "a@b.co", name: "x".repeat(200) }).success).toBe(true);
  });

  it("settings: delay 0–1440 whole minutes, a known mode, a version", () => {
    expect(updateSurveySettingsSchema.parse({ mode: "CSAT_CES", delayMinutes: "0", expectedVersion: "3" })).toEqual({ mode: "CSAT_CES", delayMinutes: 0, expectedVersion: 3 });
    for (const delayMinutes of ["-1", "1441", "2.5", ""]) {
      expect(updateSurveySettingsSchema.safeParse({ mode: "CSAT", delayMinutes, expectedVersion: 1 }).success, delayMinutes).toBe(false);
    }
    expect(updateSurveySettingsSchema.safeParse({ mode: "PULSE", delayMinutes: 1, expectedVersion: 1 }).success).toBe(false);
  });

  it("pulse: a question up to 300 characters, everyone or one role, a key", () => {
    expect(sendPulseSchema.safeParse({ question: "x".repeat(300), audience: "ALL", idempotencyKey: "abcdefgh" }).success).toBe(true);
    expect(sendPulseSchema.safeParse({ question: "x".repeat(301), audience: "ALL", idempotencyKey: "abcdefgh" }).success).toBe(false);
    expect(sendPulseSchema.safeParse({ question: "Q", audience: "AGENT", idempotencyKey: "abcdefgh" }).success).toBe(true);
    expect(sendPulseSchema.safeParse({ question: "Q", audience: "CUSTOMER", idempotencyKey: "abcdefgh" }).success).toBe(false);
    expect(sendPulseSchema.safeParse({ question: "Q", audience: "ALL", idempotencyKey: "" }).success).toBe(false);
  });
});
