import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { getBoard, listBoardFilterOptions } from "@/lib/board/queries";
import { boardHref, hasBoardFilters, parseBoardSearchParams, type SearchParams } from "@/lib/board/queries-filters";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { BoardColumn } from "@/components/board/board-column";
import { BoardFilters } from "@/components/board/board-filters";
import { ProblemCard } from "@/components/board/problem-card";
import { recordVisit } from "@/lib/dashboard/visibility";

export async function generateMetadata() {
  return { title: (await getTranslations("board"))("title") };
}

/** /board — every role reads; PRODUCT and ADMIN move cards (the actions check again). */
export default async function BoardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  const { filters, dropped } = parseBoardSearchParams(await searchParams);
  const [board, options, , t] = await Promise.all([
    getBoard(actor, filters),
    listBoardFilterOptions(actor),
    recordVisit(actor, "BOARD"),
    getTranslations("board"),
  ]);
  const canManage = can(actor, "board.manage");
  const filtered = hasBoardFilters(filters);
  const total = board.columns.reduce((sum, c) => sum + c.total, 0);
  const view = board.columnView;

  return (
    <div className="mx-auto max-w-[96rem]">
      <PageHeader title={t("title")}>{t("subtitle")}</PageHeader>
      <BoardFilters
        key={boardHref(filters)}
        filters={filters}
        owners={options.owners}
        tags={options.tags}
        showClear={filtered}
        clearHref={view ? boardHref({ column: view.status }) : "/board"}
      />
      {dropped.length > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-200 ring-inset">
          {t("filters.ignored")}
        </p>
      )}
      {view ? (
        <ColumnView board={board} filters={filters} canManage={canManage} />
      ) : total === 0 && !filtered ? (
        <EmptyState title={t("empty.title")} body={t("empty.body")} />
      ) : (
        <>
          {total === 0 && (
            <p role="status" className="mb-4 text-sm text-slate-600">
              <span className="font-medium text-slate-900">{t("empty.filteredTitle")}.</span> {t("empty.filteredBody")}
            </p>
          )}
          <div className="overflow-x-auto pb-4">
            <div className="grid min-w-[68rem] grid-cols-5 items-start gap-3">
              {board.columns.map((column) => (
                <BoardColumn key={column.status} column={column} filters={filters} canManage={canManage} filtered={filtered} />
              ))}
            </div>
          </div>
        </>
      )}
    </div>
  );
}

async function ColumnView({ board, filters, canManage }: {
  board: Awaited<ReturnType<typeof getBoard>>;
  filters: Parameters<typeof boardHref>[0];
  canManage: boolean;
}) {
  const t = await getTranslations("board");
  const view = board.columnView!;
  const column = board.columns[0];
  const name = t(`status.${view.status}`);
  const prev = view.page > 1 ? boardHref(filters, { page: view.page - 1 }) : null;
  const next = view.page < view.pageCount ? boardHref(filters, { page: view.page + 1 }) : null;
  return (
    <section aria-labelledby="column-view-title">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="column-view-title" className="text-base font-semibold text-slate-900">{t("column.viewTitle", { column: name })}</h2>
          <p className="text-sm text-slate-500">{t("column.count", { count: column.total })}</p>
        </div>
        <Link href={boardHref(filters, { column: undefined, page: undefined })} className={buttonClass("secondary", "sm")}>
          <span aria-hidden>←</span> {t("column.backToBoard")}
        </Link>
      </div>
      {column.cards.length ? (
        <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {column.cards.map((card) => <li key={card.id}><ProblemCard card={card} canManage={canManage} /></li>)}
        </ol>
      ) : (
        <EmptyState title={t("empty.filteredTitle")} body={t("empty.filteredBody")} />
      )}
      {view.pageCount > 1 && (
        <nav aria-label={t("column.pagination")} className="mt-4 flex items-center justify-between text-sm">
          {prev ? <Link href={prev} className={buttonClass("secondary", "sm")}>{t("column.previous")}</Link> : <span />}
          <span className="text-slate-500">{t("column.page", { page: view.page, pageCount: view.pageCount })}</span>
          {next ? <Link href={next} className={buttonClass("secondary", "sm")}>{t("column.next")}</Link> : <span />}
        </nav>
      )}
    </section>
  );
}
