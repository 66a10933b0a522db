import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { PulseResult } from "@/lib/surveys/pulse";

/**
 * Past pulses with their results. Anonymous by construction: the DTO has no respondents, and
 * comments come without a time or a score.
 */
export function PulseList({ pulses }: { pulses: PulseResult[] }) {
  const t = useTranslations("surveyAdmin.pulse");
  if (!pulses.length) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-500">{t("empty")}</p>;
  }
  return (
    <ul className="space-y-4" aria-label={t("past")}>
      {pulses.map((p) => <PulseCard key={p.id} pulse={p} />)}
    </ul>
  );
}

function PulseCard({ pulse }: { pulse: PulseResult }) {
  const t = useTranslations("surveyAdmin.pulse");
  const format = useFormatter();
  const { figures } = pulse;
  const percent = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const max = Math.max(1, ...pulse.distribution);
  const date = format.dateTime(pulse.createdAt, "date");

  return (
    <li className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="pulse-result">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <Badge tone="indigo">{t(`audienceLabel.${pulse.audience}`)}</Badge>
        <span>{pulse.createdBy ? t("sentBy", { date, name: pulse.createdBy }) : t("sentOn", { date })}</span>
      </div>
      <p className="mt-2 font-medium break-words text-slate-900">{pulse.question}</p>

      <div className="mt-4 grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,14rem)]">
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            {t("responses", { responses: figures.responses, sent: pulse.sent })}
            {pulse.sent > 0 && <span className="text-slate-500"> · {t("responseRate", { rate: percent(figures.responses / pulse.sent) })}</span>}
          </p>
          {figures.responses > 0 ? (
            <dl className="flex flex-wrap gap-x-8 gap-y-2">
              <div>
                <dt className="text-xs text-slate-500">{t("mean")}</dt>
                <dd className="text-lg font-semibold text-slate-900 tabular-nums">
                  {t("meanValue", { mean: format.number(figures.mean ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t("satisfied")}</dt>
                <dd className="text-lg font-semibold text-slate-900 tabular-nums">{percent(figures.satisfied)}</dd>
              </div>
              {figures.small && (
                <div className="self-center">
                  <span title={t("smallHint")}><Badge tone="amber">{t("small")}</Badge></span>
                  <span className="sr-only">{t("smallHint")}</span>
                </div>
              )}
            </dl>
          ) : (
            <p className="text-sm text-slate-500">{t("noAnswers")}</p>
          )}
        </div>
        {figures.responses > 0 && (
          <ol aria-label={t("distributionLabel")} className="space-y-1">
            {pulse.distribution.map((count, k) => (
              <li key={k} className="flex items-center gap-2 text-xs" aria-label={t("scoreCount", { score: k + 1, count })}>
                <span aria-hidden className="w-3 text-right text-slate-500 tabular-nums">{k + 1}</span>
                <span aria-hidden className="h-2.5 flex-1 overflow-hidden rounded-sm bg-slate-100">
                  <span
                    className={k >= 3 ? "block h-full bg-emerald-500" : k <= 1 ? "block h-full bg-rose-400" : "block h-full bg-amber-400"}
                    style={{ width: `${(count / max) * 100}%` }}
                  />
                </span>
                <span aria-hidden className="w-6 text-right text-slate-600 tabular-nums">{count}</span>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className="mt-4 border-t border-slate-100 pt-3">
        <h4 className="flex items-baseline gap-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t("comments")}
          {pulse.commentCount > pulse.comments.length && (
            <span className="font-normal tracking-normal normal-case">{t("commentsShown", { shown: pulse.comments.length, count: pulse.commentCount })}</span>
          )}
        </h4>
        {pulse.comments.length ? (
          <ul className="mt-2 max-h-72 space-y-2 overflow-y-auto">
            {pulse.comments.map((comment, k) => (
              <li key={k} className="rounded-md bg-slate-50 px-3 py-2 text-sm leading-6 break-words whitespace-pre-wrap text-slate-800">
                {comment}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-500">{t("noComments")}</p>
        )}
      </div>
    </li>
  );
}
