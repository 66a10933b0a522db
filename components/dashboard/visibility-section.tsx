import { useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { ChangeBadge } from "./change";
import { Figure } from "./figure";
import { useDashboardFormat } from "./format";
import { weekQueueHref } from "./links";
import { DashboardSection } from "./section";
import Link from "next/link";

/** Whether the company outside CS looks: staff, reads, fix-board coverage, product response, loop closure. */
export function VisibilitySection({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.visibility");
  const roles = useTranslations("common.roles");
  const f = useDashboardFormat();
  const v = data.visibility;
  return (
    <DashboardSection id="visibility" title={t("title")} subtitle={t("subtitle")}>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-5">
        <Figure label={t("staff")} testId="figure-staff" value={f.count(v.staff.total.current)}
          change={<ChangeBadge current={v.staff.total.current} previous={v.staff.total.previous} polarity="upGood" />}
          detail={t("staffDetail")}>
          <ul aria-label={t("roles")} className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
            {v.staff.byRole.map((r) => (
              <li key={r.role}>{roles(r.role as never)} <span className="font-semibold tabular-nums">{f.count(r.count)}</span></li>
            ))}
          </ul>
        </Figure>
        <Figure label={t("read")} testId="figure-read" value={f.percent(v.readByNonCs.share)}
          change={<ChangeBadge current={v.readByNonCs.share} previous={v.readByNonCs.previous} polarity="upGood" kind="share" />}
          detail={t("readDetail", { read: f.count(v.readByNonCs.read), created: f.count(v.readByNonCs.created) })} />
        <Figure label={t("coverage")} testId="figure-coverage" value={f.percent(v.fixBoardCoverage.share)}
          change={<ChangeBadge current={v.fixBoardCoverage.share} previous={v.fixBoardCoverage.previous} polarity="upGood" kind="share" />}
          detail={
            v.fixBoardCoverage.created > 0
              ? <Link href={weekQueueHref(data.week.param)} className="hover:underline">{t("coverageDetail", { linked: f.count(v.fixBoardCoverage.linked), created: f.count(v.fixBoardCoverage.created) })}</Link>
              : t("coverageDetail", { linked: 0, created: 0 })
          } />
        <Figure label={t("productResponse")} testId="figure-product-response" value={f.duration(v.productResponseMedianMs)}
          detail={t("productResponseDetail", { count: v.productResponded })} />
        <Figure label={t("loop")} testId="figure-loop" value={f.percent(v.loopClosure.share)}
          detail={v.loopClosure.shipped ? t("loopDetail", { notified: v.loopClosure.notified, shipped: v.loopClosure.shipped }) : t("loopNone")} />
      </div>
    </DashboardSection>
  );
}
