import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors";
import { getCustomerOrThrow, listChurnReasonCategories, listCustomerInquiries } from "@/lib/customers/queries";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { CustomerContactCard } from "@/components/customers/customer-contact-card";
import { CustomerTypeCard } from "@/components/customers/customer-type-card";
import { CustomerPayerCard } from "@/components/customers/customer-payer-card";

type Params = Promise<{ customerId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(actor: Awaited<ReturnType<typeof requireUser>>, customerId: string, cursor: string | undefined) {
  try {
    return await Promise.all([getCustomerOrThrow(actor, customerId), listCustomerInquiries(actor, customerId, { cursor })]);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }) {
  const actor = await requireUser();
  const { customerId } = await params;
  try {
    return { title: (await getCustomerOrThrow(actor, customerId)).name };
  } catch {
    return {};
  }
}

const statusTone: Record<string, Tone> = { NEW: "sky", OPEN: "indigo", PENDING: "amber", RESOLVED: "emerald", CLOSED: "slate" };

export default async function CustomerPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requireUser();
  const [{ customerId }, query] = await Promise.all([params, searchParams]);
  const before = typeof query.before === "string" ? query.before : undefined;
  const [[customer, inquiries], t, common, format] = await Promise.all([
    load(actor, customerId, before),
    getTranslations("customers"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const canWrite = can(actor, "customers.write");
  const categories = canWrite ? await listChurnReasonCategories(actor) : [];
  const showPayer = customer.type === "USER" || customer.paidBy !== null;
  const showPays = customer.type === "BUYER" || customer.pays.length > 0;

  return (
    <div className="mx-auto max-w-6xl">
      <Link href="/customers" className="text-sm text-slate-500 hover:text-slate-800">← {t("detail.backToList")}</Link>
      <header className="mt-2 mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">{customer.name}</h1>
        <CustomerTypeBadge type={customer.type} />
        {customer.company && <span className="text-sm text-slate-500">{customer.company}</span>}
        <span className="ml-auto text-xs text-slate-400">{t("detail.since", { date: format.dateTime(customer.createdAt, "date") })}</span>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <div className="flex items-baseline justify-between border-b border-slate-100 px-4 py-3">
              <h2 className="text-sm font-semibold text-slate-900">{t("detail.inquiries")}</h2>
              {inquiries.total > 0 && <span className="text-xs text-slate-500">{t("detail.inquiriesCount", { count: inquiries.total })}</span>}
            </div>
            {inquiries.rows.length === 0 ? (
              <p className="px-4 py-8 text-center text-sm text-slate-500">{t("detail.inquiriesEmpty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {inquiries.rows.map((inq) => (
                  <li key={inq.id}>
                    <Link href={`/inquiries/${inq.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm hover:bg-slate-50">
                      <span className="w-14 shrink-0 text-xs text-slate-400 tabular-nums">#{inq.number}</span>
                      <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{inq.subject}</span>
                      <Badge tone={statusTone[inq.status] ?? "slate"}>{common(`status.${inq.status}`)}</Badge>
                      <span title={t("detail.snapshotType")}><CustomerTypeBadge type={inq.customerType} /></span>
                      <span className="w-16 shrink-0 text-xs text-slate-500">{common(`channel.${inq.channel}`)}</span>
                      <time dateTime={inq.createdAt.toISOString()} className="shrink-0 text-right text-xs whitespace-nowrap text-slate-500 tabular-nums">
                        {format.dateTime(inq.createdAt, "short")}
                      </time>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {(before || inquiries.nextCursor) && (
              <nav aria-label={t("detail.inquiriesPages")} className="flex justify-end gap-2 border-t border-slate-100 px-4 py-2.5">
                {before && <Link href={`/customers/${customer.id}`} className={buttonClass("secondary", "sm")}>{t("detail.newest")}</Link>}
                {inquiries.nextCursor && (
                  <Link href={`/customers/${customer.id}?before=${inquiries.nextCursor}`} className={buttonClass("secondary", "sm")}>{t("detail.older")}</Link>
                )}
              </nav>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <CustomerContactCard
            customer={{ id: customer.id, name: customer.name, email: customer.email, phone: customer.phone, company: customer.company, version: customer.version }}
            canWrite={canWrite}
          />
          <CustomerTypeCard
            customer={{ id: customer.id, type: customer.type, version: customer.version }}
            churn={
              customer.type === "CHURNED"
                ? {
                    reason: customer.churnReason,
                    category: customer.churnReasonCategory?.name ?? null,
                    churnedAt: customer.churnedAt ? format.dateTime(customer.churnedAt, "date") : null,
                  }
                : null
            }
            categories={categories}
            canWrite={canWrite}
          />
          {showPayer && (
            <CustomerPayerCard customer={{ id: customer.id, version: customer.version }} paidBy={customer.paidBy} canWrite={canWrite} />
          )}
          {showPays && (
            <Card className="p-4">
              <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("payer.paysFor")}</h2>
              {customer.pays.length === 0 ? (
                <p className="text-sm text-slate-500">{t("payer.paysForNone")}</p>
              ) : (
                <ul className="space-y-2">
                  {customer.pays.map((u) => (
                    <li key={u.id} className="flex items-center justify-between gap-2 text-sm">
                      <Link href={`/customers/${u.id}`} className="truncate font-medium text-indigo-600 hover:underline">{u.name}</Link>
                      <CustomerTypeBadge type={u.type} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )}
          <Card>
            <h2 className="border-b border-slate-100 px-4 py-3 text-sm font-semibold text-slate-900">{t("history.title")}</h2>
            {customer.typeChanges.length === 0 ? (
              <p className="px-4 py-6 text-center text-sm text-slate-500">{t("history.empty")}</p>
            ) : (
              <ol className="divide-y divide-slate-100">
                {customer.typeChanges.map((change) => (
                  <li key={change.id} className="px-4 py-3 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      {change.fromType ? (
                        <>
                          <CustomerTypeBadge type={change.fromType} />
                          <span aria-label={t("history.to")} className="text-slate-400">→</span>
                          <CustomerTypeBadge type={change.toType} />
                        </>
                      ) : (
                        <>
                          <span className="text-slate-600">{t("history.createdAs")}</span>
                          <CustomerTypeBadge type={change.toType} />
                        </>
                      )}
                    </div>
                    <p className="mt-1 text-xs text-slate-500">
                      {change.actor?.name ?? t("history.noActor")} ·{" "}
                      <time dateTime={change.createdAt.toISOString()}>{format.dateTime(change.createdAt, "short")}</time>
                    </p>
                    {(change.reasonCategory || change.reason) && (
                      <div className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
                        {change.reasonCategory && <p className="text-xs font-medium text-slate-700">{change.reasonCategory.name}</p>}
                        {change.reason && <p className="mt-0.5 whitespace-pre-wrap break-words text-slate-600">{change.reason}</p>}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
