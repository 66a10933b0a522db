import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { LowScore } from "@/lib/surveys/queries";
import { LowScoreActions } from "./low-score-actions";
import { LowScoreItem } from "./low-score-item";

/**
 * The low-scores list: each answer with its score(s), the comment (as text), the inquiry it rates,
 * who and when, and one-click Reopen / Push to fix board for the roles that may.
 */
export function LowScoreList({ items, canReopen, canPush, olderHref, newestHref }: {
  items: LowScore[];
  canReopen: boolean;
  canPush: boolean;
  olderHref: string | null;
  newestHref: string | null;
}) {
  const t = useTranslations("surveys.low");
  return (
    <div>
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-8 text-center">
          <p className="text-sm font-semibold text-slate-900">{t("empty")}</p>
          <p className="mt-1 text-sm text-slate-500">{t("emptyBody")}</p>
        </div>
      ) : (
        <ol className="space-y-3">
          {items.map((item) => (
            <li key={item.id}>
              <LowScoreItem
                item={item}
                actions={item.inquiry && (canReopen || canPush || item.inquiry.problem)
                  ? <LowScoreActions inquiry={item.inquiry} canReopen={canReopen} canPush={canPush} />
                  : null}
              />
            </li>
          ))}
        </ol>
      )}
      {(olderHref || newestHref) && (
        <nav aria-label={t("title")} className="mt-3 flex items-center justify-between text-sm">
          {newestHref ? <Link href={newestHref} className={buttonClass("secondary", "sm")}>{t("newest")}</Link> : <span />}
          {olderHref ? <Link href={olderHref} className={buttonClass("secondary", "sm")}>{t("older")} <span aria-hidden>→</span></Link> : <span />}
        </nav>
      )}
    </div>
  );
}
