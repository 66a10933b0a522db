import { describe, expect, it } from "vitest";
import { splitMinutes, userChangeViolation, type UserChange } from "@/lib/admin/rules";
import type { RoleName } from "@/lib/authz/permissions";

const me = "me";
type Case = [string, { id: string; role: RoleName; active: boolean }, UserChange, number, ReturnType<typeof userChangeViolation>];

describe("userChangeViolation", () => {
  it.each<Case>([
    ["demote self", { id: me, role: "ADMIN", active: true }, { kind: "role", role: "AGENT" }, 3, "adminSelfChange"],
    ["deactivate self", { id: me, role: "ADMIN", active: true }, { kind: "active", active: false }, 3, "adminSelfChange"],
    ["self, same role (no-op)", { id: me, role: "ADMIN", active: true }, { kind: "role", role: "ADMIN" }, 1, null],
    ["demote the last admin", { id: "b", role: "ADMIN", active: true }, { kind: "role", role: "MEMBER" }, 1, "adminLastAdmin"],
    ["deactivate the last admin", { id: "b", role: "ADMIN", active: true }, { kind: "active", active: false }, 1, "adminLastAdmin"],
    ["demote one of two admins", { id: "b", role: "ADMIN", active: true }, { kind: "role", role: "AGENT" }, 2, null],
    ["deactivate one of two admins", { id: "b", role: "ADMIN", active: true }, { kind: "active", active: false }, 2, null],
    ["deactivate an agent", { id: "b", role: "AGENT", active: true }, { kind: "active", active: false }, 1, null],
    ["promote an agent", { id: "b", role: "AGENT", active: true }, { kind: "role", role: "ADMIN" }, 1, null],
    ["reactivate an admin", { id: "b", role: "ADMIN", active: false }, { kind: "active", active: true }, 1, null],
    ["demote an inactive admin", { id: "b", role: "ADMIN", active: false }, { kind: "role", role: "AGENT" }, 1, null],
  ])("%s", (_, target, change, activeAdminCount, expected) => {
    expect(userChangeViolation({ actorId: me, target, change, activeAdminCount })).toBe(expected);
  });
});

describe("splitMinutes", () => {
  it.each([
    [0, 0, 0],
    [59, 0, 59],
    [60, 1, 0],
    [4 * 60 + 30, 4, 30],
    [7 * 24 * 60, 168, 0],
  ])("%i min → %i h %i min", (total, hours, minutes) => {
    expect(splitMinutes(total)).toEqual({ hours, minutes });
  });
});
