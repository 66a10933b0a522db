import { addWeeks } from "@/lib/time/week";

/** The first and the last instant of a week (Monday 00:00 … Sunday 23:59:59.999, org time). */
export function weekBounds(start: Date, timeZone: string): [Date, Date] {
  return [start, new Date(addWeeks(start, 1, timeZone).getTime() - 1)];
}

/** Options for next-intl's format.dateTimeRange: "Nov 16 – 22, 2026" / "2026년 11월 16일~22일". */
export const WEEK_RANGE_FORMAT = { year: "numeric", month: "short", day: "numeric" } as const;
