/**
 * Fix-board rules (pure: no db, no clock — `now` and the time zone come in). Status moves, the
 * impact score and the "inquiries removed" arithmetic live here so every screen, the bench and
 * the tests use one definition (DESIGN.md, Metrics).
 */
import type { CustomerType } from "@/lib/inquiries/rules";

export const problemStatuses = ["REPORTED", "ACCEPTED", "IN_PROGRESS", "SHIPPED", "DECLINED"] as const;
export type ProblemStatus = (typeof problemStatuses)[number];

/**
 * REPORTED → ACCEPTED → IN_PROGRESS → SHIPPED, or DECLINED (with a reason) from any open column.
 * Declined problems can be reconsidered (→ REPORTED); a shipped fix that did not hold goes back
 * to IN_PROGRESS. Work can step back one column.
 */
const transitions: Record<ProblemStatus, readonly ProblemStatus[]> = {
  REPORTED: ["ACCEPTED", "IN_PROGRESS", "DECLINED"],
  ACCEPTED: ["REPORTED", "IN_PROGRESS", "SHIPPED", "DECLINED"],
  IN_PROGRESS: ["ACCEPTED", "SHIPPED", "DECLINED"],
  SHIPPED: ["IN_PROGRESS"],
  DECLINED: ["REPORTED"],
};

export function canMoveProblem(from: ProblemStatus, to: ProblemStatus): boolean {
  return transitions[from].includes(to);
}

export function allowedProblemMoves(from: ProblemStatus): readonly ProblemStatus[] {
  return transitions[from];
}

/** The first move out of REPORTED to ACCEPTED or DECLINED is the product team's response. */
export function isProductResponse(from: ProblemStatus, to: ProblemStatus): boolean {
  return from === "REPORTED" && (to === "ACCEPTED" || to === "DECLINED" || to === "IN_PROGRESS");
}

export type TypeWeights = Record<CustomerType, number>;

/** Defaults: a customer who left or who pays weighs more than a prospect (admin-editable). */
export const defaultTypeWeights: TypeWeights = { CHURNED: 3, BUYER: 2, USER: 1.5, INTERNAL: 1, PROSPECT: 0.5 };

export type CustomersByType = Record<CustomerType, number>;

export type ImpactInput = {
  customersByType: CustomersByType;
  /** All linked inquiries, and those created in the last 4 weeks. */
  linkedCount: number;
  recentCount: number;
};

/**
 * Impact = Σ over customer types of (distinct customers of that type × the type's weight),
 * × (1 + the share of linked inquiries from the last 4 weeks). So: more people, people who
 * matter more to the business, and a problem that is still hurting now rank higher.
 * Rounded to one decimal.
 */
export function impactScore(input: ImpactInput, weights: TypeWeights = defaultTypeWeights): number {
  const people = (Object.keys(weights) as CustomerType[]).reduce(
    (sum, type) => sum + (input.customersByType[type] ?? 0) * weights[type],
    0,
  );
  const recency = input.linkedCount > 0 ? Math.min(1, input.recentCount / input.linkedCount) : 0;
  return Math.round(people * (1 + recency) * 10) / 10;
}

/**
 * Inquiries removed by a fix: linked inquiries per week in the 4 weeks before the ship week minus
 * the 4 weeks after it (the ship week itself is in neither). `weekly` maps a week start (ISO) to
 * its count; `shipWeek` is the week start the fix shipped in; `addWeeks` steps week starts.
 */
export function inquiriesRemoved(
  weekly: ReadonlyMap<string, number>,
  shipWeek: Date,
  addWeeks: (start: Date, weeks: number) => Date,
): { beforePerWeek: number; afterPerWeek: number; removedPerWeek: number; before: number[]; after: number[] } {
  const count = (offset: number) => weekly.get(addWeeks(shipWeek, offset).toISOString()) ?? 0;
  const before = [-4, -3, -2, -1].map(count);
  const after = [1, 2, 3, 4].map(count);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const beforePerWeek = mean(before);
  const afterPerWeek = mean(after);
  return { beforePerWeek, afterPerWeek, removedPerWeek: beforePerWeek - afterPerWeek, before, after };
}

// ── Closing the loop (shipProblem) ───────────────────────────────────────────────────────────

/** Hangul syllables and jamo: the same character class in JS and in SQL (HANGUL_SQL_CLASS). */
const HANGUL = /[가-힣ㄱ-ㆎ]/;
export const HANGUL_SQL_CLASS = "[가-힣ㄱ-ㆎ]";

export type MessageLanguage = "ko" | "en";

/** Korean when any of the texts contains Hangul (the customer wrote in Korean), else English. */
export function messageLanguage(...texts: readonly (string | null | undefined)[]): MessageLanguage {
  return texts.some((t) => t && HANGUL.test(t)) ? "ko" : "en";
}

/**
 * The reply that resolves a linked inquiry when its problem ships: a short polite note around the
 * release note, in the customer's language.
 */
export function closingReply(releaseNote: string, language: MessageLanguage): string {
  const note = releaseNote.trim();
  return language === "ko"
    ? `안녕하세요. 문의해 주신 문제를 해결했습니다.\n\n${note}\n\n알려 주셔서 감사합니다. 계속 불편하시면 언제든 다시 문의해 주세요.`
    : `Hello, the problem you reported has been fixed.\n\n${note}\n\nThank you for letting us know. If anything still doesn't work, just reply and we'll take another look.`;
}

/**
 * The outbox key of the "it's fixed" message: one per problem × customer, so the message is queued
 * at most once however often shipping runs (the column is UNIQUE; inserts use ON CONFLICT DO NOTHING).
 */
export function shippedDedupeKey(problemId: string, customerId: string): string {
  return `problem-shipped:${problemId}:${customerId}`;
}

export const SHIPPED_MESSAGE_KIND = "problem.shipped";

/** The "it's fixed" message to one customer (one per customer, however many inquiries they sent). */
export function shippedMessage(
  input: { customerName: string; inquirySubject: string; releaseNote: string; inquiryCount: number },
  language: MessageLanguage,
): { subject: string; body: string } {
  const note = input.releaseNote.trim();
  const subject = input.inquirySubject.trim();
  if (language === "ko") {
    const about = input.inquiryCount > 1 ? `「${subject}」 외 ${input.inquiryCount - 1}건의 문의` : `「${subject}」 문의`;
    return {
      subject: `문의하신 문제가 해결되었습니다: ${subject}`,
      body: `${input.customerName}님, 안녕하세요.\n\n${about}에서 알려 주신 문제를 해결했습니다.\n\n${note}\n\n알려 주셔서 감사합니다. 덕분에 더 나은 서비스를 만들 수 있었습니다. 계속 불편하시면 이 메일에 답장해 주세요.`,
    };
  }
  const about = input.inquiryCount > 1 ? `"${subject}" and ${input.inquiryCount - 1} more` : `"${subject}"`;
  return {
    subject: `Fixed: ${subject}`,
    body: `Hello ${input.customerName},\n\nYou contacted us about ${about}. We have fixed it.\n\n${note}\n\nThank you for telling us — it helped us make the product better. If anything still doesn't work, just reply to this message.`,
  };
}
