/**
 * The role → permission table (pure). Every domain function asks `can(actor, permission)`;
 * pages use it only to hide controls, never as the check.
 */
export const roles = ["ADMIN", "AGENT", "PRODUCT", "MEMBER"] as const;
export type RoleName = (typeof roles)[number];

const table = {
  "inquiries.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  "inquiries.create": ["ADMIN", "AGENT"],
  "inquiries.reply": ["ADMIN", "AGENT"],
  "inquiries.note": ["ADMIN", "AGENT", "PRODUCT"],
  "inquiries.update": ["ADMIN", "AGENT"],
  "customers.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  "customers.write": ["ADMIN", "AGENT"],
  "admin.manage": ["ADMIN"],
  "board.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  /** Push inquiries to the board: create a problem, link, move, unlink. */
  "board.push": ["ADMIN", "AGENT", "PRODUCT"],
  /** Work the board: accept, prioritize, own, ship, decline, merge, edit. */
  "board.manage": ["ADMIN", "PRODUCT"],
  "board.comment": ["ADMIN", "AGENT", "PRODUCT"],
  "outbox.read": ["ADMIN"],
  /** Survey results: everyone sees everyone's figures (visibility). */
  "surveys.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
  /** An inquiry's survey: change the recipient, send now, copy the link. */
  "surveys.send": ["ADMIN", "AGENT"],
  /** Survey settings, and the staff pulse (send it, read its results). */
  "surveys.manage": ["ADMIN"],
  /** The weekly VOC dashboard, the digest pages and their CSV exports: the whole company reads them. */
  "dashboard.read": ["ADMIN", "AGENT", "PRODUCT", "MEMBER"],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof table;
export const permissions = Object.keys(table) as Permission[];

export function can(actor: { role: RoleName }, permission: Permission): boolean {
  return (table[permission] as readonly RoleName[]).includes(actor.role);
}
