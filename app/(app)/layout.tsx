import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { SideNav } from "@/components/layout/side-nav";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { ProfileLink } from "@/components/profile/profile-link";

/** App shell. requireUser() here is UX only; every page and action checks again. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  const t = await getTranslations("common");
  const items = [
    { href: "/dashboard", label: t("nav.dashboard") },
    { href: "/inquiries", label: t("nav.inquiries") },
    ...(can(actor, "inquiries.create") ? [{ href: "/inquiries/new", label: t("nav.newInquiry") }] : []),
    { href: "/board", label: t("nav.board") },
    { href: "/surveys", label: t("nav.surveys") },
    { href: "/customers", label: t("nav.customers") },
    ...(can(actor, "outbox.read") ? [{ href: "/outbox", label: t("nav.outbox") }] : []),
    ...(can(actor, "admin.manage") ? [{ href: "/admin", label: t("nav.admin") }] : []),
  ];
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 flex h-screen w-56 shrink-0 flex-col border-r border-slate-200 bg-white px-3 py-4">
        <p className="px-2 text-lg font-bold tracking-tight text-indigo-600">{t("appName")}</p>
        <SideNav items={items} label={t("nav.mainNavigation")} />
        <div className="mt-auto space-y-3 border-t border-slate-100 px-2 pt-3">
          <ProfileLink name={actor.name} roleLabel={t(`roles.${actor.role}`)} />
          <LocaleSwitcher />
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
    </div>
  );
}
