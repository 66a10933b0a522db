import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-6xl animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-2 h-4 w-24 rounded bg-slate-200" />
      <div className="mb-6 h-7 w-64 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="h-96 rounded-lg bg-white ring-1 ring-slate-200 lg:col-span-2" />
        <div className="space-y-6">
          <div className="h-40 rounded-lg bg-white ring-1 ring-slate-200" />
          <div className="h-32 rounded-lg bg-white ring-1 ring-slate-200" />
        </div>
      </div>
    </div>
  );
}
