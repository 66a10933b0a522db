import Link from "next/link";
import { useTranslations } from "next-intl";
import { customerTypes } from "@/lib/inquiries/rules";
import type { DashboardData } from "@/lib/dashboard/types";
import { TrendChart } from "./charts";
import { customerTypeColor } from "./colors";
import { useDashboardFormat } from "./format";
import { weekQueueHref } from "./links";
import { DashboardSection, EmptyNote, ExportLink } from "./section";

/** The 12 weeks ending with the selected one: stacked bars by customer type, total as a line, and the table. */
export function TrendCard({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.trend");
  const common = useTranslations("common.customerType");
  const f = useDashboardFormat();
  const weeks = data.inquiries.trend;
  const weekDate = (param: string) => new Date(`${param}T12:00:00Z`);
  const points = weeks.map((w) => ({ key: w.week, label: f.day(weekDate(w.week)), total: w.total, ...w.byCustomerType }));
  const series = customerTypes.map((c) => ({ key: c, name: common(c), color: customerTypeColor[c] }));
  const any = weeks.some((w) => w.total > 0);

  return (
    <DashboardSection id="trend" title={t("title")} subtitle={t("subtitle")} actions={<ExportLink week={data.week.param} table="trend" />} className="min-w-0">
      {!any ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <>
          <TrendChart points={points} series={series} totalName={t("total")} label={t("chartLabel")} />
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-indigo-600 hover:text-indigo-500">{t("showTable")}</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full min-w-[32rem] text-sm" data-testid="table-trend">
                <caption className="sr-only">{t("title")}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-xs text-slate-500">
                    <th scope="col" className="py-1.5 text-left font-medium">{t("week")}</th>
                    {customerTypes.map((c) => <th key={c} scope="col" className="py-1.5 text-right font-medium">{common(c)}</th>)}
                    <th scope="col" className="py-1.5 text-right font-medium">{t("total")}</th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w) => (
                    <tr key={w.week} className={w.week === data.week.param ? "border-b border-slate-100 bg-indigo-50/50 font-medium" : "border-b border-slate-100"}>
                      <th scope="row" className="py-1.5 text-left font-normal text-slate-700">{f.fullDay(weekDate(w.week))}</th>
                      {customerTypes.map((c) => <td key={c} className="py-1.5 text-right tabular-nums">{f.count(w.byCustomerType[c] ?? 0)}</td>)}
                      <td className="py-1.5 text-right tabular-nums">
                        {w.total > 0 ? (
                          <Link href={weekQueueHref(w.week)} className="font-semibold text-indigo-600 hover:underline">{f.count(w.total)}</Link>
                        ) : "0"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </DashboardSection>
  );
}
