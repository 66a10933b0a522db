import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-6xl animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-6 h-7 w-40 rounded bg-slate-200" />
      <div className="mb-4 flex gap-3">
        <div className="h-9 flex-1 rounded bg-slate-200" />
        <div className="h-9 w-48 rounded bg-slate-200" />
      </div>
      <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        {Array.from({ length: 8 }, (_, i) => <div key={i} className="my-3 h-5 rounded bg-slate-100" />)}
      </div>
    </div>
  );
}
