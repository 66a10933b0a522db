import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboard/types";
import { formatDuration } from "@/lib/dashboard/digest-rules";
import type { Locale } from "@/lib/i18n/locales";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ChangeNote, CountTable, DigestSection, Figure, type CountLine } from "./digest-parts";
import { queueHref } from "./links";

const TAGS_SHOWN = 8;

/**
 * A stored digest, compact and printable: the dashboard's figures of one week as they were when
 * the digest was built. Every user text (titles, names, quotes) is rendered as text.
 */
export function DigestView({ data }: { data: DashboardData }) {
  const t = useTranslations("digest");
  const tc = useTranslations("common");
  const tb = useTranslations("board.status");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const week = data.week.param;
  const none = tc("none");
  const pct = (v: number | null) => (v === null ? none : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const dec = (v: number | null) => (v === null ? none : format.number(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const dur = (ms: number | null) => formatDuration(ms, locale) ?? none;
  const label = (kind: "customerType" | "channel", key: string, fallback: string) =>
    tc.has(`${kind}.${key}` as never) ? tc(`${kind}.${key}` as never) : fallback;
  const statusLabel = (s: string) => (tb.has(s as never) ? tb(s as never) : s);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  const inq = data.inquiries;
  const byType: CountLine[] = inq.byCustomerType.map((r) => ({ ...r, label: label("customerType", r.key, r.label), href: queueHref({ customerType: r.key }, week) }));
  const byChannel: CountLine[] = inq.byChannel.map((r) => ({ ...r, label: label("channel", r.key, r.label), href: queueHref({ channel: r.key }, week) }));
  const byTag: CountLine[] = inq.byTag.slice(0, TAGS_SHOWN).map((r) => ({ ...r, href: queueHref({ tag: r.key }, week) }));
  const maxTrend = Math.max(1, ...inq.trend.map((w) => w.total));
  const sat = data.satisfaction;
  const svc = data.service;
  const vis = data.visibility;

  return (
    <div className="space-y-5">
      <Card className="p-4">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-4">
          <Figure label={t("figure.inquiries")} value={format.number(inq.total.current)} href={queueHref({}, week)} note={<ChangeNote change={inq.total} />} />
          <Figure
            label={t("figure.churned")}
            value={format.number(data.churn.count.current)}
            href="#digest-churn"
            note={<span className="text-xs text-slate-500">{t("figure.previous", { value: format.number(data.churn.count.previous) })}</span>}
          />
          <Figure
            label={t("figure.csat")}
            value={pct(sat.csat.value)}
            href="/surveys"
            note={<span className="text-xs text-slate-500">{t("sat.answers", { count: sat.csat.responses })}{sat.csat.small ? ` · ${t("sat.small")}` : ""}</span>}
          />
          <Figure
            label={t("figure.ces")}
            value={sat.ces.value === null ? none : `${dec(sat.ces.value)} / 7`}
            href="/surveys"
            note={<span className="text-xs text-slate-500">{t("sat.answers", { count: sat.ces.responses })}{sat.ces.small ? ` · ${t("sat.small")}` : ""}</span>}
          />
          <Figure label={t("figure.firstResponse")} value={dur(svc.firstResponseMedianMs)} note={<span className="text-xs text-slate-500">{t("figure.previous", { value: dur(svc.previous.firstResponseMedianMs) })}</span>} />
          <Figure label={t("figure.resolution")} value={dur(svc.resolutionMedianMs)} note={<span className="text-xs text-slate-500">{t("figure.previous", { value: dur(svc.previous.resolutionMedianMs) })}</span>} />
          <Figure label={t("figure.backlog")} value={format.number(svc.backlog)} href="/inquiries?status=NEW&status=OPEN&status=PENDING" />
          <Figure label={t("figure.overdue")} value={format.number(svc.overdue)} href="/inquiries?overdue=1" />
        </dl>
      </Card>

      <Card className="space-y-4 p-4">
        <div className="grid gap-x-8 gap-y-4 md:grid-cols-2">
          <DigestSection id="digest-by-type" title={t("section.byCustomerType")} className="border-t-0 pt-0">
            <CountTable caption={t("section.byCustomerType")} rows={byType} emptyLabel={t("empty")} />
          </DigestSection>
          <DigestSection id="digest-by-channel" title={t("section.byChannel")} className="border-t-0 pt-0">
            <CountTable caption={t("section.byChannel")} rows={byChannel} emptyLabel={t("empty")} />
          </DigestSection>
          <DigestSection id="digest-by-tag" title={t("section.byTag")}>
            <CountTable caption={t("section.byTag")} rows={byTag} emptyLabel={t("empty")} />
          </DigestSection>
          <DigestSection id="digest-trend" title={t("section.trend")}>
            <table className="w-full text-sm">
              <caption className="sr-only">{t("section.trend")}</caption>
              <thead className="sr-only">
                <tr><th scope="col">{t("table.week")}</th><th scope="col">{t("table.total")}</th></tr>
              </thead>
              <tbody>
                {inq.trend.map((w) => (
                  <tr key={w.week} className={w.week === week ? "font-semibold" : undefined}>
                    <th scope="row" className="w-24 py-0.5 pr-2 text-left text-xs font-normal whitespace-nowrap text-slate-500 tabular-nums">{w.week}</th>
                    <td className="py-0.5">
                      <div className="flex items-center gap-2">
                        <div aria-hidden className="h-2 rounded-sm bg-indigo-400 print:bg-slate-500" style={{ width: `${Math.max(2, (w.total / maxTrend) * 100) * 0.75}%` }} />
                        <span className="text-xs tabular-nums text-slate-700">{format.number(w.total)}</span>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DigestSection>
        </div>
        <DigestSection id="digest-stage" title={t("section.stage")}>
          <p className="text-sm text-slate-800">
            <Badge tone={data.stage.stage === "stage2" ? "amber" : data.stage.stage === "growing" ? "sky" : "emerald"} className="mr-2">
              {t(`stage.${data.stage.stage}`)}
            </Badge>
            {t("stage.line", { perDay: dec(data.stage.meanPerDay), count: format.number(data.stage.inquiriesIn28Days) })}
          </p>
          <p className="mt-1 text-sm text-slate-500">{t(`stage.meaning.${data.stage.stage}`)}</p>
        </DigestSection>
      </Card>

      <Card className="space-y-4 p-4">
        <DigestSection id="digest-problems" title={t("section.problems")} className="border-t-0 pt-0">
          {data.problems.top.length === 0 ? (
            <p className="text-sm text-slate-500">{t("empty")}</p>
          ) : (
            <ol className="divide-y divide-slate-100 text-sm">
              {data.problems.top.map((p) => (
                <li key={p.id} className="flex items-baseline gap-2 py-1.5">
                  <span className="w-10 shrink-0 text-xs text-slate-400 tabular-nums">#{p.number}</span>
                  <Link href={`/board/${p.id}`} className="min-w-0 flex-1 truncate text-slate-800 hover:text-indigo-700 hover:underline">{p.title}</Link>
                  <Badge tone="slate" className="font-normal">{statusLabel(p.status)}</Badge>
                  <span className="w-28 shrink-0 text-right text-xs text-slate-600 tabular-nums">
                    {t("table.newLinked")} <strong className="text-slate-900">{format.number(p.newLinked.current)}</strong>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </DigestSection>
        <DigestSection id="digest-shipped" title={t("section.shipped")}>
          {data.problems.shipped.length === 0 ? (
            <p className="text-sm text-slate-500">{t("empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.problems.shipped.map((p) => (
                <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-1.5">
                  <span className="text-xs text-slate-400 tabular-nums">#{p.number}</span>
                  <Link href={`/board/${p.id}`} className="min-w-0 flex-1 text-slate-800 hover:text-indigo-700 hover:underline">{p.title}</Link>
                  <Detail label={t("table.shippedAt")} value={date(p.shippedAt)} />
                  <Detail label={t("table.removed")} value={p.removedPerWeek === null ? t("table.pending") : dec(p.removedPerWeek)} />
                  <Detail label={t("table.notified")} value={p.notified ? t("table.yes") : t("table.no")} />
                </li>
              ))}
            </ul>
          )}
          {(data.problems.shippedTotal ?? 0) > data.problems.shipped.length && (
            <p className="mt-1 text-xs text-slate-500">{t("shippedMore", { shown: data.problems.shipped.length, total: data.problems.shippedTotal! })}</p>
          )}
        </DigestSection>
        <DigestSection id="digest-churn" title={t("section.churn")}>
          <p className="mb-1 text-sm text-slate-800">
            <strong className="tabular-nums">{format.number(data.churn.count.current)}</strong> <ChangeNote change={data.churn.count} />
          </p>
          {data.churn.customers.length > 0 && (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.churn.customers.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
                  <Link href={`/customers/${c.id}`} className="font-medium text-slate-800 hover:text-indigo-700 hover:underline">{c.name}</Link>
                  <span className="min-w-0 flex-1 text-slate-600">{[c.category, c.reason].filter(Boolean).join(" · ") || none}</span>
                  <Detail label={t("table.inquiriesBefore")} value={format.number(c.inquiriesBefore)} />
                </li>
              ))}
            </ul>
          )}
        </DigestSection>
      </Card>

      <Card className="space-y-4 p-4">
        <div className="grid gap-x-8 gap-y-4 md:grid-cols-2">
          <DigestSection id="digest-satisfaction" title={t("section.satisfaction")} className="border-t-0 pt-0">
            <dl className="space-y-1 text-sm">
              <div className="flex gap-2"><dt className="w-12 shrink-0 text-slate-500">CSAT</dt><dd className="text-slate-800">{t("sat.csatValue", { value: pct(sat.csat.value), mean: dec(sat.csat.mean) })}</dd></div>
              <div className="flex gap-2"><dt className="w-12 shrink-0 text-slate-500">CES</dt><dd className="text-slate-800">{t("sat.cesValue", { value: dec(sat.ces.value), easy: pct(sat.ces.easy) })}</dd></div>
            </dl>
            {sat.byChannel.length > 0 && (
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">{t("section.satisfaction")}</caption>
                <thead>
                  <tr className="text-left text-xs text-slate-500">
                    <th scope="col" className="py-1 pr-2 font-medium">{t("table.channel")}</th>
                    <th scope="col" className="py-1 pr-2 text-right font-medium">CSAT</th>
                    <th scope="col" className="py-1 pr-2 text-right font-medium">CES</th>
                    <th scope="col" className="py-1 text-right font-medium">{t("table.responses")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {sat.byChannel.map((c) => (
                    <tr key={c.channel} className={c.small ? "text-slate-400" : undefined}>
                      <th scope="row" className="py-1 pr-2 text-left font-normal">{label("channel", c.channel, c.channel)}</th>
                      <td className="py-1 pr-2 text-right tabular-nums">{pct(c.csat)}</td>
                      <td className="py-1 pr-2 text-right tabular-nums">{dec(c.ces)}</td>
                      <td className="py-1 text-right tabular-nums">{format.number(c.responses)}{c.small ? "*" : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="mt-2 text-sm text-slate-700">
              <span className="text-slate-500">{t("sat.internal")}: </span>
              {t("sat.internalValue", { csat: pct(sat.internal.csat), rate: pct(sat.internal.fulfillmentRate), resolved: sat.internal.resolved })}
            </p>
            {(sat.csat.small || sat.byChannel.some((c) => c.small)) && <p className="mt-1 text-xs text-slate-400">* {t("sat.small")}</p>}
          </DigestSection>
          <DigestSection id="digest-service" title={t("section.service")} className="border-t-0 pt-0">
            <dl className="space-y-1 text-sm">
              <div className="flex gap-2"><dt className="w-28 shrink-0 whitespace-nowrap text-slate-500">{t("service.firstResponse")}</dt><dd>{t("service.medianP90", { median: dur(svc.firstResponseMedianMs), p90: dur(svc.firstResponseP90Ms) })}</dd></div>
              <div className="flex gap-2"><dt className="w-28 shrink-0 whitespace-nowrap text-slate-500">{t("service.resolution")}</dt><dd>{t("service.medianP90", { median: dur(svc.resolutionMedianMs), p90: dur(svc.resolutionP90Ms) })}</dd></div>
            </dl>
            <p className="mt-1 text-sm text-slate-600">{t("service.backlogOverdue", { backlog: format.number(svc.backlog), overdue: format.number(svc.overdue) })}</p>
          </DigestSection>
        </div>
        <DigestSection id="digest-visibility" title={t("section.visibility")}>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-xs text-slate-500">{t("visibility.staff")}</dt>
              <dd className="text-slate-800">
                <strong className="tabular-nums">{format.number(vis.staff.total.current)}</strong> <ChangeNote change={vis.staff.total} />
                {vis.staff.byRole.length > 0 && (
                  <span className="block text-xs text-slate-500">
                    {vis.staff.byRole.map((r) => t("visibility.staffByRole", { role: tc.has(`roles.${r.role}` as never) ? tc(`roles.${r.role}` as never) : r.role, count: r.count })).join(" · ")}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t("visibility.readByNonCs")}</dt>
              <dd className="text-slate-800">
                <strong className="tabular-nums">{pct(vis.readByNonCs.share)}</strong>{" "}
                <span className="text-xs text-slate-500">{t("visibility.ofCreated", { part: format.number(vis.readByNonCs.read), whole: format.number(vis.readByNonCs.created) })}</span>
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t("visibility.fixBoardCoverage")}</dt>
              <dd className="text-slate-800">
                <strong className="tabular-nums">{pct(vis.fixBoardCoverage.share)}</strong>{" "}
                <span className="text-xs text-slate-500">{t("visibility.ofCreated", { part: format.number(vis.fixBoardCoverage.linked), whole: format.number(vis.fixBoardCoverage.created) })}</span>
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t("visibility.productResponse")}</dt>
              <dd className="text-slate-800"><strong>{dur(vis.productResponseMedianMs)}</strong></dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t("visibility.loopClosure")}</dt>
              <dd className="text-slate-800">
                <strong className="tabular-nums">{pct(vis.loopClosure.share)}</strong>{" "}
                <span className="text-xs text-slate-500">{t("visibility.ofShipped", { notified: vis.loopClosure.notified, shipped: vis.loopClosure.shipped })}</span>
              </dd>
            </div>
          </dl>
        </DigestSection>
      </Card>

      <Card className="p-4">
        <DigestSection id="digest-voices" title={t("section.voices")} className="border-t-0 pt-0">
          {data.voices.length === 0 ? (
            <p className="text-sm text-slate-500">{t("voices.empty")}</p>
          ) : (
            <ul className="space-y-3">
              {data.voices.map((v) => (
                <li key={`${v.kind}-${v.inquiryId}`} className="break-inside-avoid">
                  <blockquote className="border-l-2 border-slate-300 pl-3 text-sm whitespace-pre-line text-slate-800">{v.text}</blockquote>
                  <p className="mt-1 pl-3 text-xs text-slate-500">
                    <Badge tone={v.kind === "churned" ? "rose" : "amber"} className="mr-1.5 font-normal">{t(`voices.${v.kind}`)}</Badge>
                    {v.customerName}
                    {v.score !== null && ` · ${t("voices.score", { score: v.score })}`}
                    {" · "}
                    <Link href={`/inquiries/${v.inquiryId}`} className="text-indigo-700 hover:underline">{t("voices.open", { number: v.inquiryNumber })}</Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </DigestSection>
      </Card>
    </div>
  );
}

/** "Label: value" in a row of small details. */
function Detail({ label, value }: { label: string; value: string }) {
  return (
    <span className="text-xs whitespace-nowrap text-slate-500">
      {label}: <span className="text-slate-700">{value}</span>
    </span>
  );
}
