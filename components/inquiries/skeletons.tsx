import { useTranslations } from "next-intl";

function Bar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/** Placeholder while the "log an inquiry" form loads. */
export function FormSkeleton() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-3xl" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <Bar className="mb-2 h-6 w-48" />
      <Bar className="mb-6 h-4 w-80" />
      <div className="space-y-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="space-y-2"><Bar className="h-4 w-24" /><Bar className="h-9 w-full" /></div>
        ))}
        <Bar className="h-32 w-full" />
      </div>
    </div>
  );
}

/** Placeholder while an inquiry loads. */
export function DetailSkeleton() {
  const t = useTranslations("common.actions");
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <Bar className="mb-2 h-4 w-32" />
      <Bar className="mb-6 h-7 w-2/3" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <Bar className="h-40 w-full" />
          <Bar className="h-16 w-full" />
          <Bar className="h-16 w-full" />
        </div>
        <div className="space-y-4">
          <Bar className="h-48 w-full" />
          <Bar className="h-32 w-full" />
        </div>
      </div>
    </div>
  );
}
