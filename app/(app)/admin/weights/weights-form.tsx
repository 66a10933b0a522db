"use client";
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { failure, type FormAction } from "@/components/admin/types";
import { initialResult } from "@/lib/actions/result";
import { TYPE_WEIGHT_MAX } from "@/lib/board/schema";
import { customerTypes } from "@/lib/inquiries/rules";
import type { TypeWeights } from "@/lib/board/rules";

/** One number box per customer type (0–10, step 0.1), with the default beside it. */
export function WeightsForm({ action, weights, defaults }: { action: FormAction; weights: TypeWeights; defaults: TypeWeights }) {
  const t = useTranslations("admin.weights");
  const tType = useTranslations("common.customerType");
  const format = useFormatter();
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2.5 text-left text-xs font-medium text-slate-500">{t("columns.type")}</th>
              <th scope="col" className="px-4 py-2.5 text-left text-xs font-medium text-slate-500">{t("columns.weight")}</th>
              <th scope="col" className="px-4 py-2.5 text-right text-xs font-medium text-slate-500">{t("columns.default")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {customerTypes.map((type) => {
              const errors = fe?.[type];
              return (
                <tr key={type}>
                  <th scope="row" className="px-4 py-3 text-left align-top font-medium">
                    <span className="inline-block pt-1.5"><CustomerTypeBadge type={type} /></span>
                  </th>
                  <td className="px-4 py-3 align-top">
                    <div className="w-24">
                      <Input
                        id={`weight-${type}`}
                        name={type}
                        type="number"
                        inputMode="decimal"
                        min={0}
                        max={TYPE_WEIGHT_MAX}
                        step={0.1}
                        required
                        defaultValue={values?.[type] ?? String(weights[type])}
                        aria-label={t("weightLabel", { type: tType(type) })}
                        className="text-right tabular-nums"
                        {...errorProps(type, errors)}
                      />
                    </div>
                    {errors?.length ? <p id={`${type}-error`} role="alert" className="mt-1 text-xs text-rose-600">{errors.join(" ")}</p> : null}
                  </td>
                  <td className="px-4 py-3 text-right align-top tabular-nums text-slate-500">
                    <span className="inline-block pt-2">{format.number(defaults[type], { maximumFractionDigits: 1 })}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">{t("bounds")}</p>
      {state.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-700 ring-1 ring-emerald-200">{t("saved")}</p>
      ) : (
        <FormMessage state={state} />
      )}
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
