"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { moveProblemAction, shipProblemAction } from "@/app/(app)/board/actions";
import { Field, errorProps } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { useInquiryForm } from "@/components/inquiries/use-inquiry-form";
import { DECLINE_REASON_MAX, RELEASE_NOTE_MAX } from "@/lib/board/schema";
import { BoardFeedback } from "./action-feedback";
import type { MovableProblem } from "./move-controls";

const fieldErrors = (state: { ok: boolean; fieldErrors?: Record<string, string[]> }, field: string) =>
  !state.ok ? state.fieldErrors?.[field] : undefined;

/** Decline with a reason CS can relay (required; the domain checks again). */
export function DeclineForm({ problem, onCancel }: { problem: MovableProblem; onCancel: () => void }) {
  const t = useTranslations("board.decline");
  const tc = useTranslations("common.actions");
  const { state, pending, onSubmit } = useInquiryForm(moveProblemAction);
  const id = useId();
  const errors = fieldErrors(state, "declineReason");
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="problemId" value={problem.id} />
      <input type="hidden" name="expectedVersion" value={problem.version} />
      <input type="hidden" name="status" value="DECLINED" />
      <Field id={`${id}-reason`} label={t("reason")} errors={errors}>
        <Textarea id={`${id}-reason`} name="declineReason" required maxLength={DECLINE_REASON_MAX} rows={4}
          placeholder={t("reasonPlaceholder")} autoFocus {...errorProps(`${id}-reason`, errors)} />
      </Field>
      <BoardFeedback state={state} fieldsShown={["declineReason"]} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>{tc("cancel")}</Button>
        <Button type="submit" variant="danger" disabled={pending}>{pending ? t("pending") : t("confirm")}</Button>
      </div>
    </form>
  );
}

type Preview = { openLinked: number; notifiable: number };

/**
 * Ship with a release note; "resolve the N open linked inquiries" is on by default. N and the
 * number of customers who will be told come from the server when the dialog opens.
 */
export function ShipForm({ problem, onCancel }: { problem: MovableProblem; onCancel: () => void }) {
  const t = useTranslations("board.ship");
  const tc = useTranslations("common.actions");
  const { state, pending, onSubmit } = useInquiryForm(shipProblemAction);
  const id = useId();
  const [preview, setPreview] = useState<Preview | null | "failed">(null);
  const errors = fieldErrors(state, "releaseNote");

  useEffect(() => {
    let live = true;
    fetch(`/board/${problem.id}/ship-preview`, { headers: { accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<Preview>) : Promise.reject(new Error(String(r.status)))))
      .then((p) => live && setPreview(p))
      .catch(() => live && setPreview("failed"));
    return () => {
      live = false;
    };
  }, [problem.id]);

  const known = preview && preview !== "failed" ? preview : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="problemId" value={problem.id} />
      <Field id={`${id}-note`} label={t("releaseNote")} errors={errors}>
        <Textarea id={`${id}-note`} name="releaseNote" required maxLength={RELEASE_NOTE_MAX} rows={4}
          placeholder={t("releaseNotePlaceholder")} autoFocus {...errorProps(`${id}-note`, errors)} />
      </Field>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="resolveLinked" value="on" defaultChecked className="mt-0.5 size-4 accent-indigo-600" />
        <span>{known ? t("resolve", { count: known.openLinked }) : t("resolveUnknown")}</span>
      </label>
      <p className="text-xs text-slate-500" aria-live="polite">
        {preview === null ? t("loadingPreview") : known ? t("notify", { count: known.notifiable }) : null}
      </p>
      {state.ok && <p role="status" className="text-sm text-emerald-700">{t("done", { resolved: state.data.resolved, queued: state.data.queued })}</p>}
      <BoardFeedback state={state} fieldsShown={["releaseNote"]} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>{tc(state.ok ? "close" : "cancel")}</Button>
        {!state.ok && <Button type="submit" disabled={pending}>{pending ? t("pending") : t("confirm")}</Button>}
      </div>
    </form>
  );
}
