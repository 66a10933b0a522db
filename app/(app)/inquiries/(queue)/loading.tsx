import { useTranslations } from "next-intl";

/** Skeleton in the queue's shape (header, filter bar, rows) so the page does not jump. */
export default function Loading() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-7xl animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-6 flex items-start justify-between">
        <div>
          <div className="h-7 w-32 rounded bg-slate-200" />
          <div className="mt-2 h-4 w-80 rounded bg-slate-100" />
        </div>
        <div className="h-9 w-28 rounded-md bg-slate-200" />
      </div>
      <div className="mb-4 space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <div className="flex gap-3">
          <div className="h-9 flex-1 rounded bg-slate-100" />
          <div className="h-9 w-40 rounded bg-slate-100" />
          <div className="h-9 w-24 rounded bg-slate-100" />
        </div>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {Array.from({ length: 6 }, (_, i) => <div key={i} className="h-14 rounded bg-slate-100" />)}
        </div>
      </div>
      <div className="rounded-lg bg-white ring-1 ring-slate-200">
        <div className="h-9 rounded-t-lg bg-slate-50" />
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-t border-slate-100 px-4 py-4">
            <div className="h-4 w-10 rounded bg-slate-100" />
            <div className="flex-1 space-y-2">
              <div className="h-4 w-2/3 rounded bg-slate-200" />
              <div className="h-3 w-1/2 rounded bg-slate-100" />
            </div>
            <div className="h-5 w-24 rounded bg-slate-100" />
            <div className="h-5 w-16 rounded bg-slate-100" />
            <div className="h-5 w-16 rounded bg-slate-100" />
            <div className="h-4 w-20 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
