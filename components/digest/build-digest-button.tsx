"use client";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { Modal } from "@/components/admin/modal";
import type { FormAction } from "@/components/admin/types";
import { initialResult } from "@/lib/actions/result";

type Props = {
  action: FormAction;
  week: string;
  /** Rebuild an existing digest (replaces its figures, mails nobody). */
  force?: boolean;
  triggerLabel: string;
  title: string;
  body: string;
  confirmLabel: string;
  variant?: "primary" | "secondary";
};

/** Builds a digest after a confirmation that says who will get it; the page refreshes on success. */
export function BuildDigestButton({ action, week, force, triggerLabel, title, body, confirmLabel, variant = "primary" }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)} className="print:hidden">
        {triggerLabel}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={title} description={body}>
        <BuildForm action={action} week={week} force={force} confirmLabel={confirmLabel} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function BuildForm({ action, week, force, confirmLabel, onDone }: { action: FormAction; week: string; force?: boolean; confirmLabel: string; onDone: () => void }) {
  const t = useTranslations("digest.build");
  const tc = useTranslations("common.actions");
  const [state, formAction] = useActionState(action, initialResult);
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  const hiddenErrors = !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="week" value={week} />
      {force && <input type="hidden" name="force" value="1" />}
      <FormMessage state={state} />
      {hiddenErrors.length > 0 && <p role="alert" className="text-sm text-rose-700">{hiddenErrors.join(" ")}</p>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>{tc("cancel")}</Button>
        <SubmitButton pendingLabel={t("pending")}>{confirmLabel}</SubmitButton>
      </div>
    </form>
  );
}
