import Link from "next/link";
import { useTranslations } from "next-intl";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { Card } from "@/components/ui/card";
import type { ProblemDetail } from "@/lib/board/queries-detail";

/** Distinct customers who asked about it, most inquiries first, with the type they had then. */
export function CustomersAffected({ problem }: { problem: ProblemDetail }) {
  const t = useTranslations("board.customers");
  const rest = problem.customerCount - problem.customers.length;
  return (
    <Card className="space-y-3 p-4">
      <section aria-labelledby="customers-affected">
        <header className="mb-2 flex items-baseline justify-between gap-2">
          <h2 id="customers-affected" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("title")}</h2>
          <span className="text-xs text-slate-500">{t("count", { count: problem.customerCount })}</span>
        </header>
        {problem.customers.length ? (
          <ul className="space-y-2" title={t("typeHint")}>
            {problem.customers.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-2 text-sm">
                <Link href={`/customers/${c.id}`} className="min-w-0 truncate text-indigo-600 hover:text-indigo-500">{c.name}</Link>
                <span className="flex shrink-0 items-center gap-1.5">
                  <span className="text-xs text-slate-500 tabular-nums">{t("inquiries", { count: c.inquiryCount })}</span>
                  <CustomerTypeBadge type={c.type} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        )}
        {rest > 0 && <p className="mt-2 text-xs text-slate-500">{t("more", { count: rest })}</p>}
      </section>
    </Card>
  );
}
