import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** One figure inside a section: label, big value, change line and a line of detail. */
export function Figure({ label, value, change, detail, testId, className, children }: {
  label: ReactNode;
  value: ReactNode;
  change?: ReactNode;
  detail?: ReactNode;
  testId?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={cx("min-w-0 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200 ring-inset", className)} data-testid={testId}>
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <div className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <span className="text-xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</span>
        {change}
      </div>
      {detail && <p className="mt-1 text-xs text-slate-600">{detail}</p>}
      {children}
    </div>
  );
}
