"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { unlinkInquiryAction } from "@/app/(app)/board/actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { ProblemStatusBadge } from "./problem-status-badge";
import { PushDialog } from "./push-dialog";
import { PushModal } from "./push-modal";

export type LinkedProblem = { id: string; number: number; title: string; status: string };

/**
 * The inquiry sidebar's "Fix board" card: the problem it is linked to (with move and unlink), or
 * the way to push it. Controls show only to roles with "board.push"; the actions check again.
 */
export function FixBoardSection({ inquiry, problem, canPush }: {
  inquiry: { id: string; number: number; subject: string };
  problem: LinkedProblem | null;
  canPush: boolean;
}) {
  const t = useTranslations("push.section");
  const headingId = useId();
  const [dialog, setDialog] = useState<"push" | "move" | "unlink" | null>(null);
  const close = () => setDialog(null);

  return (
    // A named region (not <Card>, which takes no aria props), so the card is findable by its title.
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("title")}</h2>
      {problem ? (
        <div className="space-y-3" data-testid="fix-board-problem">
          <div className="space-y-1.5">
            <p className="text-xs text-slate-500">{t("linkedTo")}</p>
            <Link
              href={`/board/${problem.id}`}
              aria-label={t("problemLabel", { number: problem.number, title: problem.title })}
              className="block text-sm font-medium break-words text-indigo-600 hover:text-indigo-500"
            >
              <span className="font-mono text-xs text-slate-500">#{problem.number}</span> {problem.title}
            </Link>
            <ProblemStatusBadge status={problem.status} />
          </div>
          {canPush && (
            <div className="flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" onClick={() => setDialog("move")}>{t("move")}</Button>
              <Button size="sm" variant="ghost" onClick={() => setDialog("unlink")}>{t("unlink")}</Button>
            </div>
          )}
        </div>
      ) : canPush ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-600">{t("notLinkedHint")}</p>
          <Button size="sm" onClick={() => setDialog("push")}>{t("push")}</Button>
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t("notLinkedReadOnly")}</p>
      )}

      {canPush && (
        <>
          {/* Mounted whatever the link state: a successful push re-renders this card as "linked"
              while the dialog still shows its success message. */}
          <PushDialog
            open={dialog === "push" || dialog === "move"}
            onClose={close}
            target={{
              inquiryIds: [inquiry.id],
              single: { number: inquiry.number, subject: inquiry.subject },
              seedQuery: inquiry.subject,
              current: dialog === "move" && problem ? { id: problem.id, number: problem.number, title: problem.title } : undefined,
            }}
          />
          {problem && <UnlinkDialog open={dialog === "unlink"} onClose={close} inquiryId={inquiry.id} problem={problem} />}
        </>
      )}
    </section>
  );
}

function UnlinkDialog({ open, onClose, inquiryId, problem }: {
  open: boolean;
  onClose: () => void;
  inquiryId: string;
  problem: LinkedProblem;
}) {
  const t = useTranslations("push");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].filter(Boolean) : [];

  function unlink() {
    startTransition(async () => {
      const res = await unlinkInquiryAction(null, { inquiryId });
      setResult(res);
      if (res.ok) {
        onClose();
        router.refresh();
      }
    });
  }

  return (
    <PushModal
      open={open}
      onClose={() => { setResult(null); onClose(); }}
      title={t("section.unlinkTitle", { number: problem.number })}
      description={t("section.unlinkBody", { title: problem.title })}
    >
      <div className="space-y-4">
        {errors.length > 0 && <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200">{errors.join(" ")}</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose} data-autofocus>{t("dialog.cancel")}</Button>
          <Button variant="danger" onClick={unlink} disabled={pending}>{pending ? t("section.unlinking") : t("section.unlinkConfirm")}</Button>
        </div>
      </div>
    </PushModal>
  );
}
