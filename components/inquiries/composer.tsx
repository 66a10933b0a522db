"use client";
import { useTranslations } from "next-intl";
import { addInternalNoteAction, replyToInquiryAction } from "@/app/(app)/inquiries/actions";
import { errorProps } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Textarea } from "@/components/ui/input";
import { BODY_MAX } from "@/lib/inquiries/rules";
import { ActionFeedback, VersionFields } from "./action-feedback";
import { useInquiryForm } from "./use-inquiry-form";

/** The Reply or Internal note composer. A note is tinted so it is never mistaken for a reply. */
export function Composer({ kind, inquiryId, version }: { kind: "reply" | "note"; inquiryId: string; version: number }) {
  const t = useTranslations("inquiries.compose");
  const action = kind === "reply" ? replyToInquiryAction : addInternalNoteAction;
  const { state, pending, formRef, onSubmit } = useInquiryForm(action, { resetOnSuccess: true });
  const id = `${kind}-body`;
  const bodyErrors = !state.ok ? state.fieldErrors?.body : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className={cx("space-y-2 rounded-lg p-4 ring-1", kind === "note" ? "bg-amber-50/60 ring-amber-200" : "bg-white ring-slate-200 shadow-sm")}
    >
      <VersionFields inquiryId={inquiryId} version={version} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{kind === "reply" ? t("reply") : t("note")}</label>
      <Textarea
        id={id}
        name="body"
        rows={kind === "reply" ? 4 : 3}
        maxLength={BODY_MAX}
        required
        aria-describedby={`${id}-hint`}
        className={kind === "note" ? "bg-white" : undefined}
        {...errorProps(id, bodyErrors)}
      />
      {bodyErrors?.length ? <p id={`${id}-error`} role="alert" className="text-xs text-rose-600">{bodyErrors.join(" ")}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p id={`${id}-hint`} className="text-xs text-slate-500">{kind === "reply" ? t("replyHint") : t("noteHint")}</p>
        <Button type="submit" variant={kind === "reply" ? "primary" : "secondary"} disabled={pending} aria-disabled={pending}>
          {kind === "reply" ? t("sendReply") : t("addNote")}
        </Button>
      </div>
      <ActionFeedback
        state={bodyErrors ? { ok: false } : state}
        inquiryId={inquiryId}
        successText={kind === "reply" ? t("replySent") : t("noteAdded")}
      />
    </form>
  );
}
