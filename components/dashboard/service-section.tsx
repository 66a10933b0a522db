import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { ChangeBadge } from "./change";
import { Figure } from "./figure";
import { useDashboardFormat } from "./format";
import { backlogHref, overdueHref } from "./links";
import { DashboardSection } from "./section";

/** First response and resolution (median, p90) of the week; backlog and overdue as of now. */
export function ServiceSection({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.service");
  const f = useDashboardFormat();
  const s = data.service;
  const time = (median: number | null, p90: number | null) =>
    median === null ? t("noData") : `${t("median")} · ${t("p90", { value: f.duration(p90) })}`;
  return (
    <DashboardSection id="service" title={t("title")} subtitle={t("subtitle")}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure label={t("firstResponse")} testId="figure-first-response" value={f.duration(s.firstResponseMedianMs)}
          change={<ChangeBadge current={s.firstResponseMedianMs} previous={s.previous.firstResponseMedianMs} polarity="upBad" kind="duration" />}
          detail={time(s.firstResponseMedianMs, s.firstResponseP90Ms)} />
        <Figure label={t("resolution")} testId="figure-resolution" value={f.duration(s.resolutionMedianMs)}
          change={<ChangeBadge current={s.resolutionMedianMs} previous={s.previous.resolutionMedianMs} polarity="upBad" kind="duration" />}
          detail={time(s.resolutionMedianMs, s.resolutionP90Ms)} />
        <Figure label={t("backlog")} testId="figure-backlog"
          value={<Link href={backlogHref} className="text-indigo-700 hover:underline">{f.count(s.backlog)}</Link>} />
        <Figure label={t("overdue")} testId="figure-overdue"
          value={<Link href={overdueHref} className={s.overdue > 0 ? "text-rose-700 hover:underline" : "text-indigo-700 hover:underline"}>{f.count(s.overdue)}</Link>} />
      </div>
      <p className="mt-3 text-xs text-slate-500">{t("nowNote")}</p>
    </DashboardSection>
  );
}
