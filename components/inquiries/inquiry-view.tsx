import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { elapsedParts } from "@/lib/inquiries/rules";
import type { InquiryDetail } from "@/lib/inquiries/queries";
import { InquiryStatusBadge } from "./inquiry-status-badge";
import { PriorityBadge } from "./priority-badge";
import { TagBadge } from "./tag-badge";
import { Fact, Time } from "@/components/ui/facts";

/** "2 h 5 min" after the creation time, in the UI language. */
function useElapsed() {
  const t = useTranslations("inquiries.detail.duration");
  return (from: Date, to: Date) => {
    const { days, hours, minutes } = elapsedParts(from, to);
    if (days) return t("days", { days, hours });
    if (hours) return minutes ? t("hours", { hours, minutes }) : t("hoursOnly", { hours });
    return t("minutes", { minutes });
  };
}

/** Number, subject, status and the facts an agent scans first. */
export function InquiryHeader({ inquiry }: { inquiry: InquiryDetail }) {
  const t = useTranslations("inquiries.detail");
  const tc = useTranslations("common");
  const format = useFormatter();
  const elapsed = useElapsed();
  return (
    <header className="mb-6 space-y-3">
      <Link href="/inquiries" className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <span aria-hidden>←</span> {t("backToQueue")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm text-slate-500">{t("number", { number: inquiry.number })}</span>
        <span data-testid="inquiry-status"><InquiryStatusBadge status={inquiry.status} /></span>
        <PriorityBadge priority={inquiry.priority} />
        <CustomerTypeBadge type={inquiry.customerType} />
        {inquiry.overdue && <Badge tone="rose" className="font-semibold">{t("overdue")}</Badge>}
      </div>
      <h1 className="text-xl font-semibold tracking-tight break-words text-slate-900">{inquiry.subject}</h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Fact label={t("customer")}>
          <Link href={`/customers/${inquiry.customer.id}`} className="font-medium text-indigo-600 hover:text-indigo-500">{inquiry.customer.name}</Link>
        </Fact>
        <Fact label={t("channel")}>{tc(`channel.${inquiry.channel}` as never)}</Fact>
        <Fact label={t("created")}><Time date={inquiry.createdAt} /></Fact>
        <Fact label={t("due")}>
          <span className={inquiry.overdue ? "font-medium text-rose-700" : undefined}>{format.dateTime(inquiry.dueAt, "short")}</span>
        </Fact>
        {inquiry.firstResponseAt && (
          <Fact label={t("firstResponse")}>
            <Time date={inquiry.firstResponseAt} />{" "}
            <span className="text-slate-500">({t("after", { duration: elapsed(inquiry.createdAt, inquiry.firstResponseAt) })})</span>
          </Fact>
        )}
        {inquiry.resolvedAt && (
          <Fact label={t("resolved")}>
            <Time date={inquiry.resolvedAt} />{" "}
            <span className="text-slate-500">({t("after", { duration: elapsed(inquiry.createdAt, inquiry.resolvedAt) })})</span>
          </Fact>
        )}
      </dl>
    </header>
  );
}



/** The customer's own words, first thing under the header. */
export function CustomerMessage({ inquiry }: { inquiry: InquiryDetail }) {
  const t = useTranslations("inquiries.detail");
  const tc = useTranslations("common");
  return (
    <Card className="p-5">
      <header className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">{t("message")}</h2>
        <p className="text-xs text-slate-500">
          {t("messageFrom", { name: inquiry.customer.name, channel: tc(`channel.${inquiry.channel}` as never) })} · <Time date={inquiry.createdAt} />
        </p>
      </header>
      <p className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-900">{inquiry.body}</p>
    </Card>
  );
}

/** Who the customer is (now), who pays, and the inquiry's timestamps. */
export function InquiryFacts({ inquiry }: { inquiry: InquiryDetail }) {
  const t = useTranslations("inquiries.detail");
  const { customer } = inquiry;
  return (
    <>
      <Card className="space-y-3 p-4">
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("customer")}</h2>
        <div>
          <Link href={`/customers/${customer.id}`} className="font-medium text-indigo-600 hover:text-indigo-500">{customer.name}</Link>
          {customer.company && <p className="text-sm text-slate-600">{customer.company}</p>}
        </div>
        <dl className="space-y-1.5 text-sm">
          {customer.email && <Row label={t("email")}><span className="[overflow-wrap:anywhere]">{customer.email}</span></Row>}
          {customer.phone && <Row label={t("phone")}>{customer.phone}</Row>}
          <Row label={t("currentType")}><CustomerTypeBadge type={customer.type} /></Row>
          <Row label={t("customerTypeAtInquiry")}><CustomerTypeBadge type={inquiry.customerType} /></Row>
          {customer.paidBy && (
            <Row label={t("paidBy")}>
              <Link href={`/customers/${customer.paidBy.id}`} className="text-indigo-600 hover:text-indigo-500">{customer.paidBy.name}</Link>
            </Row>
          )}
        </dl>
      </Card>
      <Card className="space-y-3 p-4">
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("details")}</h2>
        <dl className="space-y-1.5 text-sm">
          <Row label={t("assignee")}>{inquiry.assignee?.name ?? <span className="text-slate-500">{t("unassigned")}</span>}</Row>
          <Row label={t("created")}><Time date={inquiry.createdAt} /></Row>
          <Row label={t("createdBy")}>{inquiry.createdBy?.name ?? t("viaWebForm")}</Row>
          <Row label={t("due")}>
            <span className={inquiry.overdue ? "font-medium text-rose-700" : undefined}><Time date={inquiry.dueAt} /></span>
          </Row>
          {inquiry.closedAt && <Row label={t("closed")}><Time date={inquiry.closedAt} /></Row>}
        </dl>
      </Card>
    </>
  );
}

/** Read-only tag list (for roles that cannot edit tags). */
export function TagList({ tags }: { tags: InquiryDetail["tags"] }) {
  const t = useTranslations("inquiries.detail");
  const tl = useTranslations("inquiries.controls");
  return (
    <Card className="space-y-2 p-4">
      <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{tl("tags")}</h2>
      {tags.length ? (
        <div className="flex flex-wrap gap-1.5">{tags.map((tag) => <TagBadge key={tag.id} name={tag.name} color={tag.color} />)}</div>
      ) : (
        <p className="text-sm text-slate-500">{t("noTags")}</p>
      )}
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}
