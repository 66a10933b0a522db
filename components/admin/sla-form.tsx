"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialResult } from "@/lib/actions/result";
import { slaField, slaTargetKinds, MAX_SLA_HOURS, MAX_SLA_MINUTES, type SlaTargetKind } from "@/lib/admin/schema";
import { splitMinutes } from "@/lib/admin/rules";
import { priorities, type Priority, type SlaTargets } from "@/lib/inquiries/rules";
import { failure, type FormAction } from "./types";

/** All four priorities in one form: hours + minutes boxes per target. */
export function SlaForm({ action, targets }: { action: FormAction; targets: SlaTargets }) {
  const t = useTranslations("admin.sla");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);
  const targetLabel = (kind: SlaTargetKind) => t(`columns.${kind}`);

  // Plain functions, not nested components: a component defined in render would remount (and
  // lose focus and typed text) on every render.
  function numberBox(name: string, max: number, fallback: number, label: string, describedBy?: string) {
    return (
      <Input
        id={name}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        defaultValue={values?.[name] ?? fallback}
        aria-label={label}
        className="text-right tabular-nums"
        {...errorProps(name, fe?.[name])}
        aria-describedby={describedBy}
      />
    );
  }

  function targetCell(priority: Priority, kind: SlaTargetKind) {
    const split = splitMinutes(targets[priority][`${kind}Minutes`]);
    const hoursName = slaField(priority, kind, "Hours");
    const minutesName = slaField(priority, kind, "Minutes");
    const errors = [...new Set([...(fe?.[hoursName] ?? []), ...(fe?.[minutesName] ?? [])])];
    const errorId = errors.length ? `${hoursName}-error` : undefined;
    const labelArgs = { priority: tc(`priority.${priority}`), target: targetLabel(kind) };
    return (
      <td key={kind} className="px-4 py-3 align-top">
        <div className="flex items-center gap-1.5">
          <div className="w-20">{numberBox(hoursName, MAX_SLA_HOURS, split.hours, t("hoursLabel", labelArgs), errorId)}</div>
          <span aria-hidden className="text-xs text-slate-500">{t("hours")}</span>
          <div className="ml-1 w-16">{numberBox(minutesName, MAX_SLA_MINUTES, split.minutes, t("minutesLabel", labelArgs), errorId)}</div>
          <span aria-hidden className="text-xs text-slate-500">{t("minutes")}</span>
        </div>
        {errorId && <p id={errorId} role="alert" className="mt-1 max-w-64 text-xs text-rose-600">{errors.join(" ")}</p>}
      </td>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2.5 text-left text-xs font-medium text-slate-500">{t("columns.priority")}</th>
              {slaTargetKinds.map((kind) => (
                <th key={kind} scope="col" className="px-4 py-2.5 text-left text-xs font-medium text-slate-500">{targetLabel(kind)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {[...priorities].reverse().map((priority) => (
              <tr key={priority}>
                <th scope="row" className="px-4 py-3 text-left align-top font-medium text-slate-800">
                  <span className="inline-block pt-2">{tc(`priority.${priority}`)}</span>
                </th>
                {slaTargetKinds.map((kind) => targetCell(priority, kind))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">{t("bounds")}</p>
      {state.ok ? <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-700 ring-1 ring-emerald-200">{t("saved")}</p> : <FormMessage state={state} />}
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
