import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { listPulses, pulseAudienceSizes } from "@/lib/surveys/pulse";
import { getSurveyResults } from "@/lib/surveys/queries";
import { DEFAULT_RESULT_WEEKS } from "@/lib/surveys/schema";
import { Badge } from "@/components/ui/badge";
import { getSurveySettings } from "@/lib/surveys/settings";
import { SectionHeader } from "@/components/admin/section-header";
import { PulseForm } from "@/components/surveys/admin/pulse-form";
import { PulseList } from "@/components/surveys/admin/pulse-list";
import { SurveySettingsForm } from "@/components/surveys/admin/survey-settings-form";
import { sendPulseAction, updateSurveySettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveyAdmin.settings");
  return { title: t("title") };
}

/** /admin/surveys — survey mode and delay; the staff pulse: send one, read past results. */
export default async function AdminSurveysPage() {
  const actor = await requireAdminPage();
  const [t, format, settings, sizes, pulses, results] = await Promise.all([
    getTranslations("surveyAdmin"),
    getFormatter(),
    getSurveySettings(actor),
    pulseAudienceSizes(actor),
    listPulses(actor),
    // Internal service figures beside the pulse: the same definitions as /surveys (its default range).
    getSurveyResults(actor, { weeks: DEFAULT_RESULT_WEEKS }),
  ]);
  const percent = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const { internal, fulfillment } = results;
  return (
    <>
      <SectionHeader title={t("settings.title")} description={t("settings.description")} />
      <SurveySettingsForm action={updateSurveySettingsAction} settings={settings} />

      <section aria-labelledby="pulse-heading" className="mt-12">
        <div className="mb-4 max-w-2xl">
          <h2 id="pulse-heading" className="text-base font-semibold text-slate-900">{t("pulse.title")}</h2>
          <p className="mt-1 text-sm text-slate-500">{t("pulse.description")}</p>
        </div>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="min-w-0 space-y-6">
            <PulseForm action={sendPulseAction} sizes={sizes} initialKey={randomUUID()} />
            <div>
              <h3 className="mb-3 text-sm font-semibold text-slate-900">{t("pulse.past")}</h3>
              <PulseList pulses={pulses} />
            </div>
          </div>
          <aside aria-labelledby="internal-heading" className="h-fit space-y-2 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
            <h3 id="internal-heading" className="text-sm font-semibold text-slate-900">{t("pulse.internal.title")}</h3>
            <p className="text-xs text-slate-500">{t("pulse.internal.range", { weeks: DEFAULT_RESULT_WEEKS })}</p>
            <dl className="space-y-3 py-1">
              <div data-testid="admin-fulfillment">
                <dt className="text-xs text-slate-500">{t("pulse.internal.fulfillment")}</dt>
                <dd className="text-xl font-semibold text-slate-900 tabular-nums">{percent(fulfillment.rate)}</dd>
                <dd className="text-xs text-slate-600">
                  {fulfillment.resolved === 0
                    ? t("pulse.internal.fulfillmentNone")
                    : t("pulse.internal.fulfillmentCount", { within: fulfillment.withinTarget, resolved: fulfillment.resolved })}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t("pulse.internal.satisfaction")}</dt>
                <dd className="text-xl font-semibold text-slate-900 tabular-nums">{percent(internal.csat)}</dd>
                <dd className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                  {t("pulse.internal.responses", { count: internal.responses })}
                  {internal.small && internal.responses > 0 && <Badge tone="amber">{t("pulse.small")}</Badge>}
                </dd>
              </div>
            </dl>
            <Link href="/surveys#internal" className="inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500">
              {t("pulse.internal.link")} <span aria-hidden>→</span>
            </Link>
          </aside>
        </div>
      </section>
    </>
  );
}
