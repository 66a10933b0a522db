"use client";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialResult } from "@/lib/actions/result";
import { Modal } from "./modal";
import { failure, type FormAction } from "./types";

type Reason = { id: string; name: string };

/** Create (no reason) or rename (reason given) a churn reason category. */
export function ChurnReasonDialog({ action, reason }: { action: FormAction; reason?: Reason }) {
  const t = useTranslations("admin.churnReasons");
  const [open, setOpen] = useState(false);
  return (
    <>
      {reason ? (
        <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>{t("rename")}</Button>
      ) : (
        <Button onClick={() => setOpen(true)}>{t("add")}</Button>
      )}
      <Modal open={open} onClose={() => setOpen(false)} title={reason ? t("form.renameTitle") : t("form.createTitle")}>
        <ChurnReasonForm action={action} reason={reason} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function ChurnReasonForm({ action, reason, onDone }: { action: FormAction; reason?: Reason; onDone: () => void }) {
  const t = useTranslations("admin.churnReasons.form");
  const tc = useTranslations("common.actions");
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  const id = reason ? `reason-name-${reason.id}` : "reason-name";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {reason && <input type="hidden" name="reasonId" value={reason.id} />}
      <Field id={id} label={t("name")} errors={fe?.name}>
        <Input id={id} name="name" defaultValue={values?.name ?? reason?.name} maxLength={80} autoComplete="off" autoFocus {...errorProps(id, fe?.name)} />
      </Field>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onDone}>{tc("cancel")}</Button>
        <SubmitButton pendingLabel={t("submitting")}>{reason ? t("submitRename") : t("submitCreate")}</SubmitButton>
      </div>
    </form>
  );
}
