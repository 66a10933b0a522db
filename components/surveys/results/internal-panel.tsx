import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { SurveyResults } from "@/lib/surveys/queries";
import { SmallSampleBadge, useFigureFormat } from "./figures";

/**
 * Internal service: satisfaction of internal customers (reported apart from customers) beside the
 * fulfillment rate — INTERNAL inquiries resolved in the range within their SLA target.
 */
export function InternalPanel({ internal, fulfillment }: Pick<SurveyResults, "internal" | "fulfillment">) {
  const t = useTranslations("surveys.internal");
  const tf = useTranslations("surveys.figures");
  const f = useFigureFormat();
  const format = useFormatter();
  return (
    <Card className="p-5" >
      <h2 className="text-sm font-semibold text-slate-900">{t("title")}</h2>
      <p className="mt-0.5 text-xs text-slate-500">{t("subtitle")}</p>
      <div className="mt-4 grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="internal-satisfaction" data-testid="internal-satisfaction" className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id="internal-satisfaction" className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{t("satisfaction")}</h3>
            <span className="inline-flex items-center gap-2 text-xs text-slate-500">
              <SmallSampleBadge figures={internal} />
              {tf("responses")}: <span className="font-medium text-slate-800 tabular-nums">{f.count(internal.responses)}</span>
            </span>
          </div>
          {internal.responses === 0 ? (
            <p className="mt-3 text-sm text-slate-500">{t("noResponses")}</p>
          ) : (
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-5">
              {([
                ["csat", f.percent(internal.csat), tf("csatHint")],
                ["csatMean", f.mean(internal.csatMean), tf("csatMeanHint")],
                ["ces", f.mean(internal.ces), tf("cesHint")],
                ["cesEasy", f.percent(internal.cesEasy), tf("cesEasyHint")],
                ["responseRate", f.percent(internal.responseRate), tf("responseRateHint", { responses: internal.responses, requests: internal.requests })],
              ] as const).map(([key, value, hint]) => (
                <div key={key} title={hint}>
                  <dt className="text-xs text-slate-500">{tf(key)}</dt>
                  <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <section aria-labelledby="internal-fulfillment" data-testid="fulfillment" className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
          <h3 id="internal-fulfillment" className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{t("fulfillment")}</h3>
          {fulfillment.resolved === 0 ? (
            <p className="mt-3 text-sm text-slate-500">{t("fulfillmentNone")}</p>
          ) : (
            <>
              <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="fulfillment-rate">{f.percent(fulfillment.rate)}</p>
              <p className="text-xs text-slate-600">
                {t("fulfillmentCount", { within: format.number(fulfillment.withinTarget), resolved: format.number(fulfillment.resolved) })}
              </p>
            </>
          )}
          <p className="mt-2 text-xs text-slate-500">{t("fulfillmentHint")}</p>
        </section>
      </div>
    </Card>
  );
}
