"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/**
 * The outcome of an inquiry control: on a version conflict, the "changed — reload" message with
 * a reload link (a full load, so every control gets the new version); otherwise the form error
 * or the field errors; `successText` once saved.
 */
export function ActionFeedback({ state, inquiryId, successText }: {
  state: ActionResult<unknown>;
  inquiryId: string;
  successText?: string;
}) {
  const t = useTranslations("inquiries.controls");
  if (state.ok) {
    return successText ? <p role="status" className="text-xs text-emerald-700">{successText}</p> : null;
  }
  if (state.code === "conflict") {
    return (
      <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
        {t("conflict")}{" "}
        <a href={`/inquiries/${inquiryId}`} className="font-semibold underline underline-offset-2 hover:text-amber-700">{t("reload")}</a>
      </p>
    );
  }
  const messages = [state.formError, ...Object.values(state.fieldErrors ?? {}).flat()].filter(Boolean);
  if (!messages.length) return null;
  return <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-xs text-rose-700 ring-1 ring-rose-200">{messages.join(" ")}</p>;
}

/** The two hidden fields every inquiry control posts: which inquiry, and the version it loaded. */
export function VersionFields({ inquiryId, version }: { inquiryId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}
