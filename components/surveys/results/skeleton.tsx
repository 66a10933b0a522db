import { useTranslations } from "next-intl";

/** The results page's shape (header, filters, six figures, chart, tables) while it loads. */
export function SurveysSkeleton() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-6xl animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-6">
        <div className="h-7 w-28 rounded bg-slate-200" />
        <div className="mt-2 h-4 w-[36rem] max-w-full rounded bg-slate-100" />
      </div>
      <div className="mb-6 flex gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <div className="h-9 w-44 rounded bg-slate-100" />
        <div className="h-14 w-40 rounded bg-slate-100" />
        <div className="h-14 w-56 rounded bg-slate-100" />
      </div>
      <div className="mb-3 h-5 w-48 rounded bg-slate-200" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <div className="h-3 w-16 rounded bg-slate-100" />
            <div className="h-7 w-20 rounded bg-slate-200" />
            <div className="h-3 w-24 rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <div className="mt-6 h-80 rounded-lg bg-white ring-1 ring-slate-200" />
      <div className="mt-6 space-y-2 rounded-lg bg-white p-5 ring-1 ring-slate-200">
        <div className="h-4 w-24 rounded bg-slate-200" />
        {Array.from({ length: 5 }, (_, i) => <div key={i} className="h-8 rounded bg-slate-50" />)}
      </div>
    </div>
  );
}
