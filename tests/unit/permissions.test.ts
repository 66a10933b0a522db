import { describe, expect, it } from "vitest";
import { can, permissions, type Permission, type RoleName } from "@/lib/authz/permissions";

// The role table from the spine issue, written out in full so a change to the table is deliberate.
const expected: Record<Permission, RoleName[]> = {
  "inquiries.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  "inquiries.create": ["ADMIN", "AGENT"],
  "inquiries.reply": ["ADMIN", "AGENT"],
  "inquiries.note": ["ADMIN", "AGENT", "PRODUCT"],
  "inquiries.update": ["ADMIN", "AGENT"],
  "customers.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  "customers.write": ["ADMIN", "AGENT"],
  "admin.manage": ["ADMIN"],
  "board.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  "board.push": ["ADMIN", "AGENT", "PRODUCT"],
  "board.manage": ["ADMIN", "PRODUCT"],
  "board.comment": ["ADMIN", "AGENT", "PRODUCT"],
  "outbox.read": ["ADMIN"],
  "surveys.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  "surveys.send": ["ADMIN", "AGENT"],
  "surveys.manage": ["ADMIN"],
  "dashboard.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
};

describe("permission table", () => {
  it("covers every permission", () => expect(permissions.sort()).toEqual(Object.keys(expected).sort()));
  for (const role of ["ADMIN", "AGENT", "PRODUCT", "MEMBER"] as const) {
    it(`${role}`, () => {
      for (const p of permissions) expect(can({ role }, p), `${role} ${p}`).toBe(expected[p].includes(role));
    });
  }
});
