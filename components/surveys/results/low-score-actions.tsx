"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { reopenInquiryAction } from "@/app/(app)/surveys/actions";
import { PushDialog } from "@/components/push/push-dialog";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { isOpen } from "@/lib/inquiries/rules";
import type { LowScore } from "@/lib/surveys/queries";

type Inquiry = NonNullable<LowScore["inquiry"]>;

/**
 * One-click follow-ups of a low score: reopen the inquiry (with the version the list was loaded
 * with: a stale list reads as a conflict with a reload, never overwrites), and push it to the fix
 * board through the same dialog as the inquiry page. Buttons show only to roles that may; the
 * actions check again.
 */
export function LowScoreActions({ inquiry, canReopen, canPush }: { inquiry: Inquiry; canReopen: boolean; canPush: boolean }) {
  const t = useTranslations("surveys.low");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pushing, setPushing] = useState(false);
  const open = isOpen(inquiry.status);

  function reopen() {
    startTransition(async () => {
      const res = await reopenInquiryAction(null, { inquiryId: inquiry.id, expectedVersion: inquiry.version });
      setResult(res);
      if (res.ok) router.refresh();
    });
  }

  const failure = result && !result.ok ? result : null;
  const errors = failure ? [failure.formError, ...Object.values(failure.fieldErrors ?? {}).flat()].filter(Boolean) : [];

  return (
    <div className="mt-3 space-y-2 border-t border-slate-100 pt-3">
      <div className="flex flex-wrap items-center gap-2">
        {canReopen && (
          <Button size="sm" variant="secondary" onClick={reopen} disabled={open || pending} data-testid="reopen-inquiry">
            {open ? t("reopened") : pending ? t("reopening") : t("reopen")}
          </Button>
        )}
        {inquiry.problem ? (
          <Link href={`/board/${inquiry.problem.id}`} className="text-xs font-medium text-indigo-600 hover:text-indigo-500 hover:underline">
            {t("onBoard", { number: inquiry.problem.number, title: inquiry.problem.title })}
          </Link>
        ) : canPush ? (
          <Button size="sm" variant="secondary" onClick={() => setPushing(true)} data-testid="push-to-board">{t("push")}</Button>
        ) : null}
        <span aria-live="polite" className="text-xs text-emerald-700">
          {result?.ok ? t("reopenDone", { number: inquiry.number }) : ""}
        </span>
      </div>
      {failure?.code === "conflict" ? (
        <p role="alert" className="rounded-md bg-amber-50 px-2.5 py-1.5 text-xs text-amber-900 ring-1 ring-amber-200">
          {failure.formError}{" "}
          <button type="button" onClick={() => { setResult(null); router.refresh(); }} className="font-semibold underline underline-offset-2 hover:text-amber-700">
            {t("reload")}
          </button>
        </p>
      ) : errors.length > 0 ? (
        <p role="alert" className="rounded-md bg-rose-50 px-2.5 py-1.5 text-xs text-rose-700 ring-1 ring-rose-200">{errors.join(" ")}</p>
      ) : null}
      {canPush && !inquiry.problem && (
        <PushDialog
          open={pushing}
          onClose={() => setPushing(false)}
          target={{ inquiryIds: [inquiry.id], single: { number: inquiry.number, subject: inquiry.subject }, seedQuery: inquiry.subject }}
        />
      )}
    </div>
  );
}
