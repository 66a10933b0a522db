import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import type { OutboxItem } from "@/lib/outbox/queries";

const stateTone: Record<OutboxItem["state"], Tone> = { kept: "amber", sending: "sky", retrying: "amber", sent: "emerald", failed: "rose" };

/**
 * Messages to customers, newest first. Each opens to its body, shown as plain text (React
 * escapes it; the body may quote what a customer or an agent typed).
 */
export function OutboxList({ items, smtpConfigured }: { items: OutboxItem[]; smtpConfigured: boolean }) {
  const t = useTranslations("outbox");
  return (
    <Card className="overflow-hidden">
      <ul aria-label={t("listLabel")} className="divide-y divide-slate-100">
        {items.map((item) => <OutboxRow key={item.id} item={item} smtpConfigured={smtpConfigured} />)}
      </ul>
    </Card>
  );
}

function OutboxRow({ item, smtpConfigured }: { item: OutboxItem; smtpConfigured: boolean }) {
  const t = useTranslations("outbox");
  const format = useFormatter();
  const time = (date: Date) => (
    <time dateTime={date.toISOString()} title={format.dateTime(date, "short")}>{format.dateTime(date, "short")}</time>
  );
  // Kinds are code names like "problem.shipped"; message keys cannot hold dots.
  const kindKey = `kind.${item.kind.replace(/[^a-zA-Z0-9]/g, "_")}`;
  return (
    <li className="px-5 py-4" data-testid="outbox-message">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 space-y-1">
          <p className="font-medium break-words text-slate-900">{item.subject}</p>
          <p className="text-sm text-slate-600">
            <span className="text-slate-500">{t("to")}</span>{" "}
            {item.toName ? <><span className="font-medium text-slate-800">{item.toName}</span> <span className="[overflow-wrap:anywhere]">&lt;{item.toEmail}&gt;</span></> : <span className="[overflow-wrap:anywhere]">{item.toEmail}</span>}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <Badge tone="slate" className="font-normal">{t.has(kindKey as never) ? t(kindKey as never) : item.kind}</Badge>
          {item.scheduledFor ? (
            <Badge tone="sky">{t("state.scheduled")}</Badge>
          ) : (
            <span title={item.state === "kept" && !smtpConfigured ? t("keptHint.noSmtp") : undefined}>
              <Badge tone={stateTone[item.state] ?? "slate"}>{t(`state.${item.state}`)}</Badge>
            </span>
          )}
        </div>
      </div>

      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-xs text-slate-500">
        <Fact label={t("created")}>{time(item.createdAt)}</Fact>
        {item.scheduledFor && <Fact label={t("scheduledFor")}>{time(item.scheduledFor)}</Fact>}
        {item.sentAt && <Fact label={t("sent")}>{time(item.sentAt)}</Fact>}
        {item.problem && (
          <Fact label={t("problem")}>
            <Link href={`/board/${item.problem.id}`} className="text-indigo-600 hover:text-indigo-500">
              #{item.problem.number} {item.problem.title}
            </Link>
          </Fact>
        )}
      </dl>

      {/* Without SMTP every message is kept: the banner above says so once, not on every row. */}
      {item.scheduledFor && <p className="mt-2 text-xs text-sky-800">{t("scheduledHint")}</p>}
      {item.state === "kept" && smtpConfigured && !item.scheduledFor && <p className="mt-2 text-xs text-amber-800">{t("keptHint.waiting")}</p>}
      {(item.state === "retrying" || item.state === "failed") && (
        <p className={cx("mt-2 rounded-md px-3 py-2 text-xs ring-1", item.state === "failed" ? "bg-rose-50 text-rose-800 ring-rose-200" : "bg-amber-50 text-amber-900 ring-amber-200")}>
          {item.state === "failed" ? t("failedAfter", { attempts: item.attempts }) : t("retrying", { attempts: item.attempts })}
          {item.lastError && <> <span className="font-mono break-all">{item.lastError}</span></>}
        </p>
      )}

      <details className="group mt-3">
        <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded text-sm font-medium text-indigo-600 select-none hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-indigo-500 [&::-webkit-details-marker]:hidden">
          <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current transition-transform group-open:rotate-90">
            <path d="M6.22 4.22a.75.75 0 0 1 1.06 0l3.25 3.25a.75.75 0 0 1 0 1.06l-3.25 3.25a.75.75 0 0 1-1.06-1.06L8.94 8 6.22 5.28a.75.75 0 0 1 0-1.06Z" />
          </svg>
          <span className="group-open:hidden">{t("showBody")}</span>
          <span className="hidden group-open:inline">{t("hideBody")}</span>
        </summary>
        <div className="mt-2 rounded-md bg-slate-50 p-4 text-sm leading-6 break-words whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
          {item.body}
        </div>
      </details>
    </li>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline gap-1.5">
      <dt>{label}</dt>
      <dd className="text-slate-700">{children}</dd>
    </div>
  );
}
