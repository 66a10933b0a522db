import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { Badge } from "@/components/ui/badge";
import { ChangeBadge } from "./change";
import { useDashboardFormat } from "./format";
import { DashboardSection, EmptyNote, ExportLink } from "./section";

/** Customers who churned this week: why, and how often they had asked before leaving. */
export function ChurnSection({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.churn");
  const f = useDashboardFormat();
  const { count, customers } = data.churn;
  return (
    <DashboardSection
      id="churn"
      title={t("title")}
      subtitle={t("subtitle")}
      actions={<>
        <span className="text-sm font-medium text-slate-700">{t("count", { count: count.current })}</span>
        <ChangeBadge current={count.current} previous={count.previous} polarity="upBad" />
        <ExportLink week={data.week.param} table="churn" />
      </>}
    >
      {customers.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm" data-testid="table-churn">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs text-slate-500">
                <th scope="col" className="py-1.5 text-left font-medium">{t("customer")}</th>
                <th scope="col" className="py-1.5 pl-3 text-left font-medium">{t("churnedAt")}</th>
                <th scope="col" className="py-1.5 pl-3 text-left font-medium">{t("reason")}</th>
                <th scope="col" className="py-1.5 pl-3 text-right font-medium">{t("before")}</th>
              </tr>
            </thead>
            <tbody>
              {customers.map((c) => (
                <tr key={c.id} className="border-b border-slate-100 last:border-0 align-top">
                  <th scope="row" className="py-2 text-left font-medium">
                    <Link href={`/customers/${c.id}`} className="text-slate-900 hover:text-indigo-600 hover:underline">{c.name}</Link>
                  </th>
                  <td className="py-2 pl-3 whitespace-nowrap text-slate-600">{f.dayWithWeekday(c.churnedAt)}</td>
                  <td className="py-2 pl-3 text-slate-700">
                    {c.category && <Badge tone="rose" className="mr-2">{c.category}</Badge>}
                    {c.reason ? <span className="whitespace-pre-line">{c.reason}</span> : !c.category && <span className="text-slate-400">{t("noReason")}</span>}
                  </td>
                  <td className="py-2 pl-3 text-right tabular-nums">
                    <Link href={`/customers/${c.id}`} className="font-semibold text-indigo-600 hover:underline">{f.count(c.inquiriesBefore)}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {count.current > customers.length && (
            <p className="mt-3 text-xs text-slate-600" data-testid="churn-more">
              <Link href="/customers?type=CHURNED" className="text-indigo-600 hover:underline">{t("more", { shown: customers.length, total: count.current })}</Link>
            </p>
          )}
        </div>
      )}
    </DashboardSection>
  );
}
