"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useTransition, type FormEvent } from "react";
import { FilterLabel, FilterSelect } from "@/components/forms/filter-select";
import { Select } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { NO_AGENT } from "@/lib/surveys/rules";
import { DEFAULT_RESULT_WEEKS, RESULT_WEEK_CHOICES, surveysHref, type SurveyPageFilters } from "@/lib/surveys/schema";

/**
 * Range and agent filters. A GET form, so every filter lives in the URL and works without JS; with
 * JS a select applies at once. "My results" / "Everyone" is one click for people who take inquiries.
 */
export function ResultsFilters({ filters, agents, me, showMine }: {
  filters: SurveyPageFilters;
  agents: { id: string; name: string }[];
  me: { id: string; name: string };
  /** The actor takes inquiries (has own results): show the My results toggle. */
  showMine: boolean;
}) {
  const t = useTranslations("surveys.filters");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();

  function navigate(form: HTMLFormElement) {
    const data = new FormData(form);
    const value = (key: string) => {
      const v = data.get(key);
      return typeof v === "string" && v.trim() ? v.trim() : undefined;
    };
    start(() => router.push(surveysHref({ weeks: Number(value("weeks") ?? DEFAULT_RESULT_WEEKS), until: value("until"), agent: value("agent") })));
  }
  const apply = () => formRef.current && navigate(formRef.current);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };

  const mine = filters.agent === "me" || filters.agent === me.id;
  const weekChoices: number[] = RESULT_WEEK_CHOICES.includes(filters.weeks as (typeof RESULT_WEEK_CHOICES)[number])
    ? [...RESULT_WEEK_CHOICES]
    : [...RESULT_WEEK_CHOICES, filters.weeks].sort((a, b) => a - b);
  const agentValue = mine && showMine ? "me" : filters.agent;
  const toggle = "px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 focus-visible:-outline-offset-2";

  return (
    <div className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
      {showMine && (
        <nav aria-label={t("scope")} className="flex h-9 overflow-hidden rounded-md ring-1 ring-slate-300 ring-inset">
          <Link href={surveysHref(filters, { agent: undefined })} aria-current={!filters.agent ? "page" : undefined}
            className={cx(toggle, !filters.agent ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50")}>
            {t("allResults")}
          </Link>
          <Link href={surveysHref(filters, { agent: "me" })} aria-current={mine ? "page" : undefined} data-testid="my-results"
            className={cx(toggle, "border-l border-slate-300", mine ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50")}>
            {t("myResults")}
          </Link>
        </nav>
      )}
      <form ref={formRef} role="search" aria-label={t("label")} method="get" action="/surveys" onSubmit={onSubmit} aria-busy={pending}
        className="flex flex-wrap items-end gap-3">
        {filters.until && <input type="hidden" name="until" value={filters.until} />}
        <div className="w-40">
          <FilterLabel htmlFor="surveys-weeks">{t("range")}</FilterLabel>
          <Select key={`weeks-${filters.weeks}`} id="surveys-weeks" name="weeks" defaultValue={String(filters.weeks)} onChange={apply}>
            {weekChoices.map((w) => (
              <option key={w} value={w}>{RESULT_WEEK_CHOICES.includes(w as never) ? t("weeksOption", { weeks: w }) : t("weeksCustom", { weeks: w })}</option>
            ))}
          </Select>
        </div>
        <FilterSelect key={`agent-${agentValue ?? ""}`} className="w-56" id="surveys-agent" name="agent" label={t("agent")}
          value={agentValue} all={t("everyone")} onChange={apply}>
          {showMine && <option value="me">{t("me", { name: me.name })}</option>}
          <option value={NO_AGENT}>{t("unassigned")}</option>
          {agents.length > 0 && (
            <optgroup label={t("people")}>
              {agents.filter((a) => !showMine || a.id !== me.id).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </optgroup>
          )}
        </FilterSelect>
        <div className="flex h-9 items-center gap-3 text-sm">
          <noscript><Button type="submit" size="sm" variant="secondary">{t("apply")}</Button></noscript>
          <span aria-live="polite" className="text-xs text-slate-500">{pending ? t("updating") : ""}</span>
        </div>
      </form>
    </div>
  );
}
