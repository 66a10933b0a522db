import { useTranslations } from "next-intl";

/** The board's shape (header, filters, five columns of cards) while it loads. */
export function BoardSkeleton() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-[96rem] animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-6">
        <div className="h-7 w-32 rounded bg-slate-200" />
        <div className="mt-2 h-4 w-96 rounded bg-slate-100" />
      </div>
      <div className="mb-4 flex gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200">
        {Array.from({ length: 3 }, (_, i) => <div key={i} className="h-14 w-52 rounded bg-slate-100" />)}
      </div>
      <div className="grid min-w-[68rem] grid-cols-5 gap-3">
        {Array.from({ length: 5 }, (_, c) => (
          <div key={c} className="space-y-2 rounded-xl bg-slate-100/80 p-2">
            <div className="h-6 w-24 rounded bg-slate-200" />
            {Array.from({ length: 4 - (c % 3) }, (_, i) => (
              <div key={i} className="space-y-2 rounded-lg bg-white p-3 ring-1 ring-slate-200">
                <div className="h-3 w-10 rounded bg-slate-100" />
                <div className="h-4 w-full rounded bg-slate-200" />
                <div className="h-3 w-2/3 rounded bg-slate-100" />
                <div className="h-5 w-20 rounded bg-slate-100" />
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** A problem page's shape while it loads. */
export function ProblemSkeleton() {
  const t = useTranslations("common.actions");
  return (
    <div className="mx-auto max-w-6xl animate-pulse" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-6 space-y-3">
        <div className="h-4 w-24 rounded bg-slate-100" />
        <div className="h-5 w-40 rounded bg-slate-100" />
        <div className="h-7 w-2/3 rounded bg-slate-200" />
        <div className="h-4 w-1/2 rounded bg-slate-100" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          {[24, 40, 56].map((h) => <div key={h} className="rounded-lg bg-white ring-1 ring-slate-200" style={{ height: `${h / 4}rem` }} />)}
        </div>
        <div className="space-y-4">
          {[10, 14, 12].map((h) => <div key={h} className="rounded-lg bg-white ring-1 ring-slate-200" style={{ height: `${h}rem` }} />)}
        </div>
      </div>
    </div>
  );
}
