"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { cx } from "@/components/ui/cx";

export type WeekChoice = { param: string; label: string };

/**
 * Previous / next week buttons and a select of recent weeks. A GET form, so it works without
 * JavaScript (the "Show" button appears then); with it, choosing a week navigates at once.
 */
export function WeekPicker({ selected, choices, previous, next }: {
  selected: string;
  choices: WeekChoice[];
  previous: string;
  next: string | null;
}) {
  const t = useTranslations("dashboard.picker");
  const router = useRouter();
  const [pending, start] = useTransition();
  const href = (week: string) => `/dashboard?week=${week}`;
  const arrow = "inline-flex size-9 items-center justify-center";
  return (
    <form method="get" action="/dashboard" className="flex flex-wrap items-center gap-2" aria-busy={pending} data-testid="week-picker">
      <Link href={href(previous)} className={cx(buttonClass("secondary"), arrow)} aria-label={t("previous")} title={t("previous")} rel="prev">
        <span aria-hidden>←</span>
      </Link>
      <label htmlFor="dashboard-week" className="sr-only">{t("label")}</label>
      <div className="w-96 max-w-full">
        <Select
          id="dashboard-week"
          name="week"
          defaultValue={selected}
          onChange={(e) => start(() => router.push(href(e.currentTarget.value)))}
        >
          {choices.map((c) => <option key={c.param} value={c.param}>{c.label}</option>)}
        </Select>
      </div>
      <noscript><Button type="submit" variant="secondary">{t("go")}</Button></noscript>
      {next ? (
        <Link href={href(next)} className={cx(buttonClass("secondary"), arrow)} aria-label={t("next")} title={t("next")} rel="next">
          <span aria-hidden>→</span>
        </Link>
      ) : (
        <span className={cx(buttonClass("secondary"), arrow, "cursor-not-allowed opacity-40")} aria-hidden>→</span>
      )}
    </form>
  );
}
