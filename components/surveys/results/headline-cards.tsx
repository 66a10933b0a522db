import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { SurveyFigures } from "@/lib/surveys/rules";
import { SmallSampleBadge, useFigureFormat } from "./figures";

function Stat({ label, value, hint, testId }: { label: string; value: ReactNode; hint: ReactNode; testId: string }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</dd>
      <dd className="mt-0.5 text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

/** Six headline figures of one scope (customers, or internal service). */
export function HeadlineCards({ figures }: { figures: SurveyFigures }) {
  const t = useTranslations("surveys.figures");
  const f = useFigureFormat();
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat testId="headline-csat" label={t("csat")} value={f.percent(figures.csat)} hint={t("csatHint")} />
        <Stat testId="headline-csat-mean" label={t("csatMean")} value={f.mean(figures.csatMean)} hint={t("csatMeanHint")} />
        <Stat testId="headline-ces" label={t("ces")} value={f.mean(figures.ces)} hint={t("cesHint")} />
        <Stat testId="headline-ces-easy" label={t("cesEasy")} value={f.percent(figures.cesEasy)} hint={t("cesEasyHint")} />
        <Stat testId="headline-response-rate" label={t("responseRate")} value={f.percent(figures.responseRate)}
          hint={figures.requests ? t("responseRateHint", { responses: f.count(figures.responses), requests: f.count(figures.requests) }) : t("responseRateNone")} />
        <Stat testId="headline-responses" label={t("responses")}
          value={<span className="inline-flex items-center gap-2">{f.count(figures.responses)} <SmallSampleBadge figures={figures} /></span>}
          hint={t("responsesHint", { csat: f.count(figures.csatResponses), ces: f.count(figures.cesResponses) })} />
      </dl>
    </div>
  );
}
