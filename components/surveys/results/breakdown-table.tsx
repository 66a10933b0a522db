import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { SurveyFigures } from "@/lib/surveys/rules";
import { FigureCells, FigureHeaders } from "./figures";

export type BreakdownRow = { key: string; label: ReactNode; figures: SurveyFigures };

/** One breakdown (by agent, channel or customer type) as a table, the response count beside every figure. */
export function BreakdownTable({ title, hint, dimension, rows, testId }: {
  title: string;
  hint?: string;
  /** The first column's header. */
  dimension: string;
  rows: BreakdownRow[];
  testId: string;
}) {
  const t = useTranslations("surveys.breakdown");
  const headingId = `${testId}-title`;
  return (
    <Card className="overflow-hidden">
      <div className="px-5 pt-4 pb-3">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">{title}</h2>
        {hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>}
      </div>
      {rows.length === 0 ? (
        <p className="px-5 pb-5 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table aria-labelledby={headingId} data-testid={testId} className="w-full min-w-[40rem] text-sm">
            <thead>
              <tr className="border-y border-slate-200 bg-slate-50 text-xs text-slate-500">
                <th scope="col" className="px-5 py-2 text-left font-medium">{dimension}</th>
                <FigureHeaders />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-row={row.key} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-5 py-2 text-left font-normal text-slate-800">{row.label}</th>
                  <FigureCells figures={row.figures} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
