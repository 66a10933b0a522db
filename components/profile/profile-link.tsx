import Link from "next/link";
import { useTranslations } from "next-intl";

/** The signed-in user in the sidebar, linking to their profile (where the digest opt-in lives). */
export function ProfileLink({ name, roleLabel }: { name: string; roleLabel: string }) {
  const t = useTranslations("digest.profile");
  return (
    <Link
      href="/profile"
      aria-label={t("linkLabel", { name })}
      className="-mx-2 block rounded-md px-2 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      <span className="block font-medium text-slate-800" data-testid="current-user">{name}</span>
      <span className="block text-xs text-slate-500">
        {roleLabel} · <span className="text-indigo-700">{t("link")}</span>
      </span>
    </Link>
  );
}
