import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { SMALL_SAMPLE, type SurveyFigures } from "@/lib/surveys/rules";

/** Formatting of survey figures: shares as whole percents, means with one decimal, "—" for none. */
export function useFigureFormat() {
  const format = useFormatter();
  const t = useTranslations("surveys.figures");
  return {
    percent: (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 0 })),
    mean: (v: number | null) => (v === null ? t("none") : format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    count: (v: number) => format.number(v),
  };
}

/**
 * The "small sample" flag: shown beside the figure (never hiding it) when 1 to SMALL_SAMPLE − 1
 * responses stand behind it. With none there is no figure to qualify ("—").
 */
export function SmallSampleBadge({ figures }: { figures: Pick<SurveyFigures, "small" | "responses"> }) {
  const t = useTranslations("surveys.figures");
  if (!figures.small || figures.responses === 0) return null;
  return (
    <span title={t("smallHint", { min: SMALL_SAMPLE })} data-testid="small-sample">
      <Badge tone="amber">{t("small")}</Badge>
      <span className="sr-only"> ({t("smallHint", { min: SMALL_SAMPLE })})</span>
    </span>
  );
}

export const figureColumns = ["responses", "responseRate", "csat", "csatMean", "ces", "cesEasy"] as const;

/** The header cells matching FigureCells. */
export function FigureHeaders() {
  const t = useTranslations("surveys.figures");
  return (
    <>
      <th scope="col" className="px-3 py-2 text-right font-medium">{t("responses")}</th>
      <th scope="col" className="px-3 py-2 text-right font-medium">{t("responseRate")}</th>
      <th scope="col" className="px-3 py-2 text-right font-medium"><abbr title={t("csatHint")} className="no-underline">{t("csat")}</abbr></th>
      <th scope="col" className="px-3 py-2 text-right font-medium"><abbr title={t("csatMeanHint")} className="no-underline">{t("csatMean")}</abbr></th>
      <th scope="col" className="px-3 py-2 text-right font-medium"><abbr title={t("cesHint")} className="no-underline">{t("ces")}</abbr></th>
      <th scope="col" className="px-3 py-2 text-right font-medium"><abbr title={t("cesEasyHint")} className="no-underline">{t("cesEasy")}</abbr></th>
    </>
  );
}

/** One row's figures: responses (with the small-sample flag), response rate, CSAT %, mean, CES mean, CES easy %. */
export function FigureCells({ figures }: { figures: SurveyFigures }) {
  const f = useFigureFormat();
  const t = useTranslations("surveys.figures");
  const cell = "px-3 py-2 text-right tabular-nums";
  return (
    <>
      <td className={cell}>
        <span className="inline-flex items-center justify-end gap-2">
          <SmallSampleBadge figures={figures} />
          <span className="font-medium text-slate-900" data-testid="responses">{f.count(figures.responses)}</span>
        </span>
      </td>
      <td className={cell} title={t("responseRateHint", { responses: figures.responses, requests: figures.requests })}>
        {f.percent(figures.responseRate)}
      </td>
      <td className={cell} data-testid="csat">{f.percent(figures.csat)}</td>
      <td className={cell}>{f.mean(figures.csatMean)}</td>
      <td className={cell}>{f.mean(figures.ces)}</td>
      <td className={cell}>{f.percent(figures.cesEasy)}</td>
    </>
  );
}
