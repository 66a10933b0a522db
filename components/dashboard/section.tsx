import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { exportHref, type ExportTable } from "./links";

/** A dashboard card: heading, one-line explanation, optional actions (CSV, links) at the right. */
export function DashboardSection({ id, title, subtitle, actions, className, children }: {
  id: string;
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card className={cx("p-5", className)}>
      <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6">
        <div className="mb-4 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">{title}</h2>
            {subtitle && <p className="mt-0.5 text-sm text-slate-500">{subtitle}</p>}
          </div>
          {actions && <div className="flex shrink-0 flex-wrap items-center gap-3 text-sm">{actions}</div>}
        </div>
        {children}
      </section>
    </Card>
  );
}

/** A small "CSV" download link for one of the dashboard's tables (helper F's export route). */
export function ExportLink({ week, table }: { week: string; table: ExportTable }) {
  const t = useTranslations("dashboard");
  const name = t(`tables.${table === "inquiries" ? "byCustomerType" : table}` as never);
  return (
    <a
      href={exportHref(week, table)}
      download
      aria-label={t("exportTableLabel", { table: name })}
      title={t("exportTableLabel", { table: name })}
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-slate-600 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 hover:text-slate-900"
    >
      <span aria-hidden>↓</span> {t("exportTable")}
    </a>
  );
}

/** A muted "nothing here this week" line (no zeros drawn as charts). */
export function EmptyNote({ children, hint }: { children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center">
      <p className="text-sm text-slate-600">{children}</p>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
}
