import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { SurveyFigures } from "@/lib/surveys/rules";
import { FigureCells, FigureHeaders } from "./figures";
import { SurveyTrendChart } from "./trend-chart";

const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));

/** The weekly trend: a chart, and the same weeks as a table (the chart's text alternative). */
export function TrendSection({ weeks }: { weeks: { weekStart: Date; figures: SurveyFigures }[] }) {
  const t = useTranslations("surveys.trend");
  const format = useFormatter();
  const any = weeks.some((w) => w.figures.requests > 0);
  const points = weeks.map((w) => ({
    key: w.weekStart.toISOString(),
    label: format.dateTime(w.weekStart, { month: "short", day: "numeric" }),
    csat: pct(w.figures.csat),
    cesEasy: pct(w.figures.cesEasy),
    responses: w.figures.responses,
  }));
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-slate-900">{t("title")}</h2>
      <p className="mt-0.5 mb-3 text-xs text-slate-500">{t("subtitle")}</p>
      {!any ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <>
          <SurveyTrendChart points={points} label={t("label")}
            names={{ csat: t("csatLine"), cesEasy: t("cesLine"), responses: t("responsesBar") }} />
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-indigo-600 hover:text-indigo-500">{t("showTable")}</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full min-w-[40rem] text-sm" data-testid="trend-table">
                <thead>
                  <tr className="border-b border-slate-200 text-xs text-slate-500">
                    <th scope="col" className="py-2 pr-3 text-left font-medium">{t("week")}</th>
                    <FigureHeaders />
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w) => (
                    <tr key={w.weekStart.toISOString()} className="border-b border-slate-100">
                      <th scope="row" className="py-2 pr-3 text-left font-normal text-slate-700">
                        {format.dateTime(w.weekStart, { year: "numeric", month: "short", day: "numeric" })}
                      </th>
                      <FigureCells figures={w.figures} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </Card>
  );
}
