import { useTranslations } from "next-intl";

/** Skeleton in a digest's shape (title, key figures, sections). */
export default function Loading() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-3xl animate-pulse space-y-5" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div>
        <div className="h-3 w-32 rounded bg-slate-100" />
        <div className="mt-2 h-7 w-56 rounded bg-slate-200" />
      </div>
      <div className="grid grid-cols-4 gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="space-y-1.5">
            <div className="h-3 w-20 rounded bg-slate-100" />
            <div className="h-6 w-14 rounded bg-slate-200" />
          </div>
        ))}
      </div>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="h-40 rounded-lg bg-white ring-1 ring-slate-200" />
      ))}
    </div>
  );
}
