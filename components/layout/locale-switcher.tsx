"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions/locale";
import { locales } from "@/lib/i18n/locales";

export function LocaleSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="flex items-center gap-2 text-xs text-slate-500">
      <span>{t("nav.language")}</span>
      <select
        className="rounded border-0 bg-transparent py-1 text-xs text-slate-700 ring-1 ring-slate-300"
        value={locale}
        disabled={pending}
        onChange={(e) => start(async () => { await setLocaleAction(e.target.value); router.refresh(); })}
      >
        {locales.map((l) => <option key={l} value={l}>{t(`locale.${l}`)}</option>)}
      </select>
    </label>
  );
}
