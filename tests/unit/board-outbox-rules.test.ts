import { describe, expect, it } from "vitest";
import { afterSendFailure, claimMarker, classifySendError, isClaimMarker, MAX_ATTEMPTS, outboxState } from "@/lib/outbox/rules";

// At most once: a failed send may be retried only when it provably did not go out.

describe("classifySendError", () => {
  it.each([
    [{ responseCode: 421 }, "retry"],
    [{ responseCode: 451, command: "DATA" }, "retry"],
    [{ responseCode: 550 }, "rejected"],
    [{ responseCode: 554, command: "DATA" }, "rejected"],
    [{ code: "ECONNECTION" }, "retry"],
    [{ code: "EDNS" }, "retry"],
    [{ code: "ESOCKET", command: "CONN" }, "retry"],
    [{ code: "ESOCKET", command: "DATA" }, "unknown"],
    [{ code: "ETIMEDOUT" }, "unknown"],
    [new Error("boom"), "unknown"],
    [undefined, "unknown"],
  ] as const)("%o → %s", (error, kind) => {
    expect(classifySendError(error)).toBe(kind);
  });
});

describe("afterSendFailure", () => {
  it("retries provable non-sends up to the limit; everything else fails for good", () => {
    expect(afterSendFailure("retry", 1)).toEqual({ status: "PENDING" });
    expect(afterSendFailure("retry", MAX_ATTEMPTS - 1)).toEqual({ status: "PENDING" });
    expect(afterSendFailure("retry", MAX_ATTEMPTS)).toEqual({ status: "FAILED" });
    expect(afterSendFailure("rejected", 1)).toEqual({ status: "FAILED" });
    expect(afterSendFailure("unknown", 1)).toEqual({ status: "FAILED" });
  });
});

describe("outbox state", () => {
  const at = new Date("2026-03-02T00:00:00Z");
  it("reads the claim marker as 'sending', not as an error", () => {
    const marker = claimMarker(at, "tok");
    expect(marker).toBe("sending:2026-03-02T00:00:00.000Z:tok");
    expect(isClaimMarker(marker)).toBe(true);
    expect(isClaimMarker("421 try later")).toBe(false);
    expect(isClaimMarker(null)).toBe(false);
    expect(outboxState({ status: "PENDING", attempts: 1, lastError: marker })).toBe("sending");
  });
  it.each([
    [{ status: "PENDING", attempts: 0, lastError: null }, "kept"],
    [{ status: "PENDING", attempts: 1, lastError: "421 try later" }, "retrying"],
    [{ status: "SENT", attempts: 1, lastError: null }, "sent"],
    [{ status: "FAILED", attempts: 3, lastError: "550" }, "failed"],
  ] as const)("%o → %s", (row, state) => {
    expect(outboxState(row)).toBe(state);
  });
});
