"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  assignInquiryAction, changeInquiryCustomerTypeAction, changeInquiryStatusAction, setInquiryPriorityAction, setInquiryTagsAction,
} from "@/app/(app)/inquiries/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { customerTypes, priorities, type InquiryStatus } from "@/lib/inquiries/rules";
import { ActionFeedback, VersionFields } from "./action-feedback";
import { TagBadge } from "./tag-badge";
import { useInquiryForm } from "./use-inquiry-form";

type Base = { inquiryId: string; version: number };

function Section({ title, titleId, children }: { title: string; titleId: string; children: ReactNode }) {
  return (
    <section aria-labelledby={titleId} className="space-y-2">
      <h3 id={titleId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** The label of the move to `to` from `from` (Reopen vs Mark open depends on where it comes from). */
function statusActionKey(from: InquiryStatus, to: InquiryStatus) {
  if (to === "RESOLVED") return "resolve";
  if (to === "PENDING") return "markPending";
  if (to === "CLOSED") return "close";
  return from === "RESOLVED" || from === "CLOSED" ? "reopen" : "markOpen";
}

/** Buttons for the allowed status moves only (rules.ts decides which). */
export function StatusActions({ inquiryId, version, status, allowed }: Base & { status: InquiryStatus; allowed: readonly InquiryStatus[] }) {
  const t = useTranslations("inquiries.controls");
  const { state, pending, onSubmit } = useInquiryForm(changeInquiryStatusAction);
  return (
    <Section title={t("statusActions")} titleId="status-actions">
      <form onSubmit={onSubmit} className="space-y-2">
        <VersionFields inquiryId={inquiryId} version={version} />
        {allowed.length ? (
          <div className="flex flex-wrap gap-2">
            {allowed.map((to) => (
              <Button key={to} type="submit" name="status" value={to} size="sm" disabled={pending}
                variant={to === "RESOLVED" ? "primary" : "secondary"}>
                {t(statusActionKey(status, to))}
              </Button>
            ))}
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("noStatusActions")}</p>
        )}
        <ActionFeedback state={state} inquiryId={inquiryId} />
      </form>
    </Section>
  );
}

/** One select + Save (explicit, so keyboard users can browse options without saving each). */
function SelectControl({ inquiryId, version, name, label, id, value, options, action, hint }: Base & {
  name: string;
  label: string;
  id: string;
  value: string;
  options: { value: string; label: string }[];
  action: Parameters<typeof useInquiryForm>[0];
  hint?: string;
}) {
  const t = useTranslations("inquiries.controls");
  const { state, pending, onSubmit } = useInquiryForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-1.5">
      <VersionFields inquiryId={inquiryId} version={version} />
      <label htmlFor={id} className="block text-xs font-semibold tracking-wide text-slate-500 uppercase">{label}</label>
      <div className="flex gap-2">
        {/* Keyed by the saved value so a refreshed page shows the current one. */}
        <Select key={`${value}:${version}`} id={id} name={name} defaultValue={value} aria-describedby={hint ? `${id}-hint` : undefined}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </Select>
        <Button type="submit" variant="secondary" className="shrink-0 whitespace-nowrap" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
      </div>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>}
      <ActionFeedback state={state} inquiryId={inquiryId} />
    </form>
  );
}

export function AssignControl({ assigneeId, staff, ...base }: Base & { assigneeId: string | null; staff: { id: string; name: string }[] }) {
  const t = useTranslations("inquiries.controls");
  return (
    <SelectControl {...base} id="assigneeId" name="assigneeId" label={t("assignTo")} value={assigneeId ?? ""} action={assignInquiryAction}
      options={[{ value: "", label: t("unassigned") }, ...staff.map((s) => ({ value: s.id, label: s.name }))]} />
  );
}

export function PriorityControl({ priority, ...base }: Base & { priority: string }) {
  const t = useTranslations("inquiries.controls");
  const tc = useTranslations("common.priority");
  return (
    <SelectControl {...base} id="priority" name="priority" label={t("priority")} value={priority} action={setInquiryPriorityAction}
      options={priorities.map((p) => ({ value: p, label: tc(p) }))} />
  );
}

export function CustomerTypeControl({ customerType, ...base }: Base & { customerType: string }) {
  const t = useTranslations("inquiries.controls");
  const tc = useTranslations("common.customerType");
  return (
    <SelectControl {...base} id="customerType" name="customerType" label={t("customerType")} value={customerType}
      action={changeInquiryCustomerTypeAction} hint={t("customerTypeHint")}
      options={customerTypes.map((c) => ({ value: c, label: tc(c) }))} />
  );
}

/** Checkboxes of the non-archived tags (plus any archived tag still on the inquiry). */
export function TagsControl({ inquiryId, version, selected, options }: Base & {
  selected: { id: string; name: string; color: string }[];
  options: { id: string; name: string; color: string }[];
}) {
  const t = useTranslations("inquiries.controls");
  const { state, pending, onSubmit } = useInquiryForm(setInquiryTagsAction);
  const selectedIds = new Set(selected.map((s) => s.id));
  const all = [...options, ...selected.filter((s) => !options.some((o) => o.id === s.id))];
  return (
    <Section title={t("tags")} titleId="tags-control">
      <form onSubmit={onSubmit} className="space-y-2" key={version}>
        <VersionFields inquiryId={inquiryId} version={version} />
        <fieldset aria-labelledby="tags-control" className="flex flex-wrap gap-1.5">
          {all.map((tag) => (
            <label key={tag.id}
              className="inline-flex cursor-pointer items-center gap-1.5 rounded-md px-1.5 py-1 ring-1 ring-slate-200 hover:bg-slate-50 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-300 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500">
              <input type="checkbox" name="tagIds" value={tag.id} defaultChecked={selectedIds.has(tag.id)} className="size-3.5 accent-indigo-600" />
              <TagBadge name={tag.name} color={tag.color} />
            </label>
          ))}
        </fieldset>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>{pending ? t("saving") : t("saveTags")}</Button>
        <ActionFeedback state={state} inquiryId={inquiryId} />
      </form>
    </Section>
  );
}
