"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { editProblemAction } from "@/app/(app)/board/actions";
import { Field, errorProps } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { useInquiryForm } from "@/components/inquiries/use-inquiry-form";
import { PROBLEM_DESCRIPTION_MAX, PROBLEM_TITLE_MAX } from "@/lib/board/schema";
import { BoardFeedback } from "./action-feedback";

/** The description card; board managers can edit the title and description in place. */
export function DescriptionCard({ problem, canEdit }: {
  problem: { id: string; title: string; description: string; version: number };
  canEdit: boolean;
}) {
  const t = useTranslations("board.detail");
  const te = useTranslations("board.edit");
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="problem-description" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <header className="mb-2 flex items-center justify-between gap-2">
        <h2 id="problem-description" className="text-sm font-semibold text-slate-900">{t("description")}</h2>
        {canEdit && !editing && <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>{te("open")}</Button>}
      </header>
      {editing ? (
        <EditForm problem={problem} onDone={() => setEditing(false)} />
      ) : problem.description ? (
        <p className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-900">{problem.description}</p>
      ) : (
        <p className="text-sm text-slate-500">{t("noDescription")}</p>
      )}
    </section>
  );
}

function EditForm({ problem, onDone }: { problem: { id: string; title: string; description: string; version: number }; onDone: () => void }) {
  const t = useTranslations("board.edit");
  const { state, pending, onSubmit } = useInquiryForm(editProblemAction);
  const id = useId();
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  const errors = (field: string) => (!state.ok ? state.fieldErrors?.[field] : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="problemId" value={problem.id} />
      <input type="hidden" name="expectedVersion" value={problem.version} />
      <Field id={`${id}-title`} label={t("title")} errors={errors("title")}>
        <Input id={`${id}-title`} name="title" required maxLength={PROBLEM_TITLE_MAX} defaultValue={problem.title} {...errorProps(`${id}-title`, errors("title"))} />
      </Field>
      <Field id={`${id}-description`} label={t("description")} errors={errors("description")}>
        <Textarea id={`${id}-description`} name="description" rows={5} maxLength={PROBLEM_DESCRIPTION_MAX} defaultValue={problem.description}
          {...errorProps(`${id}-description`, errors("description"))} />
      </Field>
      <BoardFeedback state={state} fieldsShown={["title", "description"]} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button>
        <Button type="submit" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
      </div>
    </form>
  );
}
