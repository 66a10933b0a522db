import type { ReactNode } from "react";
import { useFormatter } from "next-intl";

/** One "label value" pair in a header's <dl> of facts (inquiry and problem headers). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline gap-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}

/** A date and time in the org time zone, machine-readable too. */
export function Time({ date }: { date: Date }) {
  const format = useFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, "short")}</time>;
}
