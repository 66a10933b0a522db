import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CountRow } from "@/lib/dashboard/types";
import { ChangeBadge } from "./change";
import { ComparisonBarChart } from "./charts";
import { customerTypeColor, customerTypeDot, DEFAULT_BAR } from "./colors";
import { useDashboardFormat } from "./format";
import { weekQueueHref } from "./links";
import { DashboardSection, EmptyNote, ExportLink } from "./section";

export type BreakdownKind = "customerType" | "channel" | "tag";

const tables = { customerType: "byCustomerType", channel: "byChannel", tag: "byTag" } as const;

/**
 * One breakdown of the week's inquiries: bars (this week vs the previous) and, as their text
 * alternative, a table whose counts open the queue filtered the same way.
 */
export function BreakdownCard({ kind, rows, week }: { kind: BreakdownKind; rows: CountRow[]; week: string }) {
  const t = useTranslations("dashboard.inquiries");
  const common = useTranslations("common");
  const f = useDashboardFormat();
  const table = tables[kind];
  const title = t(table);
  const label = (r: CountRow) =>
    kind === "customerType" ? common(`customerType.${r.key}` as never) : kind === "channel" ? common(`channel.${r.key}` as never) : r.label;
  const filter = (r: CountRow) =>
    kind === "customerType" ? { customerType: r.key } : kind === "channel" ? { channel: r.key } : { tag: r.key };
  const anyThisWeek = rows.some((r) => r.count.current > 0);

  return (
    <DashboardSection id={`breakdown-${kind}`} title={title} actions={<ExportLink week={week} table={table} />} className="min-w-0">
      {!anyThisWeek ? (
        <EmptyNote>{kind === "tag" ? t("noTags") : t("empty")}</EmptyNote>
      ) : (
        <>
          <ComparisonBarChart
            label={t("chartLabel", { title })}
            names={{ current: t("thisWeek"), previous: t("previousWeek") }}
            rows={rows.map((r) => ({
              key: r.key, label: label(r), current: r.count.current, previous: r.count.previous,
              color: kind === "customerType" ? customerTypeColor[r.key] ?? DEFAULT_BAR : DEFAULT_BAR,
            }))}
          />
          <p aria-hidden className="mt-1 flex justify-center gap-4 text-xs text-slate-500">
            <span className="inline-flex items-center gap-1.5">
              <span className={`inline-block size-2.5 rounded-sm ${kind === "customerType" ? "bg-gradient-to-r from-emerald-500 to-indigo-500" : "bg-indigo-500"}`} />{t("thisWeek")}
            </span>
            <span className="inline-flex items-center gap-1.5"><span className="inline-block size-2.5 rounded-sm bg-slate-300" />{t("previousWeek")}</span>
          </p>
          <table className="mt-3 w-full text-sm" data-testid={`table-${table}`}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs text-slate-500">
                <th scope="col" className="py-1.5 text-left font-medium">{t("name")}</th>
                <th scope="col" className="py-1.5 pl-2 text-right font-medium">{t("thisWeek")}</th>
                <th scope="col" className="py-1.5 pl-2 text-right font-medium">{t("previousWeek")}</th>
                <th scope="col" className="py-1.5 pl-3 text-right font-medium">{t("change")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                    <span className="inline-flex items-center gap-2">
                      {kind === "customerType" && <span aria-hidden className={`inline-block size-2.5 rounded-sm ${customerTypeDot[r.key] ?? "bg-indigo-500"}`} />}
                      <span className="whitespace-nowrap">{label(r)}</span>
                    </span>
                  </th>
                  <td className="py-1.5 text-right tabular-nums">
                    {r.count.current > 0 ? (
                      <Link
                        href={weekQueueHref(week, filter(r))}
                        aria-label={t("openQueue", { count: r.count.current, name: label(r) })}
                        className="font-semibold text-indigo-600 hover:text-indigo-500 hover:underline"
                        data-testid={`figure-${kind}-${r.key}`}
                      >
                        {f.count(r.count.current)}
                      </Link>
                    ) : (
                      <span className="text-slate-400">0</span>
                    )}
                  </td>
                  <td className="py-1.5 text-right text-slate-500 tabular-nums">{f.count(r.count.previous)}</td>
                  <td className="py-1.5 pl-3 text-right"><ChangeBadge current={r.count.current} previous={r.count.previous} polarity="neutral" /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {kind === "tag" && <p className="mt-2 text-xs text-slate-500">{t("tagHint")}</p>}
        </>
      )}
    </DashboardSection>
  );
}
