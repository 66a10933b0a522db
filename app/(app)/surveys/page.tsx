import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { getSurveyResults, listLowScores, listSurveyAgents } from "@/lib/surveys/queries";
import { NO_AGENT } from "@/lib/surveys/rules";
import { parseSurveySearchParams, surveysHref, type SearchParams } from "@/lib/surveys/schema";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { BreakdownTable } from "@/components/surveys/results/breakdown-table";
import { HeadlineCards } from "@/components/surveys/results/headline-cards";
import { InternalPanel } from "@/components/surveys/results/internal-panel";
import { LowScoreList } from "@/components/surveys/results/low-score-list";
import { ResultsFilters } from "@/components/surveys/results/results-filters";
import { TrendSection } from "@/components/surveys/results/trend-section";

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("title") };
}

/** /surveys — every role reads every agent's results; AGENT/ADMIN act on low scores (the actions check again). */
export default async function SurveysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  const { filters, dropped } = parseSurveySearchParams(await searchParams);
  const agentId = filters.agent === "me" ? actor.id : filters.agent;
  const [results, low, agents, t, common, format] = await Promise.all([
    getSurveyResults(actor, { weeks: filters.weeks, until: filters.until, agentId }),
    listLowScores(actor, { cursor: filters.cursor, agentId }),
    listSurveyAgents(actor),
    getTranslations("surveys"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const showMine = can(actor, "inquiries.update");
  const nameOf = (id: string) =>
    id === actor.id ? actor.name : agents.find((a) => a.id === id)?.name ?? results.byAgent.find((a) => a.agentId === id)?.name ?? null;
  const agentName = agentId && agentId !== NO_AGENT ? nameOf(agentId) ?? "?" : null;

  const lastDay = new Date(results.to.getTime() + 6 * 86_400_000);
  const day = (d: Date) => format.dateTime(d, { year: "numeric", month: "short", day: "numeric" });
  const agentLink = (id: string | null, name: string | null) => (
    <Link href={surveysHref(filters, { agent: id ?? NO_AGENT })} aria-label={t("breakdown.viewAgent", { name: name ?? t("filters.unassigned") })}
      className="font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
      {name ?? <span className="italic">{t("filters.unassigned")}</span>}
    </Link>
  );

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t("title")}>{t("subtitle")}</PageHeader>
      <ResultsFilters key={surveysHref(filters)} filters={filters} agents={agents} me={{ id: actor.id, name: actor.name }} showMine={showMine} />
      {dropped.length > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-200 ring-inset">{t("filters.ignored")}</p>
      )}
      {agentId && (
        <p role="status" className="mb-4 flex flex-wrap items-center gap-2 rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-900 ring-1 ring-indigo-200 ring-inset">
          {agentId === NO_AGENT ? t("filters.showingUnassigned") : t("filters.showingAgent", { name: agentName ?? "" })}
          <Link href={surveysHref(filters, { agent: undefined })} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-500">
            {t("filters.clearAgent")}
          </Link>
        </p>
      )}

      {!results.anySurveys ? (
        <div className="space-y-6">
          <EmptyState title={t("empty.title")} body={t("empty.body")} />
          <InternalPanel internal={results.internal} fulfillment={results.fulfillment} />
        </div>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="headline-title" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <div>
                <h2 id="headline-title" className="text-base font-semibold text-slate-900">{t("headline.title")}</h2>
                <p className="text-xs text-slate-500" data-testid="range">{t("headline.subtitle", { from: day(results.from), to: day(lastDay) })}</p>
              </div>
              <nav aria-label={t("filters.range")} className="flex items-center gap-2">
                <Link href={surveysHref(filters, { until: results.earlier })} className={buttonClass("secondary", "sm")}>
                  <span aria-hidden>←</span> {t("filters.earlier")}
                </Link>
                {results.later && (
                  <Link href={surveysHref(filters, { until: results.later })} className={buttonClass("secondary", "sm")}>
                    {t("filters.later")} <span aria-hidden>→</span>
                  </Link>
                )}
                {filters.until && (
                  <Link href={surveysHref(filters, { until: undefined })} className={buttonClass("ghost", "sm")}>{t("filters.current")}</Link>
                )}
              </nav>
            </div>
            <HeadlineCards figures={results.overall} />
          </section>

          <TrendSection weeks={results.byWeek} />

          <BreakdownTable testId="by-agent" title={t("breakdown.byAgent")} hint={t("breakdown.byAgentHint")} dimension={t("breakdown.agent")}
            rows={results.byAgent.map((a) => ({ key: a.agentId ?? NO_AGENT, label: agentLink(a.agentId, a.name), figures: a.figures }))} />
          <div className="space-y-6">
            <BreakdownTable testId="by-channel" title={t("breakdown.byChannel")} dimension={t("breakdown.channel")}
              rows={results.byChannel.map((c) => ({ key: c.channel, label: common(`channel.${c.channel}`), figures: c.figures }))} />
            <BreakdownTable testId="by-customer-type" title={t("breakdown.byCustomerType")} hint={t("breakdown.byCustomerTypeHint")}
              dimension={t("breakdown.customerType")}
              rows={results.byCustomerType.map((c) => ({ key: c.customerType, label: common(`customerType.${c.customerType}`), figures: c.figures }))} />
          </div>

          <InternalPanel internal={results.internal} fulfillment={results.fulfillment} />

          <section aria-labelledby="low-scores" id="low-scores-section" className="space-y-3">
            <div>
              <h2 id="low-scores" className="text-base font-semibold text-slate-900">{t("low.title")}</h2>
              <p className="text-xs text-slate-500">{agentName ? t("low.subtitleAgent", { name: agentName }) : t("low.subtitle")}</p>
            </div>
            <LowScoreList
              items={low.items}
              canReopen={can(actor, "inquiries.update")}
              canPush={can(actor, "board.push")}
              olderHref={low.nextCursor ? `${surveysHref(filters, { cursor: low.nextCursor })}#low-scores-section` : null}
              newestHref={filters.cursor ? `${surveysHref(filters)}#low-scores-section` : null}
            />
          </section>
        </div>
      )}
    </div>
  );
}
