import { useTranslations } from "next-intl";

/** Skeleton in the profile's shape (header, account card, digest card). */
export default function Loading() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-2xl animate-pulse space-y-5" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div>
        <div className="h-7 w-36 rounded bg-slate-200" />
        <div className="mt-2 h-4 w-80 max-w-full rounded bg-slate-100" />
      </div>
      <div className="h-32 rounded-lg bg-white ring-1 ring-slate-200" />
      <div className="h-28 rounded-lg bg-white ring-1 ring-slate-200" />
    </div>
  );
}
