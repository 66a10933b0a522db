import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { listCustomers } from "@/lib/customers/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { CustomerFilters } from "@/components/customers/customer-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("customers"))("list.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser();
  const params = await searchParams;
  const q = one(params.q);
  const type = one(params.type);
  const cursor = one(params.cursor);
  const [{ rows, nextCursor }, t, format] = await Promise.all([
    listCustomers(actor, { q, type, cursor }),
    getTranslations("customers"),
    getFormatter(),
  ]);
  const filtered = Boolean(q || type);
  const href = (extra: Record<string, string | undefined>) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries({ q, type, ...extra })) if (v) sp.set(k, v);
    const s = sp.toString();
    return s ? `/customers?${s}` : "/customers";
  };
  const canWrite = can(actor, "customers.write");

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title={t("list.title")}
        actions={canWrite ? <Link href="/customers/new" className={buttonClass()}>{t("list.new")}</Link> : undefined}
      >
        {t("list.subtitle")}
      </PageHeader>
      <CustomerFilters q={q} type={type} />
      {rows.length === 0 ? (
        filtered || cursor ? (
          <EmptyState
            title={t("list.noMatchTitle")}
            body={t("list.noMatchBody")}
            action={<Link href="/customers" className={buttonClass("secondary")}>{t("list.clearFilters")}</Link>}
          />
        ) : (
          <EmptyState
            title={t("list.emptyTitle")}
            body={t("list.emptyBody")}
            action={canWrite ? <Link href="/customers/new" className={buttonClass()}>{t("list.new")}</Link> : undefined}
          />
        )
      ) : (
        <Card className="overflow-hidden">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("list.title")}</caption>
            <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2.5">{t("fields.name")}</th>
                <th scope="col" className="px-4 py-2.5">{t("fields.email")}</th>
                <th scope="col" className="px-4 py-2.5">{t("fields.phone")}</th>
                <th scope="col" className="px-4 py-2.5">{t("fields.company")}</th>
                <th scope="col" className="px-4 py-2.5">{t("fields.type")}</th>
                <th scope="col" className="px-4 py-2.5 text-right">{t("list.inquiries")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2.5 font-medium text-slate-900">
                    <Link href={`/customers/${c.id}`} className="hover:text-indigo-600 hover:underline focus-visible:underline">{c.name}</Link>
                  </td>
                  <td className="px-4 py-2.5 text-slate-600">{c.email ?? <Dash />}</td>
                  <td className="px-4 py-2.5 whitespace-nowrap text-slate-600 tabular-nums">{c.phone ?? <Dash />}</td>
                  <td className="px-4 py-2.5 text-slate-600">{c.company ?? <Dash />}</td>
                  <td className="px-4 py-2.5"><CustomerTypeBadge type={c.type} /></td>
                  <td className="px-4 py-2.5 text-right text-slate-700 tabular-nums">{format.number(c.inquiryCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {(cursor || nextCursor) && (
        <nav aria-label={t("list.pagination")} className="mt-4 flex items-center justify-end gap-2">
          {cursor && <Link href={href({})} className={buttonClass("secondary", "sm")}>{t("list.firstPage")}</Link>}
          {nextCursor && <Link href={href({ cursor: nextCursor })} className={buttonClass("secondary", "sm")}>{t("list.nextPage")}</Link>}
        </nav>
      )}
    </div>
  );
}

function Dash() {
  return <span className="text-slate-300">—</span>;
}
