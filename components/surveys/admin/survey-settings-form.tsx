"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Input } from "@/components/ui/input";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { failure, type FormAction } from "@/components/admin/types";
import { initialResult } from "@/lib/actions/result";
import { surveyModes, type SurveyMode } from "@/lib/surveys/rules";
import { SURVEY_DELAY_MAX_MINUTES } from "@/lib/surveys/send-schema";

type Settings = { mode: SurveyMode; delayMinutes: number; version: number };

/** Mode (off / CSAT / CES / both on one page) and the delay before an invitation goes out. */
export function SurveySettingsForm({ action, settings }: { action: FormAction; settings: Settings }) {
  const t = useTranslations("surveyAdmin.settings");
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);
  const mode = (values?.mode as SurveyMode | undefined) ?? settings.mode;
  // Remount the uncontrolled fields when the saved version or the echoed input changes: React
  // resets a form after its action, which would otherwise snap them back to the first defaults.
  const key = `${settings.version}:${values?.mode ?? ""}:${values?.delayMinutes ?? ""}`;

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="expectedVersion" value={settings.version} />
      <fieldset key={`mode-${key}`}>
        <legend className="text-sm font-medium text-slate-800">{t("mode")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {surveyModes.map((m) => (
            <label
              key={m}
              className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-slate-200 hover:bg-slate-50 has-[:checked]:bg-indigo-50/60 has-[:checked]:ring-2 has-[:checked]:ring-indigo-500 has-[:focus-visible]:ring-indigo-400"
            >
              <input type="radio" name="mode" value={m} defaultChecked={m === mode} className="mt-0.5 size-4 accent-indigo-600" />
              <span className="min-w-0">
                <span className="block text-sm font-medium text-slate-900">{t(`modes.${m}`)}</span>
                <span className="block text-xs text-slate-500">{t(`modeHint.${m}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {fe?.mode && <p role="alert" className="mt-1 text-xs text-rose-600">{fe.mode.join(" ")}</p>}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="survey-delay" className="block text-sm font-medium text-slate-800">{t("delay")}</label>
        <div className="flex items-center gap-2">
          <div className="w-28">
            <Input
              key={`delay-${key}`}
              id="survey-delay"
              name="delayMinutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={SURVEY_DELAY_MAX_MINUTES}
              step={1}
              defaultValue={values?.delayMinutes ?? settings.delayMinutes}
              className="text-right tabular-nums"
              aria-describedby={fe?.delayMinutes?.length ? "survey-delay-error" : "survey-delay-hint"}
              {...(fe?.delayMinutes?.length ? { "aria-invalid": true as const } : {})}
            />
          </div>
          <span className="text-sm text-slate-600">{t("delayUnit")}</span>
        </div>
        {fe?.delayMinutes?.length ? (
          <p id="survey-delay-error" role="alert" className="text-xs text-rose-600">{fe.delayMinutes.join(" ")}</p>
        ) : (
          <p id="survey-delay-hint" className="text-xs text-slate-500">{t("delayHint")}</p>
        )}
      </div>

      <p className="text-xs text-slate-500">
        <Link href="/admin/tags" className="text-indigo-600 hover:text-indigo-500">{t("spamHint")}</Link>
      </p>

      {state.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-700 ring-1 ring-emerald-200">{t("saved")}</p>
      ) : (
        <FormMessage state={state} />
      )}
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
