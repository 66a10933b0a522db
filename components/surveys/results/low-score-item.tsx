import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/facts";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { InquiryStatusBadge } from "@/components/inquiries/inquiry-status-badge";
import type { LowScore } from "@/lib/surveys/queries";

/**
 * One low score: its score(s), the comment exactly as typed (rendered as text, never markup), the
 * inquiry it rates, customer, agent and time. `actions` are the follow-up buttons (a separate
 * client component, so this renders without the server actions).
 */
export function LowScoreItem({ item, actions }: { item: LowScore; actions?: ReactNode }) {
  const t = useTranslations("surveys.low");
  const common = useTranslations("common");
  const inquiry = item.inquiry;
  const label = inquiry ? t("itemLabel", { number: inquiry.number }) : t("itemLabelNoInquiry");
  return (
    <article data-testid="low-score" aria-label={label} data-inquiry-number={inquiry?.number}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          {item.csat !== null && <Badge tone={item.csat <= 2 ? "rose" : "slate"}><span data-testid="low-score-csat">{t("csat", { score: item.csat })}</span></Badge>}
          {item.ces !== null && <Badge tone={item.ces <= 3 ? "rose" : "slate"}><span data-testid="low-score-ces">{t("ces", { score: item.ces })}</span></Badge>}
          {item.customerType && <CustomerTypeBadge type={item.customerType} />}
          {item.channel && <span className="text-xs text-slate-500">{t("via", { channel: common(`channel.${item.channel}`) })}</span>}
        </div>
        <p className="text-xs text-slate-500"><span className="sr-only">{t("answered")}: </span><Time date={item.createdAt} /></p>
      </div>
      {item.comment ? (
        <blockquote className="mt-3 border-l-2 border-rose-200 pl-3 text-sm leading-6 break-words whitespace-pre-wrap text-slate-800" data-testid="low-score-comment">
          {item.comment}
        </blockquote>
      ) : (
        <p className="mt-3 text-sm text-slate-400 italic">{t("noComment")}</p>
      )}
      <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-xs">
        {inquiry && (
          <div className="flex min-w-0 items-center gap-1.5">
            <dt className="text-slate-500">{t("inquiry")}</dt>
            <dd className="flex min-w-0 items-center gap-1.5">
              <Link href={`/inquiries/${inquiry.id}`} className="truncate font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
                {t("inquiryLink", { number: inquiry.number, subject: inquiry.subject })}
              </Link>
              <InquiryStatusBadge status={inquiry.status} />
            </dd>
          </div>
        )}
        {item.customerName !== null && (
          <div className="flex items-center gap-1.5"><dt className="text-slate-500">{t("customer")}</dt><dd className="text-slate-800">{item.customerName}</dd></div>
        )}
        <div className="flex items-center gap-1.5">
          <dt className="text-slate-500">{t("agent")}</dt>
          <dd className="text-slate-800">{item.agent ? item.agent.name : <span className="italic">{t("unassigned")}</span>}</dd>
        </div>
      </dl>
      {actions}
    </article>
  );
}
