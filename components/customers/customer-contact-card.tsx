"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { submitWith } from "./use-form-submit";
import { initialResult, type ActionResult } from "@/lib/actions/result";
import { updateCustomerAction } from "@/app/(app)/customers/actions";

type Contact = { id: string; name: string; email: string | null; phone: string | null; company: string | null; version: number };
const fields = ["name", "email", "phone", "company"] as const;

/** Contact data, with an inline edit form for those who may write. */
export function CustomerContactCard({ customer, canWrite }: { customer: Contact; canWrite: boolean }) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult<unknown>, form: FormData) => {
    const result = await updateCustomerAction(prev, form);
    if (result.ok) {
      setEditing(false);
      setSaved(true);
    }
    return result;
  }, initialResult as ActionResult<unknown>);
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = state.ok ? undefined : state.values;

  return (
    <Card className="p-4">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">{t("detail.contact")}</h2>
        {canWrite && !editing && (
          <Button variant="ghost" size="sm" onClick={() => { setEditing(true); setSaved(false); }}>{common("actions.edit")}</Button>
        )}
      </div>
      {editing ? (
        <form onSubmit={submitWith(formAction)} className="space-y-3" noValidate>
          <input type="hidden" name="customerId" value={customer.id} />
          <input type="hidden" name="expectedVersion" value={customer.version} />
          {fields.map((f) => {
            const id = `contact-${f}`;
            return (
              <Field key={f} id={id} label={t(`fields.${f}`)} errors={errors?.[f]}>
                <Input
                  id={id}
                  name={f}
                  type={f === "email" ? "email" : f === "phone" ? "tel" : "text"}
                  defaultValue={values?.[f] ?? customer[f] ?? ""}
                  required={f === "name"}
                  autoFocus={f === "name"}
                  {...errorProps(id, errors?.[f])}
                />
              </Field>
            );
          })}
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setEditing(false)} disabled={pending}>{common("actions.cancel")}</Button>
            <Button type="submit" disabled={pending}>{pending ? common("actions.saving") : common("actions.save")}</Button>
          </div>
        </form>
      ) : (
        <dl className="space-y-2 text-sm">
          {(["email", "phone", "company"] as const).map((f) => (
            <div key={f} className="grid grid-cols-[5.5rem_minmax(0,1fr)] gap-2">
              <dt className="text-slate-500">{t(`fields.${f}`)}</dt>
              <dd className="[overflow-wrap:anywhere] text-slate-900">
                {customer[f] ? (
                  f === "email" ? <a className="text-indigo-600 hover:underline" href={`mailto:${customer[f]}`}>{customer[f]}</a> : customer[f]
                ) : (
                  <span className="text-slate-400">{common("none")}</span>
                )}
              </dd>
            </div>
          ))}
          {saved && <p role="status" className="pt-1 text-xs text-emerald-700">{common("saved")}</p>}
        </dl>
      )}
    </Card>
  );
}
