import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { useDashboardFormat } from "./format";

/** Whether a rise is good news (CSAT), bad news (overdue, churn, slower replies) or neither (volume). */
export type Polarity = "upGood" | "upBad" | "neutral";
export type ChangeKind = "count" | "share" | "duration" | "mean";

/**
 * The change vs the previous week: ▲/▼ with the amount, green when it is good news and red when
 * it is bad (by the figure's polarity), slate when neutral or unchanged. Screen readers hear
 * "Up 12 vs previous week (worse)" instead of the arrow.
 */
export function ChangeBadge({ current, previous, polarity, kind = "count", className }: {
  current: number | null;
  previous: number | null;
  polarity: Polarity;
  kind?: ChangeKind;
  className?: string;
}) {
  const t = useTranslations("dashboard.change");
  const f = useDashboardFormat();
  if (current === null || previous === null) {
    return <span className={cx("text-xs text-slate-400", className)}>{t("noPrevious")}</span>;
  }
  const delta = current - previous;
  if (Math.abs(delta) < 1e-9) {
    return (
      <span className={cx("inline-flex items-center gap-1 text-xs whitespace-nowrap text-slate-500", className)} data-testid="change" data-direction="same">
        <span aria-hidden title={t("same")}>±0</span><span className="sr-only">{t("same")}</span>
      </span>
    );
  }
  const up = delta > 0;
  const amount = Math.abs(delta);
  const value =
    kind === "share" ? t("points", { value: Math.round(amount * 100) })
    : kind === "duration" ? f.duration(amount)
    : kind === "mean" ? f.mean(amount)
    : previous > 0 ? `${f.count(amount)} (${f.percent(amount / previous)})` : f.count(amount);
  const good = polarity === "neutral" ? null : (polarity === "upGood") === up;
  const tone = good === null ? "text-slate-600" : good ? "text-emerald-700" : "text-rose-700";
  const spoken = `${t(up ? "up" : "down", { value })}${good === null ? "" : ` (${t(good ? "better" : "worse")})`}`;
  return (
    <span
      className={cx("inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap", tone, className)}
      title={kind === "count" && previous === 0 ? t("new") : spoken}
      data-testid="change"
      data-direction={up ? "up" : "down"}
      data-good={good === null ? "neutral" : String(good)}
    >
      <span aria-hidden>{up ? "▲" : "▼"} {value}</span>
      <span className="sr-only">{spoken}</span>
    </span>
  );
}
