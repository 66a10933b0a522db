import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** The admin lists' table: a card with a header row and quiet row dividers. */
export function AdminTable({ columns, children, label }: { columns: { label: ReactNode; className?: string }[]; children: ReactNode; label: string }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={label}>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cx("px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-slate-500", c.className)}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td className={cx("px-4 py-3 align-middle", className)}>{children}</td>;
}
