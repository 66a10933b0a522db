import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { customerTypes } from "@/lib/inquiries/rules";
import type { ImpactBreakdown } from "@/lib/board/queries-detail";

/**
 * The score and how it was reached, in words: "2 Churned × 3 + 1 Buyer × 2 = 8, × (1 + 3 of 4
 * inquiries from the last 4 weeks) = 8 × 1.75 = 14". Anyone can check why a problem ranks where it does.
 */
export function ImpactExplainer({ impact }: { impact: ImpactBreakdown }) {
  const t = useTranslations("board.impact");
  const tc = useTranslations("common.customerType");
  const format = useFormatter();
  const num = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const terms = impact.terms.map((term) => t("term", { count: term.customers, type: tc(term.type), weight: num(term.weight) })).join(" + ");
  const weights = [...customerTypes]
    .sort((a, b) => impact.weights[b] - impact.weights[a])
    .map((type) => `${tc(type)} ${num(impact.weights[type])}`)
    .join(", ");
  return (
    <Card className="p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-sm font-semibold text-slate-900">{t("title")}</h2>
          <p className="mt-1 max-w-prose text-sm text-slate-600">{t("plain")}</p>
        </div>
        <p className="text-right">
          <span className="block text-xs font-medium tracking-wide text-slate-500 uppercase">{t("score")}</span>
          <span className="text-3xl font-semibold text-indigo-700 tabular-nums" data-testid="impact-score">{format.number(impact.score, { maximumFractionDigits: 1 })}</span>
        </p>
      </div>
      <div className="mt-4 rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-800 ring-1 ring-slate-200">
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("why")}</h3>
        {impact.terms.length ? (
          <>
            <p>{t("people", { terms, people: num(impact.people) })}</p>
            <p>
              {t("recency", {
                recent: impact.recentCount, linked: impact.linkedCount, weeks: impact.recentWeeks,
                people: num(impact.people), factor: num(1 + impact.recencyShare),
                score: format.number(impact.score, { maximumFractionDigits: 1 }),
              })}
            </p>
          </>
        ) : (
          <p>{t("noCustomers")}</p>
        )}
        <p className="mt-2 text-xs text-slate-500">{t("weightsNote", { weights })}</p>
      </div>
    </Card>
  );
}
