import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { PageHeader } from "@/components/ui/card";
import { AdminSubNav } from "@/components/admin/admin-sub-nav";

/** Admin shell: heading and section tabs. Each page and action checks the role again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminPage();
  const t = await getTranslations("admin");
  const items = [
    { href: "/admin", label: t("nav.overview") },
    { href: "/admin/users", label: t("nav.users") },
    { href: "/admin/tags", label: t("nav.tags") },
    { href: "/admin/churn-reasons", label: t("nav.churnReasons") },
    { href: "/admin/sla", label: t("nav.sla") },
    { href: "/admin/weights", label: t("nav.weights") },
    { href: "/admin/surveys", label: t("nav.surveys") },
  ];
  return (
    // keep-all: Korean wraps between words, not mid-word.
    <div className="max-w-5xl break-keep">
      <PageHeader title={t("title")}>{t("subtitle")}</PageHeader>
      <AdminSubNav items={items} label={t("nav.label")} />
      {children}
    </div>
  );
}
