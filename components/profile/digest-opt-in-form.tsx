"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import type { FormAction } from "@/components/admin/types";
import { initialResult } from "@/lib/actions/result";

/**
 * "Email me the weekly digest": a checkbox and Save (works without JavaScript too). Admins always
 * get the digest, so for them it shows as on and fixed.
 */
export function DigestOptInForm({ action, initial, isAdmin }: { action: FormAction; initial: boolean; isAdmin: boolean }) {
  const t = useTranslations("digest.profile");
  if (isAdmin) {
    return (
      <div className="flex items-start gap-3">
        <input id="digestOptIn" type="checkbox" checked disabled aria-describedby="digestOptIn-help" className="mt-0.5 size-4 rounded border-slate-300" />
        <div>
          <label htmlFor="digestOptIn" className="text-sm font-medium text-slate-800">{t("digestLabel")}</label>
          <p id="digestOptIn-help" className="text-xs text-slate-500">{t("digestHelp")} {t("digestAdmin")}</p>
        </div>
      </div>
    );
  }
  return <OptInForm action={action} initial={initial} />;
}

function OptInForm({ action, initial }: { action: FormAction; initial: boolean }) {
  const t = useTranslations("digest.profile");
  const [state, formAction] = useActionState(action, initialResult);
  const saved = state.ok ? (state.data as { digestOptIn: boolean }).digestOptIn : null;
  // Uncontrolled: React resets a form after its action, back to defaultChecked — the saved value.
  const current = saved ?? initial;
  return (
    <form action={formAction} className="space-y-3">
      <div className="flex items-start gap-3">
        <input
          id="digestOptIn"
          name="digestOptIn"
          type="checkbox"
          value="1"
          defaultChecked={current}
          aria-describedby="digestOptIn-help"
          className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600 focus-visible:ring-2 focus-visible:ring-indigo-500"
        />
        <div>
          <label htmlFor="digestOptIn" className="text-sm font-medium text-slate-800">{t("digestLabel")}</label>
          <p id="digestOptIn-help" className="text-xs text-slate-500">{t("digestHelp")}</p>
        </div>
      </div>
      {saved !== null && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-700 ring-1 ring-emerald-200">
          {saved ? t("savedOn") : t("savedOff")}
        </p>
      )}
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
