import { useFormatter, useTranslations } from "next-intl";

/**
 * How the dashboard writes its figures: counts with separators, shares as whole percents, means
 * with one decimal, durations as the two largest units ("3h 12m", "3시간 12분"), "—" for none.
 */
export function useDashboardFormat() {
  const format = useFormatter();
  const t = useTranslations("dashboard");
  const none = t("none");
  const duration = (ms: number | null | undefined): string => {
    if (ms === null || ms === undefined || !Number.isFinite(ms)) return none;
    const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
    const d = Math.floor(minutes / 1440);
    const h = Math.floor((minutes % 1440) / 60);
    const m = minutes % 60;
    if (d > 0) return h ? t("duration.dh", { d, h }) : t("duration.d", { d });
    if (h > 0) return m ? t("duration.hm", { h, m }) : t("duration.h", { h });
    return t("duration.m", { m: Math.max(m, ms !== 0 ? 1 : 0) });
  };
  return {
    none,
    count: (n: number) => format.number(n),
    percent: (v: number | null | undefined) => (v === null || v === undefined ? none : format.number(v, { style: "percent", maximumFractionDigits: 0 })),
    mean: (v: number | null | undefined) => (v === null || v === undefined ? none : format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    duration,
    day: (iso: string | Date) => format.dateTime(new Date(iso), { month: "short", day: "numeric" }),
    dayWithWeekday: (iso: string | Date) => format.dateTime(new Date(iso), { month: "short", day: "numeric", weekday: "short" }),
    fullDay: (iso: string | Date) => format.dateTime(new Date(iso), { year: "numeric", month: "short", day: "numeric", weekday: "short" }),
  };
}
