import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { buttonClass } from "@/components/ui/button";

/** The "we got it" state, shown after a fetch (JS) or after the no-JS redirect (?ref=…). */
export function ThankYou({ reference, headingRef }: { reference: number | null; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("contact.thanks");
  return (
    <div role="status" className="space-y-3 text-center">
      <div aria-hidden className="mx-auto flex h-10 w-10 items-center justify-center rounded-full bg-emerald-50 text-emerald-600 ring-1 ring-emerald-200">
        ✓
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("body")}</p>
      {reference !== null && (
        <p className="text-sm text-slate-700" data-testid="contact-reference">
          {t.rich("reference", { reference: `#${reference}`, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      {/* A full page load, so the next message gets a new idempotency token. */}
      <a href="/contact" className={`${buttonClass("secondary")} mt-2`}>{t("another")}</a>
    </div>
  );
}
