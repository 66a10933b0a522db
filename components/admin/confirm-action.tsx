"use client";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialResult } from "@/lib/actions/result";
import { Modal } from "./modal";
import type { FormAction } from "./types";

type Props = {
  action: FormAction;
  /** Hidden fields sent with the confirmation, e.g. { userId }. */
  fields: Record<string, string>;
  triggerLabel: string;
  title: string;
  body: string;
  confirmLabel: string;
  pendingLabel: string;
  danger?: boolean;
};

/** A button that asks first: the action runs only from the dialog's confirm button. */
export function ConfirmAction({ triggerLabel, title, body, danger, ...form }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={title} description={body}>
        <ConfirmForm {...form} danger={danger} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function ConfirmForm({ action, fields, confirmLabel, pendingLabel, danger, onDone }: Omit<Props, "triggerLabel" | "title" | "body"> & { onDone: () => void }) {
  const t = useTranslations("common.actions");
  const [state, formAction] = useActionState(action, initialResult);
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  // Errors on hidden fields (a stale or tampered id) have no field to sit next to.
  const hiddenErrors = !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <FormMessage state={state} />
      {hiddenErrors.length > 0 && <p role="alert" className="text-sm text-rose-700">{hiddenErrors.join(" ")}</p>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button>
        <SubmitButton variant={danger ? "danger" : "primary"} pendingLabel={pendingLabel}>{confirmLabel}</SubmitButton>
      </div>
    </form>
  );
}
