"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { submitWith } from "./use-form-submit";
import { initialResult, type ActionResult } from "@/lib/actions/result";
import { customerTypes, type CustomerType } from "@/lib/customers/rules";
import { changeCustomerTypeAction } from "@/app/(app)/customers/actions";
import { CustomerTypeBadge } from "./customer-type-badge";
import { ChurnFields } from "./churn-fields";

type Props = {
  customer: { id: string; type: CustomerType; version: number };
  churn: { reason: string | null; category: string | null; churnedAt: string | null } | null;
  categories: { id: string; name: string }[];
  canWrite: boolean;
};

/** The current type (and churn details), with the "change type" form for those who may write. */
export function CustomerTypeCard({ customer, churn, categories, canWrite }: Props) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const [editing, setEditing] = useState(false);
  const [next, setNext] = useState<string>("");
  const [state, formAction, pending] = useActionState(async (prev: ActionResult<unknown>, form: FormData) => {
    const result = await changeCustomerTypeAction(prev, form);
    if (result.ok) {
      setEditing(false);
      setNext("");
    }
    return result;
  }, initialResult as ActionResult<unknown>);
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = state.ok ? undefined : state.values;

  return (
    <Card className="p-4">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">{t("detail.typeSection")}</h2>
        {canWrite && !editing && (
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>{t("type.change")}</Button>
        )}
      </div>
      <CustomerTypeBadge type={customer.type} />
      {churn && (
        <div className="mt-3 space-y-1 text-sm">
          {churn.category && <p className="font-medium text-slate-800">{churn.category}</p>}
          {churn.reason && <p className="whitespace-pre-wrap break-words text-slate-600">{churn.reason}</p>}
          {churn.churnedAt && <p className="text-xs text-slate-500">{t("type.churnedOn", { date: churn.churnedAt })}</p>}
        </div>
      )}
      {editing && (
        <form onSubmit={submitWith(formAction)} className="mt-4 space-y-3 border-t border-slate-100 pt-4" noValidate>
          <input type="hidden" name="customerId" value={customer.id} />
          <input type="hidden" name="expectedVersion" value={customer.version} />
          <Field id="type-new" label={t("type.newType")} errors={errors?.type}>
            <Select id="type-new" name="type" value={next} onChange={(e) => setNext(e.target.value)} autoFocus {...errorProps("type-new", errors?.type)}>
              <option value="" disabled>{t("type.choose")}</option>
              {customerTypes.filter((ct) => ct !== customer.type).map((ct) => (
                <option key={ct} value={ct}>{common(`customerType.${ct}`)}</option>
              ))}
            </Select>
          </Field>
          {next === "CHURNED" && <ChurnFields idPrefix="type" categories={categories} errors={errors} values={values} />}
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setEditing(false)} disabled={pending}>{common("actions.cancel")}</Button>
            <Button type="submit" disabled={pending || !next}>{pending ? common("actions.saving") : t("type.submit")}</Button>
          </div>
        </form>
      )}
    </Card>
  );
}
