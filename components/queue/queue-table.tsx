import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InquiryListItem } from "@/lib/inquiries/list";
import { isOpen } from "@/lib/inquiries/rules";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { RowCheckbox, SelectAllCheckbox } from "@/components/push/queue-selection";
import { OverdueBadge, PriorityLabel, StatusBadge, TagBadge } from "./queue-badges";

const WEEK = 7 * 24 * 3_600_000;

/**
 * One page of the queue. Each row links to the inquiry (the whole row is the link's hit area).
 * `selectable` adds a checkbox column for pushing to the fix board (inside <QueueSelection>).
 */
export function QueueTable({ items, now, selectable = false }: { items: InquiryListItem[]; now: Date; selectable?: boolean }) {
  const t = useTranslations("queue");
  return (
    <Card className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide whitespace-nowrap text-slate-500 uppercase">
          <tr>
            {selectable && <th scope="col" className="w-10 p-0"><SelectAllCheckbox /></th>}
            <th scope="col" className={cx("w-16 py-2.5 pr-2", selectable ? "pl-1" : "pl-4")}>{t("columns.number")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.subject")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.customer")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.status")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.priority")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.channel")}</th>
            <th scope="col" className="px-3 py-2.5">{t("columns.assignee")}</th>
            <th scope="col" className="py-2.5 pr-4 pl-3 text-right">{t("columns.created")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => <QueueRow key={item.id} item={item} now={now} selectable={selectable} />)}
        </tbody>
      </table>
    </Card>
  );
}

function QueueRow({ item, now, selectable }: { item: InquiryListItem; now: Date; selectable: boolean }) {
  const t = useTranslations("queue");
  const common = useTranslations("common");
  const format = useFormatter();
  const href = `/inquiries/${item.id}`;
  const recent = now.getTime() - item.createdAt.getTime() < WEEK;
  return (
    <tr className={cx("group relative align-top hover:bg-slate-50", item.overdue && "bg-rose-50/40", selectable && "has-[:checked]:bg-indigo-50/60")}>
      {selectable && <td className="w-10 p-0 align-top"><RowCheckbox id={item.id} number={item.number} /></td>}
      <td className={cx("py-3 pr-2 font-mono text-xs leading-5 whitespace-nowrap text-slate-500 tabular-nums", selectable ? "pl-1" : "pl-4")}>#{item.number}</td>
      <td className="max-w-md min-w-72 px-3 py-3">
        <div className="break-keep">
          {/* The link's ::after covers the row, so a click anywhere opens the inquiry while
              the row stays one tab stop with a readable name. */}
          <Link
            href={href}
            aria-label={`${t("row.numberLabel", { number: item.number })}: ${item.subject}`}
            className="font-medium text-slate-900 after:absolute after:inset-0 after:content-[''] group-hover:text-indigo-700 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-indigo-500 focus-visible:after:ring-inset"
          >
            {item.subject}
          </Link>
          {item.overdue && <> <OverdueBadge /></>}
        </div>
        {item.snippet && <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">{item.snippet}</p>}
        {item.tags.length > 0 && (
          <ul aria-label={t("row.tags")} className="mt-1.5 flex flex-wrap gap-1">
            {item.tags.map((tag) => <li key={tag.id}><TagBadge name={tag.name} color={tag.color} /></li>)}
          </ul>
        )}
      </td>
      <td className="px-3 py-3">
        <div className="max-w-48 truncate font-medium text-slate-800">{item.customer.name}</div>
        <div className="mt-1"><CustomerTypeBadge type={item.customerType} /></div>
      </td>
      <td className="px-3 py-3"><StatusBadge status={item.status} /></td>
      <td className="px-3 py-3"><PriorityLabel priority={item.priority} /></td>
      <td className="px-3 py-3 whitespace-nowrap text-slate-600">{common(`channel.${item.channel}`)}</td>
      <td className="px-3 py-3 whitespace-nowrap">
        {item.assignee ? <span className="text-slate-700">{item.assignee.name}</span> : <span className="text-slate-400 italic">{t("row.unassigned")}</span>}
      </td>
      <td className="py-3 pr-4 pl-3 text-right text-xs whitespace-nowrap text-slate-500">
        <time dateTime={item.createdAt.toISOString()} title={format.dateTime(item.createdAt, "short")}>
          {recent ? format.relativeTime(item.createdAt, now) : format.dateTime(item.createdAt, "date")}
        </time>
        {isOpen(item.status) && (
          <div className={cx("mt-1", item.overdue ? "font-medium text-rose-600" : "text-slate-400")}>
            <time dateTime={item.dueAt.toISOString()} title={format.dateTime(item.dueAt, "short")}>
              {t("row.due", { when: format.relativeTime(item.dueAt, now) })}
            </time>
          </div>
        )}
      </td>
    </tr>
  );
}
