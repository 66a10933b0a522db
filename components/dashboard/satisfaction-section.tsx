import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { Badge } from "@/components/ui/badge";
import { ChangeBadge } from "./change";
import { Figure } from "./figure";
import { useDashboardFormat } from "./format";
import { DashboardSection, EmptyNote, ExportLink } from "./section";

function Small({ show }: { show: boolean }) {
  const t = useTranslations("dashboard.satisfaction");
  if (!show) return null;
  return <span title={t("smallHint")}><Badge tone="amber">{t("small")}</Badge><span className="sr-only"> ({t("smallHint")})</span></span>;
}

/** CSAT and CES (customers), internal service satisfaction and fulfillment, and CSAT/CES by channel. */
export function SatisfactionSection({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard.satisfaction");
  const common = useTranslations("common.channel");
  const f = useDashboardFormat();
  const { csat, ces, byChannel, internal } = data.satisfaction;
  return (
    <DashboardSection
      id="satisfaction"
      title={t("title")}
      subtitle={t("subtitle")}
      actions={<>
        <Link href="/surveys" className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">{t("openSurveys")}</Link>
        <ExportLink week={data.week.param} table="satisfaction" />
      </>}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure label={t("csat")} testId="figure-csat"
          value={<Link href="/surveys" className="hover:underline">{f.percent(csat.value)}</Link>}
          change={<><ChangeBadge current={csat.value} previous={csat.previous} polarity="upGood" kind="share" /><Small show={csat.small && csat.responses > 0} /></>}
          detail={csat.responses ? t("csatDetail", { share: f.percent(csat.value), mean: f.mean(csat.mean), count: csat.responses }) : t("noAnswers")} />
        <Figure label={t("ces")} testId="figure-ces"
          value={f.mean(ces.value)}
          change={<><ChangeBadge current={ces.value} previous={ces.previous} polarity="upGood" kind="mean" /><Small show={ces.small && ces.responses > 0} /></>}
          detail={ces.responses ? t("cesDetail", { mean: f.mean(ces.value), share: f.percent(ces.easy), count: ces.responses }) : t("noAnswers")} />
        <Figure label={t("internal")} testId="figure-internal"
          value={f.percent(internal.csat)}
          change={<Small show={internal.small && internal.responses > 0} />}
          detail={internal.responses ? t("internalDetail", { count: internal.responses }) : t("noAnswers")} />
        <Figure label={t("fulfillment")} testId="figure-fulfillment"
          value={f.percent(internal.fulfillmentRate)}
          detail={internal.resolved ? t("fulfillmentDetail", { within: internal.withinTarget, resolved: internal.resolved }) : t("noAnswers")} />
      </div>
      <h3 className="mt-5 mb-2 text-sm font-medium text-slate-700">{t("byChannel")}</h3>
      {byChannel.length === 0 ? (
        <EmptyNote>{t("byChannelEmpty")}</EmptyNote>
      ) : (
        <table className="w-full text-sm" data-testid="table-satisfaction">
          <caption className="sr-only">{t("byChannel")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-500">
              <th scope="col" className="py-1.5 text-left font-medium">{t("channel")}</th>
              <th scope="col" className="py-1.5 text-right font-medium">{t("answers")}</th>
              <th scope="col" className="py-1.5 text-right font-medium">{t("csat")}</th>
              <th scope="col" className="py-1.5 text-right font-medium">CES</th>
            </tr>
          </thead>
          <tbody>
            {byChannel.map((c) => (
              <tr key={c.channel} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                  <span className="inline-flex items-center gap-2">{common(c.channel as never)}<Small show={c.small} /></span>
                </th>
                <td className="py-1.5 text-right tabular-nums">{f.count(c.responses)}</td>
                <td className="py-1.5 text-right tabular-nums">{f.percent(c.csat)}</td>
                <td className="py-1.5 text-right tabular-nums">{f.mean(c.ces)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardSection>
  );
}
