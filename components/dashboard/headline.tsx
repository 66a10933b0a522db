import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { cx } from "@/components/ui/cx";
import { ChangeBadge } from "./change";
import { useDashboardFormat } from "./format";
import { backlogHref, overdueHref, weekQueueHref } from "./links";

function Tile({ label, value, href, linkLabel, note, tone, testId, children }: {
  label: string;
  value: string;
  href?: string;
  linkLabel?: string;
  note?: string;
  tone?: "rose";
  testId: string;
  children?: ReactNode;
}) {
  const valueClass = cx("text-2xl font-semibold tracking-tight tabular-nums", tone === "rose" ? "text-rose-700" : "text-slate-900");
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <p className="text-xs font-medium text-slate-500" title={note}>{label}</p>
      <p className="mt-1">
        {href ? (
          <Link href={href} aria-label={linkLabel} className={cx(valueClass, "hover:underline decoration-2 underline-offset-4")}>{value}</Link>
        ) : (
          <span className={valueClass}>{value}</span>
        )}
      </p>
      <div className="mt-1 min-h-4">{children}</div>
    </div>
  );
}

/** The week at a glance: six figures, each with its change or its "now" note. */
export function Headline({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.headline");
  const f = useDashboardFormat();
  const { inquiries, churn, satisfaction, service } = data;
  return (
    <section aria-label={t("label")} className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <Tile label={t("inquiries")} value={f.count(inquiries.total.current)} testId="headline-inquiries"
        href={inquiries.total.current > 0 ? weekQueueHref(data.week.param) : undefined}
        linkLabel={t("inquiriesLink", { count: inquiries.total.current })}>
        <ChangeBadge current={inquiries.total.current} previous={inquiries.total.previous} polarity="neutral" />
      </Tile>
      <Tile label={t("churned")} value={f.count(churn.count.current)} href="#churn" testId="headline-churned">
        <ChangeBadge current={churn.count.current} previous={churn.count.previous} polarity="upBad" />
      </Tile>
      <Tile label={t("csat")} note={t("csatHint")} value={f.percent(satisfaction.csat.value)} href="/surveys" testId="headline-csat">
        <ChangeBadge current={satisfaction.csat.value} previous={satisfaction.csat.previous} polarity="upGood" kind="share" />
      </Tile>
      <Tile label={t("firstResponse")} value={f.duration(service.firstResponseMedianMs)} testId="headline-first-response">
        <ChangeBadge current={service.firstResponseMedianMs} previous={service.previous.firstResponseMedianMs} polarity="upBad" kind="duration" />
      </Tile>
      <Tile label={t("backlog")} note={t("nowHint")} value={f.count(service.backlog)} href={backlogHref} testId="headline-backlog">
        <span className="text-xs text-slate-500">{t("nowHint")}</span>
      </Tile>
      <Tile label={t("overdue")} note={t("nowHint")} value={f.count(service.overdue)} href={overdueHref} tone={service.overdue > 0 ? "rose" : undefined} testId="headline-overdue">
        <span className="text-xs text-slate-500">{t("nowHint")}</span>
      </Tile>
    </section>
  );
}
