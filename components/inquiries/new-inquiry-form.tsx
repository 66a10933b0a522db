"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { createInquiryAction } from "@/app/(app)/inquiries/actions";
import { errorProps, Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Button, buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input, Select, Textarea } from "@/components/ui/input";
import { initialResult } from "@/lib/actions/result";
import { BODY_MAX, channels, customerTypes, priorities, SUBJECT_MAX } from "@/lib/inquiries/rules";
import { CustomerPicker, type CustomerOption } from "./customer-picker";
import { TagBadge } from "./tag-badge";

type TagOption = { id: string; name: string; color: string };

/** Field name in the action's errors → the id of the control to focus. */
const controlFor: Record<string, string> = { customerId: "customer" };

/**
 * The "log an inquiry" form. Submitted with onSubmit + the action (not <form action>) so a
 * failed submit never resets what was typed; on success the action redirects to the inquiry.
 */
export function NewInquiryForm({ tags, initialCustomer }: { tags: TagOption[]; initialCustomer: CustomerOption | null }) {
  const t = useTranslations("inquiries.new");
  const tc = useTranslations("common");
  const [state, dispatch, pending] = useActionState(createInquiryAction, initialResult);
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [customer, setCustomer] = useState<CustomerOption | null>(initialCustomer);
  const [customerType, setCustomerType] = useState(initialCustomer?.type ?? "");
  const [newPrefill, setNewPrefill] = useState<{ name?: string; email?: string; phone?: string }>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors = (!state.ok && state.fieldErrors) || {};

  useEffect(() => {
    const first = Object.keys(errors)[0];
    if (!first) return;
    const control = formRef.current?.querySelector<HTMLElement>(`#${controlFor[first] ?? first}`);
    control?.focus();
  }, [state]); // eslint-disable-line react-hooks/exhaustive-deps -- focus once per result

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  function pick(next: CustomerOption | null) {
    setCustomer(next);
    // The type defaults to who the customer is now; the agent may still change it below.
    if (next) setCustomerType(next.type);
  }

  function createNew(typed: string) {
    const prefill = typed.includes("@") ? { email: typed } : /^[\d\s+()-]{3,}$/.test(typed) ? { phone: typed } : { name: typed };
    setNewPrefill(prefill);
    setMode("new");
    setCustomer(null);
    setCustomerType("");
  }

  const typeDiffers = mode === "existing" && !!customer && !!customerType && customerType !== customer.type;
  const typeHint =
    mode === "new"
      ? t("typeHintNew")
      : typeDiffers
        ? t("typeDiffers", { type: tc(`customerType.${customer!.type}` as never) })
        : t("typeHintExisting");

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="customerMode" value={mode} />
      <input type="hidden" name="customerId" value={mode === "existing" ? customer?.id ?? "" : ""} />

      {mode === "existing" ? (
        <Field id="customer" label={t("customer")} errors={errors.customerId}>
          <CustomerPicker inputId="customer" selected={customer} onSelect={pick} errors={errors.customerId} onCreateNew={createNew} />
        </Field>
      ) : (
        <fieldset className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200" aria-labelledby="customer-legend">
          <div className="flex items-center justify-between gap-3">
            <legend id="customer-legend" className="text-sm font-medium text-slate-800">
              {t("customer")} <span className="font-normal text-slate-500">· {t("newCustomerTitle")}</span>
            </legend>
            <button type="button" onClick={() => setMode("existing")} className="text-xs font-medium text-indigo-600 hover:text-indigo-500">
              {t("pickExisting")}
            </button>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="newCustomerName" label={t("newCustomerName")} errors={errors.newCustomerName}>
              <Input id="newCustomerName" name="newCustomerName" defaultValue={newPrefill.name} maxLength={200} autoFocus
                autoComplete="off" required {...errorProps("newCustomerName", errors.newCustomerName)} />
            </Field>
            <Field id="newCustomerEmail" label={<>{t("newCustomerEmail")} <Optional /></>} errors={errors.newCustomerEmail}>
              <Input id="newCustomerEmail" name="newCustomerEmail" type="email" defaultValue={newPrefill.email} autoComplete="off"
                {...errorProps("newCustomerEmail", errors.newCustomerEmail)} />
            </Field>
            <Field id="newCustomerPhone" label={<>{t("newCustomerPhone")} <Optional /></>} errors={errors.newCustomerPhone}>
              <Input id="newCustomerPhone" name="newCustomerPhone" type="tel" defaultValue={newPrefill.phone} autoComplete="off"
                {...errorProps("newCustomerPhone", errors.newCustomerPhone)} />
            </Field>
            <Field id="newCustomerCompany" label={<>{t("newCustomerCompany")} <Optional /></>} errors={errors.newCustomerCompany}>
              <Input id="newCustomerCompany" name="newCustomerCompany" autoComplete="off"
                {...errorProps("newCustomerCompany", errors.newCustomerCompany)} />
            </Field>
          </div>
        </fieldset>
      )}

      <Field id="customerType" label={t("customerType")} errors={errors.customerType}>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
          <Select id="customerType" name="customerType" value={customerType} onChange={(e) => setCustomerType(e.target.value)}
            className="sm:w-64 sm:shrink-0" aria-describedby={errors.customerType?.length ? "customerType-error" : "customerType-hint"}
            aria-invalid={errors.customerType?.length ? true : undefined}>
            <option value="">{mode === "new" ? t("typeChoose") : t("typeFromCustomer")}</option>
            {customerTypes.map((type) => <option key={type} value={type}>{tc(`customerType.${type}`)}</option>)}
          </Select>
          <p id="customerType-hint" className={cx("text-xs", typeDiffers ? "text-amber-700" : "text-slate-500")}>{typeHint}</p>
        </div>
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="channel" label={t("channel")} errors={errors.channel}>
          <Select id="channel" name="channel" defaultValue="" required {...errorProps("channel", errors.channel)}>
            <option value="" disabled>{t("channelChoose")}</option>
            {channels.map((c) => <option key={c} value={c}>{tc(`channel.${c}`)}</option>)}
          </Select>
        </Field>
        <Field id="priority" label={t("priority")} errors={errors.priority}>
          <Select id="priority" name="priority" defaultValue="NORMAL" {...errorProps("priority", errors.priority)}>
            {priorities.map((p) => <option key={p} value={p}>{tc(`priority.${p}`)}</option>)}
          </Select>
        </Field>
      </div>

      <Field id="subject" label={t("subject")} errors={errors.subject}>
        <Input id="subject" name="subject" maxLength={SUBJECT_MAX} required autoComplete="off" {...errorProps("subject", errors.subject)} />
      </Field>

      <Field id="body" label={t("message")} errors={errors.body} hint={t("messageHint")}>
        <Textarea id="body" name="body" rows={8} maxLength={BODY_MAX} required {...errorProps("body", errors.body)} />
      </Field>

      <fieldset aria-labelledby="tags-legend" aria-describedby={errors.tagIds?.length ? "tagIds-error" : undefined} className="space-y-2">
        <legend id="tags-legend" className="text-sm font-medium text-slate-800">{t("tags")}</legend>
        {tags.length ? (
          <div className="flex flex-wrap gap-2">
            {tags.map((tag) => (
              <label key={tag.id}
                className="inline-flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm ring-1 ring-slate-200 hover:bg-slate-50 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-300 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500">
                <input type="checkbox" name="tagIds" value={tag.id} className="size-4 rounded border-slate-300 text-indigo-600 accent-indigo-600" />
                <TagBadge name={tag.name} color={tag.color} />
              </label>
            ))}
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("noTags")}</p>
        )}
        {errors.tagIds?.length ? <p id="tagIds-error" role="alert" className="text-xs text-rose-600">{errors.tagIds.join(" ")}</p> : null}
      </fieldset>

      <FormMessage state={state} />

      <div className="flex items-center justify-end gap-3 border-t border-slate-100 pt-4">
        <Link href="/inquiries" className={buttonClass("ghost")}>{t("cancel")}</Link>
        <Button type="submit" disabled={pending} aria-disabled={pending}>{pending ? t("submitting") : t("submit")}</Button>
      </div>
    </form>
  );
}

function Optional() {
  const t = useTranslations("inquiries.new");
  return <span className="font-normal text-slate-400">({t("optional")})</span>;
}
