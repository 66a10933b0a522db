import { useTranslations } from "next-intl";

export default function AdminLoading() {
  const t = useTranslations("common.actions");
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-6 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-100" />
      <div className="mt-4 h-64 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
    </div>
  );
}
