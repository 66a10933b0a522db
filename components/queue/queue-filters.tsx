"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { channels, customerTypes, inquiryStatuses, priorities } from "@/lib/inquiries/rules";
// Types only: the schema (zod) stays on the server.
import type { ListSort, ParsedInquiryListFilters } from "@/lib/inquiries/list-filters";
import { FilterLabel, FilterSelect } from "@/components/forms/filter-select";

type Option = { id: string; name: string };

/** The dashboard's "created in this week" filter: shown as a chip, kept by a hidden field. */
export type WeekChip = { value: string; range: string; removeHref: string };

/**
 * The queue's filter bar. A GET form, so it works without JS and every filter is in the URL;
 * with JS a select or the Overdue box applies at once, and the URL is built without empty
 * params or a cursor (a changed filter starts at the first page). The page re-mounts this form
 * (key) when the URL changes, so Back shows the filters of that page.
 */
export function QueueFilters({
  filters,
  sorts,
  tags,
  staff,
  showClear,
  week,
}: {
  filters: ParsedInquiryListFilters;
  sorts: readonly ListSort[];
  tags: (Option & { archived: boolean })[];
  staff: Option[];
  showClear: boolean;
  week?: WeekChip | null;
}) {
  const t = useTranslations("queue.filters");
  const sortLabel = useTranslations("queue.sort");
  const common = useTranslations("common");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value !== "string" || !value.trim()) continue;
      if (key === "sort" && value === "newest") continue;
      params.append(key, value.trim());
    }
    const query = params.toString();
    start(() => router.push(query ? `/inquiries?${query}` : "/inquiries"));
  }

  const apply = () => formRef.current && navigate(formRef.current);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  // A status list from a shared link (status=NEW&status=OPEN) has no single option: keep it
  // as it is rather than silently widening the filter.
  const statusValue = filters.status?.join(",") ?? "";
  const multiStatus = (filters.status?.length ?? 0) > 1;
  const qLength = filters.q ? [...filters.q].length : 0;
  const shortQuery = qLength > 0 && qLength < 3;

  return (
    <form
      ref={formRef}
      role="search"
      aria-label={t("label")}
      method="get"
      action="/inquiries"
      onSubmit={onSubmit}
      aria-busy={pending}
      className="mb-4 space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <FilterLabel htmlFor="queue-q">{t("search")}</FilterLabel>
          <div className="flex gap-2">
            <Input
              id="queue-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              placeholder={t("searchPlaceholder")}
              maxLength={200}
              aria-describedby={shortQuery ? "queue-q-hint" : undefined}
            />
            <Button type="submit" variant="secondary" disabled={pending} className="shrink-0 whitespace-nowrap">{t("searchButton")}</Button>
          </div>
        </div>
        <div className="w-40">
          <FilterLabel htmlFor="queue-sort">{t("sort")}</FilterLabel>
          <Select id="queue-sort" name="sort" defaultValue={filters.sort} onChange={apply}>
            {sorts.map((s) => <option key={s} value={s}>{sortLabel(s)}</option>)}
          </Select>
        </div>
        <label className="flex h-9 cursor-pointer items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 ring-1 ring-slate-300 ring-inset has-[:checked]:bg-rose-50 has-[:checked]:text-rose-700 has-[:checked]:ring-rose-300" title={t("overdueHint")}>
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} onChange={apply} className="size-4 rounded border-slate-300 accent-rose-600" />
          {t("overdue")}
        </label>
        <div className="flex h-9 items-center gap-3 text-sm">
          {/* Without JS the selects do not apply themselves. */}
          <noscript>
            <Button type="submit" size="sm" variant="secondary">{t("apply")}</Button>
          </noscript>
          {showClear && (
            <Link href="/inquiries" className="font-medium whitespace-nowrap text-indigo-600 hover:text-indigo-500 hover:underline">
              {t("clear")}
            </Link>
          )}
          <span aria-live="polite" className="text-xs text-slate-500">{pending ? t("updating") : ""}</span>
        </div>
      </div>
      {shortQuery && <p id="queue-q-hint" className="-mt-1 text-xs text-slate-500">{t("shortQueryHint")}</p>}
      {week && (
        <div className="flex flex-wrap items-center gap-2">
          {/* Changing another filter keeps the week (the form builds the URL from its fields). */}
          <input type="hidden" name="week" value={week.value} />
          <span className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200 ring-inset" data-testid="queue-week-chip">
            {t("week", { range: week.range })}
            <Link
              href={week.removeHref}
              aria-label={t("removeWeek", { range: week.range })}
              title={t("removeWeek", { range: week.range })}
              className="inline-flex size-5 items-center justify-center rounded-full text-indigo-500 hover:bg-indigo-100 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
            >
              <span aria-hidden>×</span>
            </Link>
          </span>
        </div>
      )}

      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <FilterSelect id="queue-status" name="status" label={t("status")} value={statusValue} onChange={apply} all={t("all")}>
          {multiStatus && <option value={statusValue}>{filters.status!.map((s) => common(`status.${s}`)).join(", ")}</option>}
          {inquiryStatuses.map((s) => <option key={s} value={s}>{common(`status.${s}`)}</option>)}
        </FilterSelect>
        <FilterSelect id="queue-customer-type" name="customerType" label={t("customerType")} value={filters.customerType} onChange={apply} all={t("all")}>
          {customerTypes.map((c) => <option key={c} value={c}>{common(`customerType.${c}`)}</option>)}
        </FilterSelect>
        <FilterSelect id="queue-channel" name="channel" label={t("channel")} value={filters.channel} onChange={apply} all={t("all")}>
          {channels.map((c) => <option key={c} value={c}>{common(`channel.${c}`)}</option>)}
        </FilterSelect>
        <FilterSelect id="queue-tag" name="tag" label={t("tag")} value={filters.tag} onChange={apply} all={t("all")}>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>{tag.archived ? t("archivedTag", { name: tag.name }) : tag.name}</option>
          ))}
        </FilterSelect>
        <FilterSelect id="queue-assignee" name="assignee" label={t("assignee")} value={filters.assignee} onChange={apply} all={t("anyone")}>
          <option value="me">{t("me")}</option>
          <option value="unassigned">{t("unassigned")}</option>
          {staff.length > 0 && (
            <optgroup label={t("staff")}>
              {staff.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </optgroup>
          )}
        </FilterSelect>
        <FilterSelect id="queue-priority" name="priority" label={t("priority")} value={filters.priority} onChange={apply} all={t("all")}>
          {priorities.map((p) => <option key={p} value={p}>{common(`priority.${p}`)}</option>)}
        </FilterSelect>
      </div>

    </form>
  );
}
