"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { customerTypes } from "@/lib/inquiries/rules";
import type { ParsedBoardFilters } from "@/lib/board/queries-filters";
import { FilterSelect } from "@/components/forms/filter-select";

/**
 * Owner, tag and customer-type filters. A GET form, so every filter lives in the URL and works
 * without JS; with JS a select applies at once. The column view (?column=) is kept, its page is not.
 */
export function BoardFilters({ filters, owners, tags, showClear, clearHref }: {
  filters: ParsedBoardFilters;
  owners: { id: string; name: string }[];
  tags: { id: string; name: string; archived: boolean }[];
  showClear: boolean;
  clearHref: string;
}) {
  const t = useTranslations("board.filters");
  const common = useTranslations("common");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim()) params.set(key, value.trim());
    }
    start(() => router.push(params.size ? `/board?${params}` : "/board"));
  }
  const apply = () => formRef.current && navigate(formRef.current);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };

  return (
    <form ref={formRef} role="search" aria-label={t("label")} method="get" action="/board" onSubmit={onSubmit} aria-busy={pending}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
      {filters.column && <input type="hidden" name="column" value={filters.column} />}
      <FilterSelect className="w-52" id="board-owner" name="owner" label={t("owner")} value={filters.owner} all={t("anyone")} onChange={apply}>
        <option value="me">{t("me")}</option>
        <option value="none">{t("noOwner")}</option>
        {owners.length > 0 && (
          <optgroup label={t("people")}>
            {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </optgroup>
        )}
      </FilterSelect>
      <FilterSelect className="w-52" id="board-tag" name="tag" label={t("tag")} value={filters.tag} all={t("all")} onChange={apply}>
        {tags.map((tag) => <option key={tag.id} value={tag.id}>{tag.archived ? t("archivedTag", { name: tag.name }) : tag.name}</option>)}
      </FilterSelect>
      <FilterSelect className="w-52" id="board-customer-type" name="customerType" label={t("customerType")} value={filters.customerType} all={t("all")} onChange={apply}>
        {customerTypes.map((c) => <option key={c} value={c}>{common(`customerType.${c}`)}</option>)}
      </FilterSelect>
      <div className="flex h-9 items-center gap-3 text-sm">
        <noscript><Button type="submit" size="sm" variant="secondary">{t("apply")}</Button></noscript>
        {showClear && (
          <Link href={clearHref} className="font-medium whitespace-nowrap text-indigo-600 hover:text-indigo-500 hover:underline">{t("clear")}</Link>
        )}
        <span aria-live="polite" className="text-xs text-slate-500">{pending ? t("updating") : ""}</span>
      </div>
    </form>
  );
}
