"use client";
import { useTranslations } from "next-intl";
import { Field, errorProps } from "@/components/forms/field";
import { Select, Textarea } from "@/components/ui/input";
import { CHURN_REASON_MAX } from "@/lib/customers/rules";

/** Why the customer left: a category (counted on dashboards) and the reason in their words. */
export function ChurnFields({
  idPrefix,
  categories,
  errors,
  values,
}: {
  idPrefix: string;
  categories: { id: string; name: string }[];
  errors?: Record<string, string[]>;
  values?: Record<string, string>;
}) {
  const t = useTranslations("customers");
  const catId = `${idPrefix}-churn-category`;
  const reasonId = `${idPrefix}-churn-reason`;
  return (
    <div className="space-y-3 rounded-md bg-rose-50/60 p-3 ring-1 ring-rose-100">
      <p className="text-xs text-rose-800">{t("churn.hint")}</p>
      <Field id={catId} label={t("fields.churnReasonCategory")} errors={errors?.churnReasonCategoryId}>
        <Select id={catId} name="churnReasonCategoryId" defaultValue={values?.churnReasonCategoryId ?? ""} {...errorProps(catId, errors?.churnReasonCategoryId)}>
          <option value="">{t("churn.chooseCategory")}</option>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </Select>
      </Field>
      <Field id={reasonId} label={t("fields.churnReason")} errors={errors?.churnReason}>
        <Textarea
          id={reasonId}
          name="churnReason"
          rows={3}
          maxLength={CHURN_REASON_MAX}
          defaultValue={values?.churnReason ?? ""}
          placeholder={t("churn.reasonPlaceholder")}
          {...errorProps(reasonId, errors?.churnReason)}
        />
      </Field>
    </div>
  );
}
