import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { unlinkInquiryAction } from "@/app/(app)/board/actions";
import { ConfirmAction } from "@/components/admin/confirm-action";
import type { FormAction } from "@/components/admin/types";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { InquiryStatusBadge } from "@/components/inquiries/inquiry-status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ProblemDetail } from "@/lib/board/queries-detail";

/**
 * The evidence: linked inquiries, newest first, each with the customer's own words (a verbatim
 * quote, shown as text), who asked (and as what type of customer then), status and when. 20 a page.
 */
export function LinkedInquiries({ problem, canUnlink, olderHref, newestHref }: {
  problem: ProblemDetail;
  canUnlink: boolean;
  olderHref: string | null;
  newestHref: string | null;
}) {
  const t = useTranslations("board.inquiries");
  const format = useFormatter();
  const items = problem.inquiries.items;
  return (
    <Card className="p-5">
      <section aria-labelledby="linked-inquiries" id="inquiries">
        <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h2 id="linked-inquiries" className="text-sm font-semibold text-slate-900">{t("title")}</h2>
            <p className="text-xs text-slate-500">{t("subtitle")}</p>
          </div>
          <span className="text-sm text-slate-600">{t("count", { count: problem.linkedCount })}</span>
        </header>
        {items.length ? (
          <ol className="divide-y divide-slate-100" data-testid="linked-inquiries">
            {items.map((inquiry) => (
              <li key={inquiry.id} className="py-3 first:pt-0">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <Link href={`/inquiries/${inquiry.id}`} className="min-w-0 text-sm font-medium break-words text-slate-900 hover:text-indigo-600">
                    <span className="font-mono text-xs text-slate-500">{t("number", { number: inquiry.number })}</span>{" "}
                    {inquiry.subject}
                  </Link>
                  <div className="flex shrink-0 items-center gap-2">
                    <InquiryStatusBadge status={inquiry.status} />
                    {canUnlink && (
                      <ConfirmAction
                        action={unlinkInquiryAction as FormAction}
                        fields={{ inquiryId: inquiry.id }}
                        triggerLabel={t("unlink")}
                        title={t("unlinkTitle", { number: inquiry.number })}
                        body={t("unlinkBody")}
                        confirmLabel={t("unlinkConfirm")}
                        pendingLabel={t("unlinking")}
                        danger
                      />
                    )}
                  </div>
                </div>
                <blockquote className="mt-2 border-l-2 border-indigo-200 pl-3 text-sm leading-6 break-words whitespace-pre-line text-slate-700">
                  {inquiry.quote}
                </blockquote>
                <p className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                  <span className="font-medium text-slate-700">{t("from", { name: inquiry.customer.name })}</span>
                  <CustomerTypeBadge type={inquiry.customerType} />
                  <time dateTime={inquiry.createdAt.toISOString()}>{format.dateTime(inquiry.createdAt, "short")}</time>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        )}
        {(olderHref || newestHref) && (
          <nav aria-label={t("pagination")} className="mt-3 flex justify-between border-t border-slate-100 pt-3">
            {newestHref ? <Link href={newestHref} className={buttonClass("secondary", "sm")}>{t("newest")}</Link> : <span />}
            {olderHref ? <Link href={olderHref} className={buttonClass("secondary", "sm")}>{t("older")}</Link> : <span />}
          </nav>
        )}
      </section>
    </Card>
  );
}
