import { useTranslations } from "next-intl";

/** The dashboard's shape (header, week picker, six figures, three charts, sections) while it loads. */
export function DashboardSkeleton() {
  const t = useTranslations("dashboard");
  const block = "rounded-lg bg-white ring-1 ring-slate-200";
  return (
    <div className="mx-auto max-w-7xl animate-pulse space-y-6" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div>
        <div className="h-7 w-64 rounded bg-slate-200" />
        <div className="mt-2 h-4 w-[36rem] max-w-full rounded bg-slate-100" />
      </div>
      <div className="flex gap-2">
        <div className="h-9 w-9 rounded bg-slate-200" />
        <div className="h-9 w-72 rounded bg-slate-100" />
        <div className="h-9 w-9 rounded bg-slate-200" />
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className={`space-y-2 p-4 ${block}`}>
            <div className="h-3 w-16 rounded bg-slate-100" />
            <div className="h-7 w-20 rounded bg-slate-200" />
            <div className="h-3 w-24 rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => <div key={i} className={`h-80 ${block}`} />)}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className={`h-80 lg:col-span-2 ${block}`} />
        <div className={`h-80 ${block}`} />
      </div>
      <div className={`h-64 ${block}`} />
    </div>
  );
}
