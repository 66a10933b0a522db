"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { submitWith } from "./use-form-submit";
import { initialResult, type ActionResult } from "@/lib/actions/result";
import { customerTypes } from "@/lib/customers/rules";
import { createCustomerAction } from "@/app/(app)/customers/actions";
import { BuyerPicker } from "./buyer-picker";
import { ChurnFields } from "./churn-fields";

/** New customer: contact data, type, and who pays (for users) or why they left (for churned). */
export function CustomerCreateForm({ categories }: { categories: { id: string; name: string }[] }) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const [state, formAction, pending] = useActionState(createCustomerAction, initialResult as ActionResult<unknown>);
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = state.ok ? undefined : state.values;
  const [type, setType] = useState(values?.type ?? "PROSPECT");

  const text = (name: "name" | "email" | "phone" | "company", inputType = "text") => {
    const id = `new-${name}`;
    return (
      <Field id={id} label={t(`fields.${name}`)} errors={errors?.[name]}>
        <Input id={id} name={name} type={inputType} defaultValue={values?.[name] ?? ""} required={name === "name"} {...errorProps(id, errors?.[name])} />
      </Field>
    );
  };

  return (
    <form onSubmit={submitWith(formAction)} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name")}
        {text("company")}
        {text("email", "email")}
        {text("phone", "tel")}
      </div>
      <Field id="new-type" label={t("fields.type")} errors={errors?.type}>
        <Select id="new-type" name="type" value={type} onChange={(e) => setType(e.target.value)} {...errorProps("new-type", errors?.type)}>
          {customerTypes.map((ct) => <option key={ct} value={ct}>{common(`customerType.${ct}`)}</option>)}
        </Select>
      </Field>
      {type === "USER" && (
        <Field id="new-paid-by" label={t("payer.paidBy")} errors={errors?.paidById} hint={t("payer.hint")}>
          <BuyerPicker
            inputId="new-paid-by"
            initial={null}
            invalid={Boolean(errors?.paidById?.length)}
            describedBy={errors?.paidById?.length ? "new-paid-by-error" : undefined}
          />
        </Field>
      )}
      {type === "CHURNED" && <ChurnFields idPrefix="new" categories={categories} errors={errors} values={values} />}
      <FormMessage state={state} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>{pending ? t("create.submitting") : t("create.submit")}</Button>
      </div>
    </form>
  );
}
