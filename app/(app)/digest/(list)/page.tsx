import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { countDigestRecipients, listDigests } from "@/lib/dashboard/digest";
import { lastCompleteWeek, weekParam } from "@/lib/dashboard/rules";
import { env } from "@/lib/env";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { BuildDigestButton } from "@/components/digest/build-digest-button";
import { digestHref } from "@/components/digest/links";
import { WEEK_RANGE_FORMAT, weekBounds } from "@/components/digest/week-range";
import { buildDigestAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("digest"))("title") };
}

/** /digest — every weekly digest, newest first; admins can build last week's by hand. */
export default async function DigestListPage() {
  const actor = await requireUser();
  const tz = env.ORG_TIME_ZONE;
  const isAdmin = can(actor, "admin.manage");
  const [digests, recipients, t, format] = await Promise.all([
    listDigests(actor),
    isAdmin ? countDigestRecipients(actor) : Promise.resolve(0),
    getTranslations("digest"),
    getFormatter(),
  ]);
  const lastWeek = lastCompleteWeek(new Date(), tz);
  const lastParam = weekParam(lastWeek, tz);
  const lastBuilt = digests.some((d) => d.week === lastParam);
  const range = (start: Date) => format.dateTimeRange(...weekBounds(start, tz), WEEK_RANGE_FORMAT);

  const adminAction = !isAdmin ? null : lastBuilt ? (
    <Link href={digestHref(lastParam)} className={buttonClass("secondary")}>{t("build.openExisting")}</Link>
  ) : (
    <BuildDigestButton
      action={buildDigestAction}
      week={lastParam}
      triggerLabel={t("build.lastWeek")}
      title={t("build.confirmTitle", { range: range(lastWeek) })}
      body={t("build.confirmBody", { range: range(lastWeek), count: recipients })}
      confirmLabel={t("build.confirm")}
    />
  );

  return (
    <div className="mx-auto max-w-3xl break-keep">
      <PageHeader title={t("title")} actions={adminAction}>
        <p>{t("subtitle")}</p>
        <p className="mt-1">
          {t.rich("subscribeHint", {
            link: (chunks) => <Link href="/profile" className="font-medium text-indigo-700 hover:underline">{chunks}</Link>,
          })}
        </p>
      </PageHeader>
      {digests.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />
      ) : (
        <Card>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("list.label")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="px-4 py-2 font-medium">{t("list.week")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("list.builtAt")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("list.mailed")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {digests.map((d) => (
                <tr key={d.week} className="hover:bg-slate-50">
                  <th scope="row" className="px-4 py-2.5 text-left font-medium">
                    <Link href={digestHref(d.week)} className="text-slate-900 hover:text-indigo-700 hover:underline" aria-label={t("list.openWeek", { range: range(d.weekStart) })}>
                      {range(d.weekStart)}
                    </Link>
                  </th>
                  <td className="px-4 py-2.5 text-slate-600">
                    <time dateTime={d.builtAt.toISOString()}>{format.dateTime(d.builtAt, "short")}</time>
                  </td>
                  <td className="px-4 py-2.5 text-right text-slate-600 tabular-nums">{t("list.mailedCount", { count: d.mailed })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
