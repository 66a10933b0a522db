import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { dashboardWeekOptions, getDashboard } from "@/lib/dashboard/queries";
import { recordVisit } from "@/lib/dashboard/visibility";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { BreakdownCard } from "@/components/dashboard/breakdown-card";
import { ChurnSection } from "@/components/dashboard/churn-section";
import { Headline } from "@/components/dashboard/headline";
import { digestHref, exportHref } from "@/components/dashboard/links";
import { ProblemsSection } from "@/components/dashboard/problems-section";
import { SatisfactionSection } from "@/components/dashboard/satisfaction-section";
import { EmptyNote } from "@/components/dashboard/section";
import { ServiceSection } from "@/components/dashboard/service-section";
import { StageCard } from "@/components/dashboard/stage-card";
import { TrendCard } from "@/components/dashboard/trend-card";
import { VisibilitySection } from "@/components/dashboard/visibility-section";
import { VoicesSection } from "@/components/dashboard/voices-section";
import { WeekPicker } from "@/components/dashboard/week-picker";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** /dashboard — the weekly VOC dashboard; every role reads it (the home page of ADMIN and MEMBER). */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  const raw = (await searchParams).week;
  const week = Array.isArray(raw) ? raw[0] : raw;
  const now = new Date();
  const [data, , t, format] = await Promise.all([
    getDashboard(actor, { week }, now),
    recordVisit(actor, "DASHBOARD", now),
    getTranslations("dashboard"),
    getFormatter(),
  ]);

  const start = new Date(data.week.start);
  const lastDay = new Date(new Date(data.week.end).getTime() - 1);
  const day = (d: Date) => format.dateTime(d, { year: "numeric", month: "short", day: "numeric", weekday: "short" });
  const range = t("range", { start: day(start), end: day(lastDay) });

  // The picker: recent weeks, plus the shown one when it is older than the list.
  const options = dashboardWeekOptions(now);
  // Noon UTC of a calendar date is that same date in any org zone within ±12 h.
  const label = (param: string, last: string) => t("picker.option", {
    start: format.dateTime(new Date(`${param}T12:00:00Z`), { month: "short", day: "numeric", weekday: "short" }),
    end: format.dateTime(new Date(`${last}T12:00:00Z`), { year: "numeric", month: "short", day: "numeric", weekday: "short" }),
  });
  const choices = options.map((o) => ({ param: o.param, label: o.current ? t("picker.current", { range: label(o.param, o.lastDay) }) : label(o.param, o.lastDay) }));
  if (!choices.some((c) => c.param === data.week.param)) choices.push({ param: data.week.param, label: label(data.week.param, data.week.lastDay) });
  // The Monday a week before/after, as calendar dates (no zone math needed on YYYY-MM-DD).
  const shiftParam = (days: number) => new Date(Date.parse(`${data.week.param}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const previous = shiftParam(-7);
  const isCurrent = options[0].param === data.week.param;
  const next = isCurrent ? null : shiftParam(7);

  const noInquiries = data.inquiries.total.current === 0;

  return (
    <div className="mx-auto max-w-7xl space-y-6 break-keep">
      <PageHeader
        title={t("title")}
        actions={<>
          <Link href={digestHref(data.week.param)} className={buttonClass("secondary")}>{t("digest")}</Link>
          <a href={exportHref(data.week.param, "inquiries")} download className={buttonClass("secondary")} data-testid="export-inquiries">
            <span aria-hidden>↓</span> {t("exportInquiries")}
          </a>
        </>}
      >
        <p>{t("subtitle")}</p>
      </PageHeader>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <WeekPicker key={data.week.param} selected={data.week.param} choices={choices} previous={previous} next={next} />
        <p className="text-sm text-slate-600" data-testid="week-range">
          <span className="font-medium text-slate-900">{range}</span>
          <span className="ml-2 text-slate-500">· {t("rangeNote", { timeZone: data.week.timeZone })}</span>
        </p>
      </div>
      {isCurrent && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-200 ring-inset">{t("partialWeek")}</p>
      )}

      <Headline data={data} />

      <section aria-labelledby="inquiries-title" className="space-y-4">
        <div>
          <h2 id="inquiries-title" className="text-lg font-semibold text-slate-900">{t("inquiries.title")}</h2>
          <p className="text-sm text-slate-500">{t("inquiries.subtitle")}</p>
        </div>
        {noInquiries ? (
          <EmptyNote hint={t("inquiries.emptyHint")}>{t("inquiries.empty")}</EmptyNote>
        ) : (
          <div className="grid gap-4 lg:grid-cols-3">
            <BreakdownCard kind="customerType" rows={data.inquiries.byCustomerType} week={data.week.param} />
            <BreakdownCard kind="channel" rows={data.inquiries.byChannel} week={data.week.param} />
            <BreakdownCard kind="tag" rows={data.inquiries.byTag} week={data.week.param} />
          </div>
        )}
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2"><TrendCard data={data} /></div>
          <StageCard stage={data.stage} />
        </div>
      </section>

      <ProblemsSection data={data} />
      <ChurnSection data={data} />
      <div className="grid gap-6 lg:grid-cols-2">
        <SatisfactionSection data={data} />
        <ServiceSection data={data} />
      </div>
      <VisibilitySection data={data} />
      <VoicesSection data={data} />
    </div>
  );
}
