import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { countDigestRecipients, getDigest, isCompleteWeek } from "@/lib/dashboard/digest";
import { parseWeekParam, weekParam } from "@/lib/dashboard/rules";
import { recordVisit } from "@/lib/dashboard/visibility";
import { env } from "@/lib/env";
import { addWeeks } from "@/lib/time/week";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { BuildDigestButton } from "@/components/digest/build-digest-button";
import { DigestView } from "@/components/digest/digest-view";
import { PrintButton } from "@/components/digest/print-button";
import { dashboardHref, digestHref, exportHref } from "@/components/digest/links";
import { WEEK_RANGE_FORMAT, weekBounds } from "@/components/digest/week-range";
import { buildDigestAction } from "../actions";

type Props = { params: Promise<{ week: string }> };

function weekOf(value: string): Date {
  const start = parseWeekParam(value, env.ORG_TIME_ZONE);
  if (!start) notFound();
  return start;
}

export async function generateMetadata({ params }: Props) {
  const { week } = await params;
  const start = parseWeekParam(week, env.ORG_TIME_ZONE);
  const t = await getTranslations("digest");
  return { title: start ? `${t("week.title")} · ${weekParam(start, env.ORG_TIME_ZONE)}` : t("title") };
}

/** /digest/<YYYY-MM-DD> — the stored digest of a week (every role); admins can build a missing one. */
export default async function DigestWeekPage({ params }: Props) {
  const actor = await requireUser();
  const tz = env.ORG_TIME_ZONE;
  const { week } = await params;
  const start = weekOf(week);
  const param = weekParam(start, tz);
  if (param !== week) redirect(digestHref(param));
  const isAdmin = can(actor, "admin.manage");
  const now = new Date();
  const [digest, recipients, t, format] = await Promise.all([
    getDigest(actor, start),
    isAdmin ? countDigestRecipients(actor) : Promise.resolve(0),
    getTranslations("digest"),
    getFormatter(),
  ]);
  // Reading the digest is reading the dashboard's figures: it counts for visibility.
  await recordVisit(actor, "DASHBOARD", now);
  const range = format.dateTimeRange(...weekBounds(start, tz), WEEK_RANGE_FORMAT);
  const previous = weekParam(addWeeks(start, -1, tz), tz);
  const nextStart = addWeeks(start, 1, tz);
  const hasNext = isCompleteWeek(nextStart, now, tz);

  const nav = (
    <nav aria-label={t("week.weekNav")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden">
      <Link href="/digest" className="text-slate-600 hover:text-indigo-700 hover:underline">← {t("week.allDigests")}</Link>
      <Link href={digestHref(previous)} rel="prev" className="text-slate-600 hover:text-indigo-700 hover:underline">{t("week.previousWeek")}</Link>
      {hasNext && (
        <Link href={digestHref(weekParam(nextStart, tz))} rel="next" className="text-slate-600 hover:text-indigo-700 hover:underline">{t("week.nextWeek")}</Link>
      )}
    </nav>
  );

  if (!digest) {
    const over = isCompleteWeek(start, now, tz);
    return (
      <div className="mx-auto max-w-3xl space-y-4 break-keep">
        {nav}
        {!over ? (
          <EmptyState
            title={t("week.notOverTitle", { range })}
            body={t("week.notOverBody")}
            action={<Link href={dashboardHref(param)} className={buttonClass("secondary")}>{t("week.openDashboard")}</Link>}
          />
        ) : (
          <EmptyState
            title={t("week.missingTitle", { range })}
            body={isAdmin ? t("week.missingAdminBody") : t("week.missingBody")}
            action={
              <div className="flex flex-wrap justify-center gap-2">
                {isAdmin && (
                  <BuildDigestButton
                    action={buildDigestAction}
                    week={param}
                    triggerLabel={t("build.thisWeek")}
                    title={t("build.confirmTitle", { range })}
                    body={t("build.confirmBody", { range, count: recipients })}
                    confirmLabel={t("build.confirm")}
                  />
                )}
                <Link href={dashboardHref(param)} className={buttonClass("secondary")}>{t("week.openDashboard")}</Link>
              </div>
            }
          />
        )}
      </div>
    );
  }

  return (
    <article className="mx-auto max-w-3xl space-y-4 break-keep">
      {/* Printed, the digest is the page: no app sidebar (media-scoped, so harmless if it lingers). */}
      <style href="digest-print" precedence="default">{"@media print{aside{display:none!important}main{padding:0!important}}"}</style>
      {nav}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs font-medium tracking-wide text-indigo-600 uppercase">{t("week.title")}</p>
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">{range}</h1>
          <p className="mt-1 text-xs text-slate-500">
            {t("week.builtAt", { date: format.dateTime(digest.builtAt, "short") })} · {t("week.mailed", { count: digest.mailed })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <Link href={dashboardHref(param)} className={buttonClass("secondary")}>{t("week.openDashboard")}</Link>
          <a href={exportHref(param, "inquiries")} className={buttonClass("secondary")} download>
            {t("csvOf", { table: t("export.inquiries") })}
          </a>
          <PrintButton label={t("week.print")} />
          {isAdmin && (
            <BuildDigestButton
              action={buildDigestAction}
              week={param}
              force
              variant="secondary"
              triggerLabel={t("build.rebuild")}
              title={t("build.rebuildTitle", { range })}
              body={t("build.rebuildBody")}
              confirmLabel={t("build.confirmRebuild")}
            />
          )}
        </div>
      </header>
      <DigestView data={digest.data} />
    </article>
  );
}
