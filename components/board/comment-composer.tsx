"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { addProblemCommentAction } from "@/app/(app)/board/actions";
import { Field, errorProps } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { useInquiryForm } from "@/components/inquiries/use-inquiry-form";
import { COMMENT_MAX } from "@/lib/board/schema";
import { BoardFeedback } from "./action-feedback";

/** A comment in the problem's discussion (CS ⇄ product). Cleared once posted. */
export function CommentComposer({ problemId }: { problemId: string }) {
  const t = useTranslations("board.activity");
  const { state, pending, formRef, onSubmit } = useInquiryForm(addProblemCommentAction, { resetOnSuccess: true });
  const id = useId();
  const errors = !state.ok ? state.fieldErrors?.body : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="problemId" value={problemId} />
      <Field id={`${id}-body`} label={t("commentLabel")} errors={errors}>
        <Textarea id={`${id}-body`} name="body" required maxLength={COMMENT_MAX} rows={3} placeholder={t("commentPlaceholder")}
          {...errorProps(`${id}-body`, errors)} />
      </Field>
      <BoardFeedback state={state} fieldsShown={["body"]} />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>{pending ? t("posting") : t("post")}</Button>
      </div>
    </form>
  );
}
