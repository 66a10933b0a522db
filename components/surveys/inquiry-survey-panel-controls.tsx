"use client";
import { useActionState, useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { changeSurveyRecipientAction, sendSurveyNowAction } from "@/app/(app)/inquiries/[inquiryId]/survey-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialResult } from "@/lib/actions/result";

type Props = {
  inquiryId: string;
  url: string;
  recipientEmail: string | null;
  recipientName: string | null;
  canChangeRecipient: boolean;
  canSendNow: boolean;
  /** Offer the link (not once answered or expired). */
  showLink: boolean;
  validUntil: string;
};

/** Change recipient (inline form), send now, copy link — for roles with "surveys.send". */
export function SurveyPanelControls(props: Props) {
  const t = useTranslations("surveyAdmin.panel");
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [sendState, sendAction] = useActionState(sendSurveyNowAction, initialResult);
  const noEmail = !props.recipientEmail;

  return (
    <div className="space-y-3">
      {editing ? (
        <RecipientForm
          {...props}
          onDone={(message) => { setEditing(false); setNotice(message); }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          {props.canChangeRecipient && (
            <Button size="sm" variant={noEmail ? "primary" : "secondary"} onClick={() => { setNotice(null); setEditing(true); }}>
              {noEmail ? t("setRecipient") : t("changeRecipient")}
            </Button>
          )}
          {props.canSendNow && (
            <form action={sendAction}>
              <input type="hidden" name="inquiryId" value={props.inquiryId} />
              <SubmitButton size="sm" variant="secondary" pendingLabel={t("sendingNow")}>{t("sendNow")}</SubmitButton>
            </form>
          )}
        </div>
      )}
      {notice && !editing && <p role="status" className="text-xs text-emerald-700">{notice}</p>}
      {sendState.ok ? <p role="status" className="text-xs text-emerald-700">{t("sentNow")}</p> : <FormMessage state={sendState} />}
      {props.showLink && <CopyLink url={props.url} validUntil={props.validUntil} />}
    </div>
  );
}

function RecipientForm({ inquiryId, recipientEmail, recipientName, onDone, onCancel }: Props & {
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("surveyAdmin.panel");
  const [state, formAction] = useActionState(changeSurveyRecipientAction, initialResult);
  // Controlled inputs keep what was typed when the server refuses it.
  const [email, setEmail] = useState(recipientEmail ?? "");
  const [name, setName] = useState(recipientName ?? "");
  const fe = state.ok ? undefined : state.fieldErrors;
  const ids = { email: useId(), name: useId() };
  useEffect(() => {
    if (state.ok) onDone(state.data.queued ? t("queuedSaved") : t("saved"));
  }, [state, onDone, t]);

  return (
    <form action={formAction} noValidate className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <Field id={ids.email} label={t("email")} errors={fe?.email}>
        <Input
          id={ids.email} name="email" type="email" autoComplete="off" autoFocus required maxLength={320}
          value={email} onChange={(e) => setEmail(e.target.value)} {...errorProps(ids.email, fe?.email)}
        />
      </Field>
      <Field id={ids.name} label={t("name")} errors={fe?.name} hint={t("nameHint")}>
        <Input
          id={ids.name} name="name" autoComplete="off" maxLength={200}
          value={name} onChange={(e) => setName(e.target.value)} {...errorProps(ids.name, fe?.name)}
        />
      </Field>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="secondary" onClick={onCancel}>{t("cancel")}</Button>
        <SubmitButton size="sm" pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

/** Copies the link; when the clipboard is unavailable (no permission, plain http) the link is shown, focused and selected. */
function CopyLink({ url, validUntil }: { url: string; validUntil: string }) {
  const t = useTranslations("surveyAdmin.panel");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const inputId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }
  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div className="space-y-1.5 border-t border-slate-100 pt-3">
      <Button size="sm" variant="secondary" onClick={copy} data-testid="copy-survey-link">
        <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current">
          <path d="M5.5 1A1.5 1.5 0 0 0 4 2.5v1H2.5A1.5 1.5 0 0 0 1 5v8.5A1.5 1.5 0 0 0 2.5 15H9a1.5 1.5 0 0 0 1.5-1.5v-1h1.5A1.5 1.5 0 0 0 13.5 11V2.5A1.5 1.5 0 0 0 12 1H5.5Zm5 10V5A1.5 1.5 0 0 0 9 3.5H5.5v-1h6.5V11h-1.5ZM2.5 5H9v8.5H2.5V5Z" />
        </svg>
        {t("copyLink")}
      </Button>
      <p role="status" aria-live="polite" className="text-xs text-emerald-700">{status === "copied" ? `✓ ${t("copied")}` : ""}</p>
      {status === "failed" ? (
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-xs text-slate-600">{t("copyFailed")}</label>
          <Input id={inputId} autoFocus readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        </div>
      ) : (
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-500 hover:text-slate-700">{t("showLink")}</summary>
          <Input aria-label={t("linkLabel")} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="mt-1.5 font-mono text-xs" />
        </details>
      )}
      <p className="text-xs text-slate-500">{validUntil}</p>
    </div>
  );
}
