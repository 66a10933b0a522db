"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Modal } from "@/components/admin/modal";
import { initialResult, type ActionResult } from "@/lib/actions/result";
import { PULSE_QUESTION_MAX, pulseAudiences, type PulseAudience } from "@/lib/surveys/send-schema";

type SendResult = { pulseId: string; recipients: number; created: boolean };
type PulseAction = (prev: ActionResult<SendResult>, formData: FormData) => Promise<ActionResult<SendResult>>;

/** A fresh idempotency key (getRandomValues works on plain http too, unlike randomUUID). */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Question + audience, then a confirmation naming how many people it goes to. The form carries
 * one idempotency key until a send succeeds, so a retried or double submit sends one pulse.
 */
export function PulseForm({ action, sizes, initialKey }: {
  action: PulseAction;
  sizes: Record<PulseAudience, number>;
  /** Made on the server, so the first render matches on both sides. */
  initialKey: string;
}) {
  const t = useTranslations("surveyAdmin.pulse");
  const [state, formAction, pending] = useActionState(action, initialResult as ActionResult<SendResult>);
  const [question, setQuestion] = useState("");
  const [audience, setAudience] = useState<PulseAudience>("ALL");
  const [key, setKey] = useState(initialKey);
  const [confirming, setConfirming] = useState(false);
  // Field errors belong to what was submitted: hide them once the user edits the question.
  const [edited, setEdited] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fe = state.ok || edited ? undefined : state.fieldErrors;
  const count = sizes[audience];

  useEffect(() => {
    setEdited(false);
    if (!state.ok) return;
    setQuestion("");
    setKey(newKey());
  }, [state]);

  function send() {
    const text = question.trim();
    // Nothing can go out: let the server say what is wrong, next to the field.
    if (!text || text.length > PULSE_QUESTION_MAX || count === 0) formRef.current?.requestSubmit();
    else setConfirming(true);
  }

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="idempotencyKey" value={key} />
      <Field id="pulse-question" label={t("question")} errors={fe?.question}>
        <Textarea
          id="pulse-question"
          name="question"
          rows={2}
          maxLength={PULSE_QUESTION_MAX}
          placeholder={t("questionPlaceholder")}
          value={question}
          onChange={(e) => { setQuestion(e.target.value); setEdited(true); }}
          className="min-h-16"
          {...errorProps("pulse-question", fe?.question)}
        />
      </Field>
      <p className="-mt-3 text-right text-xs text-slate-500 tabular-nums" aria-hidden>
        {t("questionCount", { count: question.length, max: PULSE_QUESTION_MAX })}
      </p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="w-full sm:w-64">
          <Field id="pulse-audience" label={t("audience")} errors={fe?.audience}>
            <Select
              id="pulse-audience"
              name="audience"
              value={audience}
              onChange={(e) => { setAudience(e.target.value as PulseAudience); setEdited(true); }}
              {...errorProps("pulse-audience", fe?.audience)}
            >
              {pulseAudiences.map((a) => (
                <option key={a} value={a}>{t(`audiences.${a}`, { count: sizes[a] })}</option>
              ))}
            </Select>
          </Field>
        </div>
        <Button onClick={send} disabled={pending}>{pending ? t("sending") : t("send")}</Button>
      </div>
      {state.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-700 ring-1 ring-emerald-200">
          {state.data.created ? t("sent", { count: state.data.recipients }) : t("alreadySent", { count: state.data.recipients })}
        </p>
      ) : (
        <FormMessage state={state} />
      )}

      <Modal
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("confirmTitle", { count })}
        description={t("confirmBody")}
      >
        <div className="space-y-4">
          <blockquote className="rounded-md bg-slate-50 px-3 py-2 text-sm break-words whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
            {question.trim()}
          </blockquote>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>{t("cancel")}</Button>
            <Button
              onClick={() => {
                setConfirming(false);
                formRef.current?.requestSubmit();
              }}
            >
              {t("confirm", { count })}
            </Button>
          </div>
        </div>
      </Modal>
    </form>
  );
}
