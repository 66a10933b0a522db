"use client";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { cx } from "@/components/ui/cx";

export type NoticeKind = "thanks" | "thanksLow" | "answered" | "invalid" | "expired";

const look: Record<NoticeKind, { tone: string; icon: "check" | "alert" | "clock" }> = {
  thanks: { tone: "bg-emerald-50 text-emerald-600 ring-emerald-200", icon: "check" },
  thanksLow: { tone: "bg-emerald-50 text-emerald-600 ring-emerald-200", icon: "check" },
  answered: { tone: "bg-indigo-50 text-indigo-600 ring-indigo-200", icon: "check" },
  invalid: { tone: "bg-amber-50 text-amber-600 ring-amber-200", icon: "alert" },
  expired: { tone: "bg-slate-100 text-slate-500 ring-slate-200", icon: "clock" },
};

/**
 * Every end state of the public survey: thank you, already answered, a link that is not valid,
 * a closed survey. A client component so it follows the survey's language provider (see the page).
 */
export function SurveyNotice({ kind, headingRef }: { kind: NoticeKind; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("surveyPublic");
  const section = kind === "thanksLow" ? "thanks" : kind;
  const { tone, icon } = look[kind];
  return (
    <div role={kind.startsWith("thanks") ? "status" : undefined} className="space-y-3 py-4 text-center" data-testid={`survey-${kind}`}>
      <div aria-hidden className={cx("mx-auto flex h-12 w-12 items-center justify-center rounded-full ring-1", tone)}>
        <Icon name={icon} />
      </div>
      <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold tracking-tight text-slate-900 focus:outline-none">
        {t(`${section}.title`)}
      </h1>
      <p className="mx-auto max-w-sm text-sm leading-relaxed text-slate-600">
        {kind === "thanksLow" ? t("thanks.lowBody") : t(`${section}.body`)}
      </p>
    </div>
  );
}

function Icon({ name }: { name: "check" | "alert" | "clock" }) {
  const common = { width: 24, height: 24, viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round" as const, strokeLinejoin: "round" as const };
  if (name === "check") return <svg {...common}><path d="M5 12.5l4.5 4.5L19 7.5" /></svg>;
  if (name === "alert") return <svg {...common}><path d="M12 8v5" /><path d="M12 16.5v.01" /><circle cx="12" cy="12" r="9" /></svg>;
  return <svg {...common}><circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" /></svg>;
}
