"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { createProblemAction, linkInquiriesAction } from "@/app/(app)/board/actions";
import { Field, errorProps } from "@/components/forms/field";
import { Button, buttonClass } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input, Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { LinkProblemPicker } from "./link-problem-picker";
import { SuggestionSummary } from "./problem-suggestion";
import { PushModal } from "./push-modal";
import { MIN_SUGGEST_QUERY, useProblemSuggestions, type ProblemSuggestion } from "./use-problem-suggestions";

export type PushTarget = {
  /** The inquiries to push: one from the inquiry page, several from the queue. */
  inquiryIds: string[];
  /** Shown in the dialog header when a single inquiry is pushed. */
  single?: { number: number; subject: string };
  /** Words to start the "link" search with (e.g. the inquiry's subject). */
  seedQuery?: string;
  /** Moving an already linked inquiry: its current problem (left out of the suggestions). */
  current?: { id: string; number: number; title: string };
};

type Mode = "link" | "create";
type Done = { mode: Mode; problemId: string; number: number; count: number };

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 5000;

/**
 * Push to fix board: link the inquiries to an existing problem, or create a new problem with
 * them as evidence. While a title is typed, similar problems are suggested so the agent links
 * instead of creating a duplicate.
 */
export function PushDialog({ open, onClose, target, onDone }: {
  open: boolean;
  onClose: () => void;
  target: PushTarget;
  /** After a successful push (the page data is refreshed too). */
  onDone?: () => void;
}) {
  const t = useTranslations("push.dialog");
  const count = target.inquiryIds.length;
  const description = target.current
    ? t("currentlyLinked", { number: target.current.number, title: target.current.title })
    : target.single
      ? t("subjectOne", { number: target.single.number, subject: target.single.subject })
      : t("selectedCount", { count });
  return (
    <PushModal open={open} onClose={onClose} size="lg" title={target.current ? t("moveTitle") : t("title")} description={description}>
      <PushForm target={target} onClose={onClose} onDone={onDone} />
    </PushModal>
  );
}

function PushForm({ target, onClose, onDone }: { target: PushTarget; onClose: () => void; onDone?: () => void }) {
  const t = useTranslations("push");
  const router = useRouter();
  const formId = useId();
  const [mode, setMode] = useState<Mode>("link");
  const [query, setQuery] = useState(target.seedQuery ?? "");
  const [selected, setSelected] = useState<ProblemSuggestion | null>(null);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [pending, startTransition] = useTransition();
  const count = target.inquiryIds.length;

  // The control that had focus can disappear (the "Link instead" row, the submit button after a
  // success): put focus somewhere useful rather than on <body>.
  const submitRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const [focusSubmit, setFocusSubmit] = useState(false);
  useEffect(() => {
    if (focusSubmit && mode === "link") {
      submitRef.current?.focus();
      setFocusSubmit(false);
    }
  }, [focusSubmit, mode]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function linkInstead(problem: ProblemSuggestion) {
    setSelected(problem);
    setQuery(problem.title);
    setResult(null);
    setMode("link");
    setFocusSubmit(true);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (mode === "link" && !selected) {
      setResult({ ok: false, formError: t("link.pickOne") });
      return;
    }
    startTransition(async () => {
      const res =
        mode === "link"
          ? await linkInquiriesAction(null, { problemId: selected!.id, inquiryIds: target.inquiryIds })
          : await createProblemAction(null, { title, description, inquiryIds: target.inquiryIds });
      setResult(res);
      if (!res.ok) return;
      const problem = mode === "link" ? { id: selected!.id, number: selected!.number } : createdProblem(res.data);
      setDone({ mode, problemId: problem.id, number: problem.number, count });
      router.refresh();
      onDone?.();
    });
  }

  if (done) {
    const key = `${done.mode === "link" ? "linked" : "created"}${done.count === 1 ? "One" : "Many"}` as const;
    return (
      <div className="space-y-5">
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2.5 text-sm text-emerald-800 ring-1 ring-emerald-200">
          {t(`done.${key}`, { number: done.number, count: done.count })}
        </p>
        <div className="flex justify-end gap-2">
          <Link href={`/board/${done.problemId}`} className={buttonClass("secondary")}>{t("done.open")}</Link>
          <button ref={doneRef} type="button" onClick={onClose} className={buttonClass()}>{t("done.close")}</button>
        </div>
      </div>
    );
  }

  const fieldErrors = !result || result.ok ? {} : result.fieldErrors ?? {};
  // Errors on fields with no input here (ids) read as one form-level message.
  const otherErrors = Object.entries(fieldErrors).filter(([k]) => k !== "title" && k !== "description").flatMap(([, v]) => v);
  const formErrors = [!result || result.ok ? undefined : result.formError, ...otherErrors].filter(Boolean);

  return (
    <form id={formId} onSubmit={onSubmit} className="space-y-5" noValidate>
      <fieldset>
        <legend className="sr-only">{t("dialog.mode")}</legend>
        <div className="grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1">
          {(["link", "create"] as const).map((m) => (
            <label
              key={m}
              className={cx(
                "relative cursor-pointer rounded-md px-3 py-1.5 text-center text-sm font-medium transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500",
                mode === m ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900",
              )}
            >
              <input
                type="radio"
                name="mode"
                value={m}
                checked={mode === m}
                onChange={() => { setMode(m); setResult(null); }}
                // Invisible but covering the segment: a click lands on the radio itself.
                className="absolute inset-0 cursor-pointer opacity-0"
              />
              {m === "link" ? t("dialog.modeLink") : t("dialog.modeCreate")}
            </label>
          ))}
        </div>
      </fieldset>

      {mode === "link" ? (
        <LinkProblemPicker
          query={query}
          onQueryChange={setQuery}
          selected={selected}
          onSelect={(p) => { setSelected(p); setResult(null); }}
          exclude={target.current?.id}
          onCreateInstead={(typed) => { setTitle((v) => v || typed); setMode("create"); setResult(null); }}
        />
      ) : (
        <CreateFields
          title={title}
          onTitleChange={setTitle}
          description={description}
          onDescriptionChange={setDescription}
          errors={fieldErrors}
          count={count}
          exclude={target.current?.id}
          onLinkInstead={linkInstead}
        />
      )}

      {formErrors.length > 0 && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200">{formErrors.join(" ")}</p>
      )}

      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-100 pt-4">
        <Button variant="secondary" onClick={onClose}>{t("dialog.cancel")}</Button>
        {mode === "link" ? (
          // A plain <button> styled like Button: it needs a ref (focus after "Link instead").
          <button ref={submitRef} type="submit" disabled={pending} aria-disabled={!selected || undefined} className={cx(buttonClass(), "disabled:cursor-not-allowed disabled:bg-indigo-300")}>
            {pending
              ? t("link.submitting")
              : selected
                ? count === 1
                  ? t("link.submitOne", { number: selected.number })
                  : t("link.submitMany", { number: selected.number, count })
                : t("link.submitNone")}
          </button>
        ) : (
          <Button type="submit" disabled={pending}>{pending ? t("create.submitting") : t("create.submit")}</Button>
        )}
      </div>
    </form>
  );
}

