import type { ReactNode } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { Change } from "@/lib/dashboard/rules";
import { cx } from "@/components/ui/cx";

/** One titled block of the digest: a plain heading and its figures, like a section of a mail. */
export function DigestSection({ title, id, children, className }: { title: string; id: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={cx("break-inside-avoid border-t border-slate-200 pt-4", className)}>
      <h2 id={id} className="mb-2 text-sm font-semibold tracking-tight text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** "▲ 12% vs previous week" — neutral grey: more inquiries is news, not necessarily bad. */
export function ChangeNote({ change, className }: { change: Change; className?: string }) {
  const t = useTranslations("digest.change");
  const format = useFormatter();
  let text: string;
  let arrow = "";
  if (change.ratio === null) text = change.current === 0 ? t("flat") : t("fromZero");
  else if (change.delta === 0) text = t("flat");
  else {
    arrow = change.delta > 0 ? "▲" : "▼";
    text = t("vsPrevious", { change: format.number(change.ratio, { style: "percent", maximumFractionDigits: 0, signDisplay: "always" }) });
  }
  return (
    <span className={cx("text-xs text-slate-500", className)}>
      {arrow && <span aria-hidden className="mr-0.5">{arrow}</span>}
      {text}
    </span>
  );
}

/** A key figure: label, big value, and a small line under it. */
export function Figure({ label, value, href, note }: { label: string; value: string; href?: string; note?: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="truncate text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5">
        {href ? (
          <Link href={href} className="text-lg font-semibold text-slate-900 tabular-nums hover:text-indigo-700 hover:underline focus-visible:underline">
            {value}
          </Link>
        ) : (
          <span className="text-lg font-semibold text-slate-900 tabular-nums">{value}</span>
        )}
        {note && <div className="mt-0.5 leading-tight">{note}</div>}
      </dd>
    </div>
  );
}

export type CountLine = { key: string; label: string; count: Change; href?: string };

/** Name · this week · previous week · change, for types, channels and tags. */
export function CountTable({ caption, rows, emptyLabel }: { caption: string; rows: CountLine[]; emptyLabel: string }) {
  const t = useTranslations("digest.table");
  const format = useFormatter();
  if (!rows.length) return <p className="text-sm text-slate-500">{emptyLabel}</p>;
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        <col />
        <col className="w-20" />
        <col className="w-24" />
        <col className="w-16" />
      </colgroup>
      <thead>
        <tr className="text-left text-xs text-slate-500">
          <th scope="col" className="py-1 pr-2 font-medium">{t("name")}</th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">{t("count")}</th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">{t("previous")}</th>
          <th scope="col" className="py-1 text-right font-medium">{t("change")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="truncate py-1 pr-2 text-left font-normal text-slate-800" title={r.label}>{r.label}</th>
            <td className="py-1 pr-2 text-right tabular-nums">
              {r.href ? (
                <Link href={r.href} className="font-medium text-indigo-700 hover:underline">{format.number(r.count.current)}</Link>
              ) : (
                format.number(r.count.current)
              )}
            </td>
            <td className="py-1 pr-2 text-right text-slate-500 tabular-nums">{format.number(r.count.previous)}</td>
            <td className="py-1 text-right text-xs whitespace-nowrap text-slate-500 tabular-nums">
              {r.count.delta > 0 ? "+" : ""}
              {format.number(r.count.delta)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
