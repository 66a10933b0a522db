import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import type { ProblemStatus } from "@/lib/board/rules";
import { ProblemStatusBadge } from "@/components/board/status-badge";
import { Badge } from "@/components/ui/badge";
import { ChangeBadge } from "./change";
import { useDashboardFormat } from "./format";
import { DashboardSection, EmptyNote, ExportLink } from "./section";

/** Top 5 problems by new linked inquiries, and the fixes shipped this week with what they removed. */
export function ProblemsSection({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.problems");
  const f = useDashboardFormat();
  const format = useFormatter();
  const { top, shipped } = data.problems;
  const shippedTotal = data.problems.shippedTotal ?? shipped.length;
  const perWeek = (v: number) => format.number(Math.abs(v), { maximumFractionDigits: 1 });

  return (
    <DashboardSection
      id="problems"
      title={t("title")}
      subtitle={t("subtitle")}
      actions={<>
        <Link href="/board" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">{t("openBoard")}</Link>
        <ExportLink week={data.week.param} table="problems" />
      </>}
    >
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="min-w-0 lg:col-span-3">
          <h3 className="mb-2 text-sm font-medium text-slate-700">{t("top")}</h3>
          {top.length === 0 ? (
            <EmptyNote>{t("topEmpty")}</EmptyNote>
          ) : (
            <table className="w-full text-sm" data-testid="table-problems">
              <caption className="sr-only">{t("top")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-xs text-slate-500">
                  <th scope="col" className="py-1.5 text-left font-medium">{t("problem")}</th>
                  <th scope="col" className="py-1.5 pl-3 text-left font-medium">{t("status")}</th>
                  <th scope="col" className="py-1.5 pl-3 text-right font-medium">{t("newLinked")}</th>
                </tr>
              </thead>
              <tbody>
                {top.map((p) => (
                  <tr key={p.id} className="border-b border-slate-100 last:border-0 align-top">
                    <th scope="row" className="py-2 text-left font-normal">
                      <Link href={`/board/${p.id}`} className="text-slate-900 hover:text-indigo-600 hover:underline">
                        <span className="mr-1.5 text-slate-400 tabular-nums">#{p.number}</span>{p.title}
                      </Link>
                    </th>
                    <td className="py-2 pl-3"><ProblemStatusBadge status={p.status as ProblemStatus} /></td>
                    <td className="py-2 pl-3 text-right whitespace-nowrap">
                      <span className="font-semibold tabular-nums">{f.count(p.newLinked.current)}</span>
                      <ChangeBadge className="ml-2" current={p.newLinked.current} previous={p.newLinked.previous} polarity="upBad" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="min-w-0 lg:col-span-2">
          <h3 className="mb-2 text-sm font-medium text-slate-700">{t("shipped")}</h3>
          {shipped.length === 0 ? (
            <EmptyNote>{t("shippedEmpty")}</EmptyNote>
          ) : (
            <ul className="space-y-3" data-testid="shipped-list">
              {shipped.map((p) => (
                <li key={p.id} className="rounded-md bg-emerald-50/60 p-3 ring-1 ring-emerald-200 ring-inset">
                  <Link href={`/board/${p.id}`} className="text-sm font-medium text-slate-900 hover:text-indigo-600 hover:underline">
                    <span className="mr-1.5 text-slate-400 tabular-nums">#{p.number}</span>{p.title}
                  </Link>
                  <p className="mt-1 text-xs text-slate-600">{t("shippedOn", { date: f.dayWithWeekday(p.shippedAt) })}</p>
                  <p className="mt-1 text-sm text-slate-700">
                    {p.removedPerWeek === null
                      ? t("removedPending", { after: p.weeksAfter, before: perWeek(p.beforePerWeek) })
                      : p.removedPerWeek >= 0
                        ? <span className="font-medium text-emerald-700">{t("removed", { value: perWeek(p.removedPerWeek) })}</span>
                        : <span className="font-medium text-rose-700">{t("added", { value: perWeek(p.removedPerWeek) })}</span>}
                  </p>
                  <p className="mt-2">
                    <Badge tone={p.notified ? "emerald" : "amber"}>{p.notified ? t("notified") : t("notNotified")}</Badge>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {shippedTotal > shipped.length && (
            <p className="mt-3 text-xs text-slate-600" data-testid="shipped-more">
              <Link href="/board" className="text-indigo-600 hover:underline">{t("shippedMore", { shown: shipped.length, total: shippedTotal })}</Link>
            </p>
          )}
        </div>
      </div>
    </DashboardSection>
  );
}