/** The new problem's id and number from createProblemAction's data ({ problemId, number }). */
function createdProblem(data: unknown): { id: string; number: number } {
  const d = (data ?? {}) as { problemId?: unknown; number?: unknown };
  return { id: String(d.problemId ?? ""), number: Number(d.number ?? 0) };
}

function CreateFields({ title, onTitleChange, description, onDescriptionChange, errors, count, exclude, onLinkInstead }: {
  title: string;
  onTitleChange: (v: string) => void;
  description: string;
  onDescriptionChange: (v: string) => void;
  errors: Record<string, string[]>;
  count: number;
  exclude?: string;
  onLinkInstead: (problem: ProblemSuggestion) => void;
}) {
  const t = useTranslations("push.create");
  const titleId = useId();
  const descriptionId = useId();
  const similarId = useId();
  const { items, status } = useProblemSuggestions(title, { exclude });
  const typed = title.trim().length >= MIN_SUGGEST_QUERY;
  return (
    <div className="space-y-4">
      <Field id={titleId} label={t("titleLabel")} errors={errors.title}>
        <Input
          id={titleId}
          name="title"
          required
          data-autofocus
          maxLength={TITLE_MAX}
          autoComplete="off"
          placeholder={t("titlePlaceholder")}
          value={title}
          onChange={(e) => onTitleChange(e.target.value)}
          aria-describedby={errors.title?.length ? `${titleId}-error` : similarId}
          aria-invalid={errors.title?.length ? true : undefined}
        />
      </Field>

      <p aria-live="polite" className="sr-only">{typed && status === "done" ? t("similarCount", { count: items.length }) : ""}</p>
      <section id={similarId} aria-labelledby={`${similarId}-h`} className={cx(!typed && "hidden")}>
        <div className={cx("rounded-lg p-3 ring-1", items.length ? "bg-amber-50/60 ring-amber-200/70" : "bg-slate-50 ring-slate-200")}>
          <h3 id={`${similarId}-h`} className="text-sm font-semibold text-slate-900">{t("similarTitle")}</h3>
          {items.length > 0 ? (
            <>
              <p className="mt-0.5 text-xs text-slate-600">{t("similarHint")}</p>
              <ul className="mt-2 space-y-1.5">
                {items.map((problem) => (
                  <li key={problem.id} className="flex items-start justify-between gap-3 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-200">
                    <SuggestionSummary problem={problem} />
                    <Button size="sm" variant="secondary" className="shrink-0" onClick={() => onLinkInstead(problem)}
                      aria-label={`${t("linkInstead", { number: problem.number })}`}>
                      {t("linkInsteadShort")}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-0.5 text-xs text-slate-600">{status === "done" ? t("similarNone") : status === "failed" ? t("similarFailed") : t("similarSearching")}</p>
          )}
        </div>
      </section>

      <Field
        id={descriptionId}
        label={<>{t("descriptionLabel")} <span className="font-normal text-slate-500">({t("descriptionOptional")})</span></>}
        errors={errors.description}
      >
        <Textarea
          id={descriptionId}
          name="description"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          placeholder={t("descriptionPlaceholder")}
          value={description}
          onChange={(e) => onDescriptionChange(e.target.value)}
          {...errorProps(descriptionId, errors.description)}
        />
      </Field>

      <p className="flex gap-2 rounded-md bg-slate-50 px-3 py-2 text-xs leading-5 text-slate-600 ring-1 ring-slate-200">
        <svg aria-hidden viewBox="0 0 16 16" className="mt-0.5 size-3.5 shrink-0 fill-slate-400">
          <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.75h1.5v1.5h-1.5v-1.5Zm0 3h1.5v4h-1.5v-4Z" />
        </svg>
        <span>{t("evidence", { count })}</span>
      </p>
    </div>
  );
}
