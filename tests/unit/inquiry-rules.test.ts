import { describe, expect, it } from "vitest";
import {
  allowedTransitions, canTransition, defaultSlaTargets, diffTags, dueAt, firstResponseAt, inquiryStatuses,
  isOverdue, statusChangeFields, type InquiryStatus,
} from "@/lib/inquiries/rules";

describe("status transitions", () => {
  const allowed: [InquiryStatus, InquiryStatus][] = [
    ["NEW", "OPEN"], ["NEW", "PENDING"], ["NEW", "RESOLVED"], ["OPEN", "PENDING"], ["PENDING", "OPEN"],
    ["OPEN", "RESOLVED"], ["PENDING", "RESOLVED"], ["RESOLVED", "CLOSED"], ["RESOLVED", "OPEN"], ["CLOSED", "OPEN"],
  ];
  it.each(allowed)("%s → %s is allowed", (from, to) => expect(canTransition(from, to)).toBe(true));

  it("refuses every other pair, including staying put", () => {
    for (const from of inquiryStatuses) {
      for (const to of inquiryStatuses) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("lists the moves for the UI", () => {
    expect(allowedTransitions("CLOSED")).toEqual(["OPEN"]);
  });
});

describe("SLA due time", () => {
  const created = new Date("2026-03-02T00:00:00Z");
  it.each([
    ["URGENT", "2026-03-02T04:00:00.000Z"],
    ["HIGH", "2026-03-03T00:00:00.000Z"],
    ["NORMAL", "2026-03-05T00:00:00.000Z"],
    ["LOW", "2026-03-09T00:00:00.000Z"],
  ] as const)("%s is due at %s by default", (priority, expected) => {
    expect(dueAt(created, priority).toISOString()).toBe(expected);
  });

  it("uses admin-set targets", () => {
    const targets = { ...defaultSlaTargets, HIGH: { firstResponseMinutes: 10, resolutionMinutes: 90 } };
    expect(dueAt(created, "HIGH", targets).toISOString()).toBe("2026-03-02T01:30:00.000Z");
  });

  it("is overdue only while open and past due", () => {
    const now = new Date("2026-03-10T00:00:00Z");
    const past = new Date("2026-03-09T00:00:00Z");
    expect(isOverdue({ status: "OPEN", dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: "PENDING", dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: "RESOLVED", dueAt: past }, now)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueAt: new Date("2026-03-11T00:00:00Z") }, now)).toBe(false);
  });
});

describe("timestamps", () => {
  const now = new Date("2026-03-02T09:00:00Z");
  const earlier = new Date("2026-03-01T09:00:00Z");
  it("sets the resolution time on the first resolve only", () => {
    expect(statusChangeFields({ resolvedAt: null, closedAt: null }, "RESOLVED", now)).toEqual({ resolvedAt: now });
    expect(statusChangeFields({ resolvedAt: earlier, closedAt: null }, "RESOLVED", now)).toEqual({});
  });
  it("stamps and clears closedAt", () => {
    expect(statusChangeFields({ resolvedAt: earlier, closedAt: null }, "CLOSED", now)).toEqual({ closedAt: now });
    expect(statusChangeFields({ resolvedAt: earlier, closedAt: earlier }, "OPEN", now)).toEqual({ closedAt: null });
  });
  it("sets the first response once", () => {
    expect(firstResponseAt(null, now)).toBe(now);
    expect(firstResponseAt(earlier, now)).toBeUndefined();
  });
});

describe("diffTags", () => {
  it("reports added and removed", () => {
    expect(diffTags(["a", "b"], ["b", "c"])).toEqual({ added: ["c"], removed: ["a"] });
  });
});
