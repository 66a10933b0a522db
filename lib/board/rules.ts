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
