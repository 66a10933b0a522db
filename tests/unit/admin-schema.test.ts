import { describe, expect, it } from "vitest";
import {
  changeUserRoleSchema,
  createTagSchema,
  createUserSchema,
  MAX_SLA_MINUTES,
  updateSlaTargetsSchema,
} from "@/lib/admin/schema";
import { priorities } from "@/lib/inquiries/rules";

const user = { name: "Hana Yoon", email: "hana@example.com", role: "AGENT", password: "twelve-chars" };

/** A valid SLA form (all targets 1 h / 2 h) with overrides. */
function slaForm(overrides: Record<string, string> = {}) {
  const form: Record<string, string> = {};
  for (const p of priorities) {
    Object.assign(form, { [`${p}_firstResponseHours`]: "1", [`${p}_firstResponseMinutes`]: "0", [`${p}_resolutionHours`]: "2", [`${p}_resolutionMinutes`]: "0" });
  }
  return { ...form, ...overrides };
}
const issuePaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => String(i.path[0])) ?? [];

describe("createUserSchema", () => {
  it.each([
    ["11 characters", "eleven-char", false],
    ["12 characters", "twelve-chars", true],
    ["200 characters", "x".repeat(200), true],
    ["201 characters", "x".repeat(201), false],
  ])("password of %s → valid %s", (_, password, ok) => {
    expect(createUserSchema.safeParse({ ...user, password }).success).toBe(ok);
  });

  it("trims and lowercases the email, and rejects a malformed one", () => {
    expect(createUserSchema.parse({ ...user, email: "  Hana@Example.COM " }).email).toBe("hana@example.com");
    for (const email of ["", "hana", "hana@", "@example.com", "hana example.com"]) {
      expect(createUserSchema.safeParse({ ...user, email }).success, email).toBe(false);
    }
  });

  it("requires a name and a known role", () => {
    expect(issuePaths(createUserSchema.safeParse({ ...user, name: "   " }))).toEqual(["name"]);
    expect(issuePaths(createUserSchema.safeParse({ ...user, role: "OWNER" }))).toEqual(["role"]);
    expect(changeUserRoleSchema.safeParse({ userId: "not-a-uuid", role: "ADMIN" }).success).toBe(false);
  });
});

describe("createTagSchema", () => {
  it("accepts only Badge tones and a non-empty bounded name", () => {
    expect(createTagSchema.safeParse({ name: "배송", color: "sky" }).success).toBe(true);
    expect(createTagSchema.safeParse({ name: "x", color: "red" }).success).toBe(false);
    expect(createTagSchema.safeParse({ name: " ", color: "sky" }).success).toBe(false);
    expect(createTagSchema.safeParse({ name: "x".repeat(61), color: "sky" }).success).toBe(false);
  });
});

describe("updateSlaTargetsSchema", () => {
  it("turns hours + minutes into minutes per priority", () => {
    const parsed = updateSlaTargetsSchema.parse(slaForm({ URGENT_firstResponseHours: "0", URGENT_firstResponseMinutes: "45", LOW_resolutionHours: "168" }));
    expect(parsed.URGENT).toEqual({ firstResponseMinutes: 45, resolutionMinutes: 120 });
    expect(parsed.LOW).toEqual({ firstResponseMinutes: 60, resolutionMinutes: 168 * 60 });
  });

  it.each([
    ["zero total", { HIGH_firstResponseHours: "0", HIGH_firstResponseMinutes: "0" }, "HIGH_firstResponseHours"],
    ["negative minutes", { HIGH_firstResponseMinutes: "-5" }, "HIGH_firstResponseMinutes"],
    ["negative hours", { NORMAL_resolutionHours: "-1" }, "NORMAL_resolutionHours"],
    ["fractional hours", { NORMAL_resolutionHours: "1.5" }, "NORMAL_resolutionHours"],
    ["not a number", { LOW_resolutionHours: "soon" }, "LOW_resolutionHours"],
    ["over 90 days", { LOW_resolutionHours: "2160", LOW_resolutionMinutes: "1" }, "LOW_resolutionHours"],
  ])("refuses %s on the right field", (_, overrides, field) => {
    const result = updateSlaTargetsSchema.safeParse(slaForm(overrides));
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(field);
  });

  it("accepts a target typed in minutes only", () => {
    const parsed = updateSlaTargetsSchema.parse(slaForm({ HIGH_firstResponseHours: "0", HIGH_firstResponseMinutes: "90" }));
    expect(parsed.HIGH.firstResponseMinutes).toBe(90);
  });

  it("accepts exactly 90 days", () => {
    const parsed = updateSlaTargetsSchema.parse(slaForm({ LOW_resolutionHours: "2160", LOW_resolutionMinutes: "0" }));
    expect(parsed.LOW.resolutionMinutes).toBe(MAX_SLA_MINUTES);
  });
});
