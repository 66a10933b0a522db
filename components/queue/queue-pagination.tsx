import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * Keyset pages have no numbers (no total count is taken): forward by cursor, or back to the
 * first page. The browser's Back button returns to the previous page, since each is a URL.
 */
export function QueuePagination({ nextHref, firstHref }: { nextHref: string | null; firstHref: string | null }) {
  const t = useTranslations("queue.pagination");
  if (!nextHref && !firstHref) return null;
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between gap-3">
      <div>
        {firstHref && (
          <Link href={firstHref} className={buttonClass("ghost", "sm")}>
            <span aria-hidden>«</span> {t("first")}
          </Link>
        )}
      </div>
      <div>
        {nextHref && (
          <Link href={nextHref} rel="next" className={buttonClass("secondary", "sm")}>
            {t("next")} <span aria-hidden>→</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
