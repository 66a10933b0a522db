"use client";
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Field, errorProps } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialResult } from "@/lib/actions/result";
import { tagColors, type TagColor } from "@/lib/admin/schema";
import { Modal } from "./modal";
import { failure, type FormAction } from "./types";

type Tag = { id: string; name: string; color: TagColor; noSurvey: boolean };

/** Create (no tag) or edit (tag given): name, Badge color, and whether it skips surveys (spam). */
export function TagDialog({ action, tag }: { action: FormAction; tag?: Tag }) {
  const t = useTranslations("admin.tags");
  const [open, setOpen] = useState(false);
  return (
    <>
      {tag ? (
        <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>{t("edit")}</Button>
      ) : (
        <Button onClick={() => setOpen(true)}>{t("add")}</Button>
      )}
      <Modal open={open} onClose={() => setOpen(false)} title={tag ? t("form.editTitle") : t("form.createTitle")}>
        <TagForm action={action} tag={tag} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function TagForm({ action, tag, onDone }: { action: FormAction; tag?: Tag; onDone: () => void }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common.actions");
  const [state, formAction] = useActionState(action, initialResult);
  const { fieldErrors: fe, values } = failure(state);
  const [name, setName] = useState(values?.name ?? tag?.name ?? "");
  const initialColor = ((values?.color ?? tag?.color) as TagColor | undefined) ?? "slate";
  const [color, setColor] = useState<TagColor>(initialColor);
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  const nameId = tag ? `tag-name-${tag.id}` : "tag-name";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {tag && <input type="hidden" name="tagId" value={tag.id} />}
      <Field id={nameId} label={t("tags.form.name")} errors={fe?.name}>
        <Input id={nameId} name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoComplete="off" autoFocus {...errorProps(nameId, fe?.name)} />
      </Field>
      {/* Uncontrolled radios keyed by the echoed color: React resets a form after its action,
          which would otherwise snap the radios back to their first default. */}
      <fieldset key={values?.color ?? "initial"}>
        <legend className="text-sm font-medium text-slate-800">{t("tags.form.color")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {tagColors.map((c) => (
            <label key={c} className="cursor-pointer rounded-md p-0.5 ring-2 ring-transparent has-[:checked]:ring-indigo-500 has-[:focus-visible]:ring-indigo-300">
              <input type="radio" name="color" value={c} defaultChecked={c === initialColor} onChange={() => setColor(c)} className="sr-only" />
              <Badge tone={c}>{t(`colors.${c}`)}</Badge>
            </label>
          ))}
        </div>
        {fe?.color && <p role="alert" className="mt-1 text-xs text-rose-600">{fe.color.join(" ")}</p>}
      </fieldset>
      {/* Keyed by the echo like the radios: a failed save keeps the box as it was submitted. */}
      <div key={`no-survey-${values ? values.noSurvey ?? "off" : "initial"}`} className="flex items-start gap-2.5">
        <input
          id={`${nameId}-no-survey`}
          type="checkbox"
          name="noSurvey"
          defaultChecked={values ? values.noSurvey === "on" : tag?.noSurvey ?? false}
          aria-describedby={`${nameId}-no-survey-hint`}
          className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600"
        />
        <div>
          <label htmlFor={`${nameId}-no-survey`} className="text-sm font-medium text-slate-800">{t("tags.form.noSurvey")}</label>
          <p id={`${nameId}-no-survey-hint`} className="text-xs text-slate-500">{t("tags.form.noSurveyHint")}</p>
        </div>
      </div>
      <p className="flex items-center gap-2 text-xs text-slate-500">
        {t("tags.form.preview")}
        <Badge tone={color}>{name.trim() || "…"}</Badge>
      </p>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onDone}>{tc("cancel")}</Button>
        <SubmitButton pendingLabel={t("tags.form.submitting")}>{tag ? t("tags.form.submitEdit") : t("tags.form.submitCreate")}</SubmitButton>
      </div>
    </form>
  );
}
