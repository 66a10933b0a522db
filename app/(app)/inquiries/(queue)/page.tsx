import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { listInquiries, weekRange } from "@/lib/inquiries/list";
import { listStaffOptions, listTagOptions } from "@/lib/inquiries/list-options";
import {
  filtersToSearchParams,
  hasActiveFilters,
  listSorts,
  parseInquiryListSearchParams,
  type SearchParams,
} from "@/lib/inquiries/list-filters";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueTable } from "@/components/queue/queue-table";
import { QueuePagination } from "@/components/queue/queue-pagination";
import { QueueSelection } from "@/components/push/queue-selection";

export async function generateMetadata() {
  return { title: (await getTranslations("queue"))("title") };
}

const href = (params: URLSearchParams) => (params.size ? `/inquiries?${params}` : "/inquiries");

export default async function InquiriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  const { filters, dropped } = parseInquiryListSearchParams(await searchParams);
  const now = new Date();
  const [page, tags, staff, t, format] = await Promise.all([
    listInquiries(actor, filters, { now }),
    listTagOptions(actor),
    listStaffOptions(actor),
    getTranslations("queue"),
    getFormatter(),
  ]);
  const range = filters.week ? weekRange(filters.week) : null;
  const week = filters.week && range
    ? {
      value: filters.week,
      // Monday to Sunday: the last day is one day before the next Monday.
      range: format.dateTimeRange(range.start, new Date(range.end.getTime() - 86_400_000), { month: "short", day: "numeric", year: "numeric" }),
      removeHref: href(filtersToSearchParams(filters, { week: undefined, cursor: undefined })),
    }
    : null;

  const filtered = hasActiveFilters(filters);
  const canCreate = can(actor, "inquiries.create");
  const canPush = can(actor, "board.push");
  const newButton = canCreate ? <Link href="/inquiries/new" className={buttonClass()}>{t("newInquiry")}</Link> : undefined;
  const firstHref = filters.cursor ? href(filtersToSearchParams(filters, { cursor: undefined })) : null;
  const nextHref = page.nextCursor ? href(filtersToSearchParams(filters, { cursor: page.nextCursor })) : null;

  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader title={t("title")} actions={newButton}>{t("subtitle")}</PageHeader>
      <QueueFilters
        key={filtersToSearchParams(filters, { cursor: undefined }).toString()}
        filters={filters}
        sorts={listSorts}
        tags={tags}
        staff={staff}
        showClear={filtered}
        week={week}
      />
      {dropped.length > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-200 ring-inset">
          {t("filters.ignored")}
        </p>
      )}
      {page.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t("empty.filteredTitle")}
            body={t("empty.filteredBody")}
            action={<Link href="/inquiries" className={buttonClass("secondary")}>{t("filters.clear")}</Link>}
          />
        ) : filters.cursor ? (
          <EmptyState
            title={t("empty.endTitle")}
            body={t("empty.endBody")}
            action={firstHref ? <Link href={firstHref} className={buttonClass("secondary")}>{t("pagination.first")}</Link> : undefined}
          />
        ) : (
          <EmptyState title={t("empty.noneTitle")} body={t("empty.noneBody")} action={newButton} />
        )
      ) : (
        <>
          {canPush ? (
            <QueueSelection rows={page.items.map(({ id, number, subject }) => ({ id, number, subject }))}>
              <QueueTable items={page.items} now={now} selectable />
            </QueueSelection>
          ) : (
            <QueueTable items={page.items} now={now} />
          )}
          <QueuePagination nextHref={nextHref} firstHref={firstHref} />
        </>
      )}
    </div>
  );
}
