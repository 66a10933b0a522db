"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { submitWith } from "./use-form-submit";
import { initialResult, type ActionResult } from "@/lib/actions/result";
import { setCustomerPayerAction } from "@/app/(app)/customers/actions";
import { CustomerTypeBadge } from "./customer-type-badge";
import { BuyerPicker } from "./buyer-picker";

type Ref = { id: string; name: string; type: string; company: string | null };

/** "Paid by": the buyer who pays for this customer; set, change or remove it. */
export function CustomerPayerCard({
  customer,
  paidBy,
  canWrite,
}: {
  customer: { id: string; version: number };
  paidBy: Ref | null;
  canWrite: boolean;
}) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const [mode, setMode] = useState<"view" | "edit" | "confirmRemove">("view");
  const [state, formAction, pending] = useActionState(async (prev: ActionResult<unknown>, form: FormData) => {
    const result = await setCustomerPayerAction(prev, form);
    if (result.ok) setMode("view");
    return result;
  }, initialResult as ActionResult<unknown>);
  const errors = state.ok ? undefined : state.fieldErrors?.paidById;

  return (
    <Card className="p-4">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">{t("payer.paidBy")}</h2>
        {canWrite && mode === "view" && (
          <div className="flex gap-1">
            <Button variant="ghost" size="sm" onClick={() => setMode("edit")}>{paidBy ? t("payer.change") : t("payer.set")}</Button>
            {paidBy && <Button variant="ghost" size="sm" onClick={() => setMode("confirmRemove")}>{t("payer.remove")}</Button>}
          </div>
        )}
      </div>
      {paidBy ? (
        <div className="flex items-center justify-between gap-2 text-sm">
          <Link href={`/customers/${paidBy.id}`} className="font-medium text-indigo-600 hover:underline">{paidBy.name}</Link>
          <CustomerTypeBadge type={paidBy.type} />
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t("payer.none")}</p>
      )}
      {mode !== "view" && (
        <form onSubmit={submitWith(formAction)} className="mt-4 space-y-3 border-t border-slate-100 pt-4">
          <input type="hidden" name="customerId" value={customer.id} />
          <input type="hidden" name="expectedVersion" value={customer.version} />
          {mode === "edit" ? (
            <Field id="payer-search" label={t("payer.searchLabel")} errors={errors} hint={t("payer.hint")}>
              <BuyerPicker
                inputId="payer-search"
                initial={null}
                excludeId={customer.id}
                invalid={Boolean(errors?.length)}
                describedBy={errors?.length ? "payer-search-error" : undefined}
              />
            </Field>
          ) : (
            <>
              <input type="hidden" name="paidById" value="" />
              <p className="text-sm text-slate-700">{t("payer.removeConfirm", { name: paidBy?.name ?? "" })}</p>
            </>
          )}
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setMode("view")} disabled={pending}>{common("actions.cancel")}</Button>
            <Button type="submit" variant={mode === "confirmRemove" ? "danger" : "primary"} disabled={pending}>
              {pending ? common("actions.saving") : mode === "confirmRemove" ? t("payer.remove") : common("actions.save")}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
