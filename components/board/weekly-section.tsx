import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ProblemDetail } from "@/lib/board/queries-detail";
import { WeeklyBarChart } from "./weekly-chart";

/** The weekly chart with its text alternative (a table, one row per week). */
export function WeeklySection({ problem }: { problem: ProblemDetail }) {
  const t = useTranslations("board.chart");
  const format = useFormatter();
  const shipKey = problem.removed?.shipWeek.toISOString();
  const weeks = problem.weekly.map((w) => ({
    key: w.weekStart.toISOString(),
    label: format.dateTime(w.weekStart, { month: "short", day: "numeric" }),
    count: w.count,
    ship: w.weekStart.toISOString() === shipKey,
  }));
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-slate-900">{t("title")}</h2>
      <p className="mt-0.5 mb-3 text-xs text-slate-500">{t("subtitle")}</p>
      {total === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <>
          <WeeklyBarChart weeks={weeks} label={t("label")} countLabel={t("count")} />
          {shipKey && (
            <p className="mt-1 flex items-center gap-1.5 text-xs text-slate-500">
              <span aria-hidden className="inline-block size-2.5 rounded-sm bg-amber-500" /> {t("shipWeek")}
            </p>
          )}
        </>
      )}
      {total > 0 && <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-indigo-600 hover:text-indigo-500">{t("showTable")}</summary>
        <table className="mt-2 w-full max-w-sm text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-500">
              <th scope="col" className="py-1 font-medium">{t("week")}</th>
              <th scope="col" className="py-1 text-right font-medium">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 font-normal text-slate-700">
                  {format.dateTime(new Date(w.key), { year: "numeric", month: "short", day: "numeric" })}
                  {w.ship && <span className="ml-2 text-xs text-amber-700">({t("shipWeek")})</span>}
                </th>
                <td className="py-1 text-right tabular-nums">{w.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>}
    </Card>
  );
}
