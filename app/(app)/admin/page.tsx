import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { getAdminOverview } from "@/lib/admin/overview";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminOverviewPage() {
  const actor = await requireAdminPage();
  const [t, overview] = await Promise.all([getTranslations("admin.overview"), getAdminOverview(actor)]);
  const sections = [
    { href: "/admin/users", key: "users", body: t("users.body", overview.users) },
    { href: "/admin/tags", key: "tags", body: t("tags.body", overview.tags) },
    { href: "/admin/churn-reasons", key: "churnReasons", body: t("churnReasons.body", overview.churnReasons) },
    { href: "/admin/sla", key: "sla", body: t("sla.body", { customized: overview.slaCustomized }) },
  ] as const;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {sections.map((s) => (
        <li key={s.key}>
          <Card className="flex h-full flex-col p-5">
            <h2 className="text-sm font-semibold text-slate-900">{t(`${s.key}.title`)}</h2>
            <p className="mt-1 flex-1 text-sm text-slate-600">{s.body}</p>
            <Link href={s.href} className="mt-4 self-start text-sm font-medium text-indigo-600 hover:text-indigo-500">
              {t(`${s.key}.link`)} <span aria-hidden>→</span>
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
