/**
 * Inquiry rules (pure: no db, no clock — `now` comes in). Status transitions, SLA due times,
 * and what a change means for the timeline.
 */
/** Input bounds (issue 2): subject ≤ 200, message/reply/note ≤ 20,000 characters. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

export const inquiryStatuses = ["NEW", "OPEN", "PENDING", "RESOLVED", "CLOSED"] as const;
export type InquiryStatus = (typeof inquiryStatuses)[number];
export const priorities = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export type Priority = (typeof priorities)[number];
export const channels = ["PHONE", "EMAIL", "CHAT", "SOCIAL", "WEB_FORM", "IN_PERSON", "INTERNAL"] as const;
export type Channel = (typeof channels)[number];
export const customerTypes = ["INTERNAL", "PROSPECT", "BUYER", "USER", "CHURNED"] as const;
export type CustomerType = (typeof customerTypes)[number];

/** NEW → OPEN ⇄ PENDING → RESOLVED → CLOSED; resolved or closed inquiries can be reopened. */
const transitions: Record<InquiryStatus, readonly InquiryStatus[]> = {
  NEW: ["OPEN", "PENDING", "RESOLVED"],
  OPEN: ["PENDING", "RESOLVED"],
  PENDING: ["OPEN", "RESOLVED"],
  RESOLVED: ["OPEN", "CLOSED"],
  CLOSED: ["OPEN"],
};

export function canTransition(from: InquiryStatus, to: InquiryStatus): boolean {
  return transitions[from].includes(to);
}

export function allowedTransitions(from: InquiryStatus): readonly InquiryStatus[] {
  return transitions[from];
}

export const openStatuses: readonly InquiryStatus[] = ["NEW", "OPEN", "PENDING"];
export const isOpen = (status: InquiryStatus) => openStatuses.includes(status);

export type SlaTargets = Record<Priority, { firstResponseMinutes: number; resolutionMinutes: number }>;

/** Defaults used when an admin has not set targets (minutes). */
export const defaultSlaTargets: SlaTargets = {
  URGENT: { firstResponseMinutes: 60, resolutionMinutes: 4 * 60 },
  HIGH: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  NORMAL: { firstResponseMinutes: 8 * 60, resolutionMinutes: 3 * 24 * 60 },
  LOW: { firstResponseMinutes: 24 * 60, resolutionMinutes: 7 * 24 * 60 },
};

/** Resolution due time: created + the priority's resolution target (wall-clock minutes). */
export function dueAt(createdAt: Date, priority: Priority, targets: SlaTargets = defaultSlaTargets): Date {
  return new Date(createdAt.getTime() + targets[priority].resolutionMinutes * 60_000);
}

export function isOverdue(inquiry: { status: InquiryStatus; dueAt: Date }, now: Date): boolean {
  return isOpen(inquiry.status) && inquiry.dueAt.getTime() < now.getTime();
}

/**
 * What a status change sets: reopening keeps the first resolution time (resolution time is
 * created → first resolved, DESIGN.md); closing stamps closedAt.
 */
export function statusChangeFields(
  current: { resolvedAt: Date | null; closedAt: Date | null },
  to: InquiryStatus,
  now: Date,
): { resolvedAt?: Date; closedAt?: Date | null } {
  if (to === "RESOLVED" && !current.resolvedAt) return { resolvedAt: now };
  if (to === "CLOSED") return { closedAt: now };
  if (to === "OPEN" && current.closedAt) return { closedAt: null };
  return {};
}

/** A staff reply sets the first-response time once. */
export function firstResponseAt(current: Date | null, now: Date): Date | undefined {
  return current ? undefined : now;
}

/** Tag edit → what was added and removed (for the timeline). */
export function diffTags(before: readonly string[], after: readonly string[]) {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)), removed: [...b].filter((x) => !a.has(x)) };
}

/**
 * What a staff reply changes: the first one sets the first-response time (once), and a NEW
 * inquiry becomes OPEN (someone is on it). Later replies change nothing on the inquiry itself.
 */
export function replyFields(
  current: { status: InquiryStatus; firstResponseAt: Date | null },
  now: Date,
): { firstResponseAt?: Date; status?: InquiryStatus } {
  return {
    ...(current.firstResponseAt ? {} : { firstResponseAt: now }),
    ...(current.status === "NEW" ? { status: "OPEN" as const } : {}),
  };
}

/**
 * Timeline payloads (InquiryEvent.data). Ids keep metrics queryable; the names are a snapshot so
 * the timeline still reads right after a user or tag is renamed.
 */
export type ValueChangeData = { from: string | null; to: string | null };
export type AssigneeChangeData = ValueChangeData & { fromName: string | null; toName: string | null };
export type TagsChangeData = { added: string[]; removed: string[]; addedNames: string[]; removedNames: string[] };

/** An elapsed time split for display ("3 h 5 min"); negative spans count as zero. */
export function elapsedParts(from: Date, to: Date): { days: number; hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  return { days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}
