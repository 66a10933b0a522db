import Link from "next/link";
import { useTranslations } from "next-intl";
import type { BoardColumn as Column } from "@/lib/board/queries";
import { boardHref, type BoardFilters } from "@/lib/board/queries-filters";
import { problemStatusDot } from "./status-badge";
import { ProblemCard } from "./problem-card";

/** A board column: its name and count, the top cards by impact, and "+N more" to the column view. */
export function BoardColumn({ column, filters, canManage, filtered }: {
  column: Column;
  filters: BoardFilters;
  canManage: boolean;
  filtered: boolean;
}) {
  const t = useTranslations("board");
  const name = t(`status.${column.status}`);
  const headingId = `column-${column.status}`;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col rounded-xl bg-slate-100/80 p-2" data-testid={`column-${column.status}`}>
      <header className="flex items-center justify-between gap-2 px-1.5 pt-1 pb-2">
        <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold text-slate-800">
          <span aria-hidden className={`size-2 rounded-full ${problemStatusDot[column.status]}`} />
          {name}
        </h2>
        <span className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-600 tabular-nums ring-1 ring-slate-200"
          aria-label={t("column.count", { count: column.total })}>
          {column.total}
        </span>
      </header>
      {column.cards.length ? (
        <ol className="space-y-2">
          {column.cards.map((card) => (
            <li key={card.id}><ProblemCard card={card} canManage={canManage} /></li>
          ))}
        </ol>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-500">
          {filtered ? t("column.emptyFiltered") : t("column.empty")}
        </p>
      )}
      {column.more > 0 && (
        <Link href={boardHref(filters, { column: column.status, page: undefined })}
          aria-label={t("column.moreLabel", { count: column.total, column: name })}
          className="mt-2 block rounded-md px-2 py-1.5 text-center text-sm font-medium text-indigo-600 hover:bg-white hover:text-indigo-500">
          {t("column.more", { count: column.more })}
        </Link>
      )}
    </section>
  );
}
