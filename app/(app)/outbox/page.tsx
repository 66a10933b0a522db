import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/outbox/queries";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { OutboxList } from "@/components/outbox/outbox-list";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

const searchSchema = z.object({
  cursor: z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, z.string().max(400).optional()).catch(undefined),
});

/** /outbox — messages to customers, newest first (admins; the layout 404s everyone else). */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const { cursor } = searchSchema.parse(await searchParams);
  const [page, t] = await Promise.all([listOutbox(actor, { cursor }), getTranslations("outbox")]);
  const smtpConfigured = Boolean(env.SMTP_URL);

  return (
    <div className="mx-auto max-w-5xl break-keep">
      <PageHeader title={t("title")}>{t("subtitle")}</PageHeader>
      <p
        role="note"
        className={
          smtpConfigured
            ? "mb-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200 ring-inset"
            : "mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
        }
      >
        {smtpConfigured ? t("smtp.on") : t("smtp.off")}
      </p>
      {page.items.length === 0 ? (
        cursor ? (
          <EmptyState
            title={t("empty.endTitle")}
            action={<Link href="/outbox" className={buttonClass("secondary")}>{t("pagination.first")}</Link>}
          />
        ) : (
          <EmptyState title={t("empty.title")} body={t("empty.body")} />
        )
      ) : (
        <>
          <OutboxList items={page.items} smtpConfigured={smtpConfigured} />
          {(cursor || page.nextCursor) && (
            <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between gap-3">
              <div>
                {cursor && (
                  <Link href="/outbox" className={buttonClass("ghost", "sm")}><span aria-hidden>«</span> {t("pagination.first")}</Link>
                )}
              </div>
              <div>
                {page.nextCursor && (
                  <Link href={`/outbox?cursor=${encodeURIComponent(page.nextCursor)}`} rel="next" className={buttonClass("secondary", "sm")}>
                    {t("pagination.next")} <span aria-hidden>→</span>
                  </Link>
                )}
              </div>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
