import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { STAGE1_MAX_PER_DAY, STAGE2_MIN_PER_DAY } from "@/lib/dashboard/rules";
import { Badge } from "@/components/ui/badge";
import { DashboardSection } from "./section";

const meaning = { stage1: "meaning1", growing: "meaningGrowing", stage2: "meaning2" } as const;
const tone = { stage1: "emerald", growing: "amber", stage2: "indigo" } as const;

/** Operating stage: mean inquiries a day over 28 days, the stage it puts us in, and what that means. */
export function StageCard({ stage }: { stage: DashboardData["stage"] }) {
  const t = useTranslations("dashboard.stage");
  const format = useFormatter();
  // A gauge from 0 to a bit past stage 2, with the two thresholds marked.
  const max = STAGE2_MIN_PER_DAY * 1.25;
  const pct = (v: number) => `${Math.min(100, (v / max) * 100)}%`;
  return (
    <DashboardSection id="stage" title={t("title")}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Badge tone={tone[stage.stage]} className="text-sm">{t(stage.stage)}</Badge>
        <p className="text-2xl font-semibold tracking-tight text-slate-900 tabular-nums" data-testid="stage-value">
          {t("value", { perDay: format.number(stage.meanPerDay, { maximumFractionDigits: 1 }) })}
        </p>
      </div>
      <p className="mt-3 text-sm text-slate-700" data-testid="stage-meaning">{t(meaning[stage.stage])}</p>
      <div aria-hidden className="relative mt-4 h-2 rounded-full bg-slate-100">
        <div className="absolute inset-y-0 left-0 rounded-full bg-indigo-500" style={{ width: pct(stage.meanPerDay) }} />
        <div className="absolute -inset-y-1 w-px bg-slate-400" style={{ left: pct(STAGE1_MAX_PER_DAY) }} />
        <div className="absolute -inset-y-1 w-px bg-slate-400" style={{ left: pct(STAGE2_MIN_PER_DAY) }} />
      </div>
      <div aria-hidden className="relative mt-1 h-4 text-[10px] text-slate-500">
        <span className="absolute -translate-x-1/2" style={{ left: pct(STAGE1_MAX_PER_DAY) }}>{STAGE1_MAX_PER_DAY}</span>
        <span className="absolute -translate-x-1/2" style={{ left: pct(STAGE2_MIN_PER_DAY) }}>{STAGE2_MIN_PER_DAY}</span>
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("basis", { count: stage.inquiriesIn28Days })}</p>
    </DashboardSection>
  );
}
