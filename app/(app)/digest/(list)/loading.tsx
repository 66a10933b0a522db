import { useTranslations } from "next-intl";

/** Skeleton in the digest list's shape (header, week rows). */
export default function Loading() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-3xl animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-6">
        <div className="h-7 w-40 rounded bg-slate-200" />
        <div className="mt-2 h-4 w-96 max-w-full rounded bg-slate-100" />
      </div>
      <div className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex gap-6 px-4 py-3">
            <div className="h-4 w-40 rounded bg-slate-200" />
            <div className="h-4 w-28 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
