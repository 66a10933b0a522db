import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import type { RemovedDetail } from "@/lib/board/queries-detail";

/** Before/after shipping, week by week, and the difference per week: did the fix do its job? */
export function InquiriesRemoved({ removed }: { removed: RemovedDetail }) {
  const t = useTranslations("board.removed");
  const format = useFormatter();
  const num = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const diff = removed.removedPerWeek;
  const pending = removed.weeksAfterElapsed === 0;
  const result = pending ? t("pending") : diff > 0 ? t("result", { count: num(diff) }) : diff < 0 ? t("resultMore", { count: num(-diff) }) : t("resultSame");
  return (
    <Card className="p-5" >
      <section aria-labelledby="removed-title" data-testid="inquiries-removed-detail">
        <h2 id="removed-title" className="text-sm font-semibold text-slate-900">{t("title")}</h2>
        <p className="mt-0.5 mb-4 text-xs text-slate-500">{t("body")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <WeekTable caption={t("before")} weeks={removed.before} mean={removed.beforePerWeek} />
          <WeekTable caption={t("after")} weeks={removed.after} mean={removed.afterPerWeek} begun={removed.weeksAfterElapsed} />
        </div>
        <p className={cx("mt-4 rounded-md px-4 py-3 text-sm ring-1",
          pending ? "bg-slate-50 text-slate-800 ring-slate-200" : diff > 0 ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : diff < 0 ? "bg-rose-50 text-rose-900 ring-rose-200" : "bg-slate-50 text-slate-800 ring-slate-200")}>
          <span className="mr-2 text-xs font-semibold tracking-wide uppercase opacity-75">{t("difference")}</span>
          <span className="text-base font-semibold">{result}</span>
          {!pending && <span className="ml-2 opacity-75">({num(removed.beforePerWeek)} → {num(removed.afterPerWeek)})</span>}
        </p>
        {removed.weeksAfterElapsed > 0 && removed.weeksAfterElapsed < 4 && <p className="mt-2 text-xs text-slate-500">{t("soFar", { weeks: removed.weeksAfterElapsed })}</p>}
      </section>
    </Card>
  );
}

/** `begun`: how many of the weeks have started (later ones show "not yet" instead of a 0). */
function WeekTable({ caption, weeks, mean, begun = weeks.length }: {
  caption: string;
  weeks: { weekStart: Date; count: number }[];
  mean: number;
  begun?: number;
}) {
  const t = useTranslations("board.removed");
  const format = useFormatter();
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">{caption}</caption>
      <tbody>
        {weeks.map((w, i) => (
          <tr key={w.weekStart.toISOString()} className="border-b border-slate-100">
            <th scope="row" className="py-1 font-normal text-slate-700">
              {t("weekOf", { date: format.dateTime(w.weekStart, { month: "short", day: "numeric" }) })}
            </th>
            <td className="py-1 text-right tabular-nums">{i < begun ? w.count : <span className="text-slate-400">{t("notYet")}</span>}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" className="pt-1.5 font-medium text-slate-900">{t("perWeek")}</th>
          <td className="pt-1.5 text-right font-semibold tabular-nums">{begun > 0 ? format.number(mean, { maximumFractionDigits: 2 }) : "—"}</td>
        </tr>
      </tbody>
    </table>
  );
}
