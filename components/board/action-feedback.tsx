"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/**
 * The outcome of a board control: on a version conflict, "changed — reload" with a button that
 * re-fetches the page (the controls then carry the new version); otherwise the form error and any
 * errors on hidden fields (a tampered id) that have no field to sit next to.
 */
export function BoardFeedback({ state, fieldsShown = [] }: { state: ActionResult<unknown>; fieldsShown?: string[] }) {
  const t = useTranslations("board.moves");
  const router = useRouter();
  if (state.ok) return null;
  if (state.code === "conflict") {
    return (
      <p role="alert" className="rounded-md bg-amber-50 px-2.5 py-1.5 text-xs text-amber-900 ring-1 ring-amber-200">
        {t("conflict")}{" "}
        <button type="button" onClick={() => router.refresh()} className="font-semibold underline underline-offset-2 hover:text-amber-700">
          {t("reload")}
        </button>
      </p>
    );
  }
  const hidden = Object.entries(state.fieldErrors ?? {}).filter(([field]) => !fieldsShown.includes(field)).flatMap(([, m]) => m);
  const messages = [state.formError, ...hidden].filter(Boolean);
  if (!messages.length) return null;
  return <p role="alert" className="rounded-md bg-rose-50 px-2.5 py-1.5 text-xs text-rose-700 ring-1 ring-rose-200">{messages.join(" ")}</p>;
}
