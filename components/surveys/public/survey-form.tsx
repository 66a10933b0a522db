"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { asksCes, asksCsat, asksPulse, CES_MAX, COMMENT_MAX, CSAT_MAX, isLowScore, PULSE_MAX, type SurveyForm as Form } from "@/lib/surveys/rules";
import { ScoreScale, type ScoreName } from "./score-scale";
import { SurveyNotice, type NoticeKind } from "./survey-notice";

type Scores = Record<ScoreName, number | null>;
export type SurveyFormInitial = Partial<Scores> & { comment?: string; error?: string };

/**
 * The public survey form. With JavaScript it posts JSON with fetch and keeps every score and the
 * comment on any error; without, the browser posts the same form to the same route, which sends
 * it back here (see app/api/s/[token]/route.ts).
 */
export function SurveyForm({ token, form, subject, question, initial = {} }: {
  token: string;
  form: Form;
  subject: string | null;
  question: string | null;
  initial?: SurveyFormInitial;
}) {
  const t = useTranslations("surveyPublic");
  const format = useFormatter();
  const asked: ScoreName[] = [
    ...(asksCsat(form) ? (["csat"] as const) : []),
    ...(asksCes(form) ? (["ces"] as const) : []),
    ...(asksPulse(form) ? (["pulse"] as const) : []),
  ];
  const [scores, setScores] = useState<Scores>({ csat: initial.csat ?? null, ces: initial.ces ?? null, pulse: initial.pulse ?? null });
  const [comment, setComment] = useState(initial.comment ?? "");
  const [missing, setMissing] = useState<ScoreName[]>([]);
  const [formError, setFormError] = useState<string | undefined>(initial.error);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<NoticeKind | null>(null);
  // Until hydration the browser validates by itself (no-JS posts); after it, this code does.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (outcome) noticeRef.current?.focus();
  }, [outcome]);

  const pick = (name: ScoreName, score: number) => {
    setScores((s) => ({ ...s, [name]: score }));
    setMissing((m) => m.filter((n) => n !== name));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const unanswered = asked.filter((name) => scores[name] === null);
    if (unanswered.length) {
      setMissing(unanswered);
      setFormError(undefined);
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${unanswered[0]}"]`)?.focus();
      return;
    }
    if (comment.length > COMMENT_MAX) {
      setFormError(t("errors.commentTooLong", { max: COMMENT_MAX }));
      return;
    }
    const answer = { ...Object.fromEntries(asked.map((name) => [name, scores[name]])), comment };
    setPending(true);
    setFormError(undefined);
    try {
      const res = await fetch(`/api/s/${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(answer),
      });
      const data = (await res.json().catch(() => null)) as { ok?: boolean; already?: boolean; message?: string } | null;
      if (res.ok && data?.ok) {
        setOutcome(data.already ? "answered" : isLowScore(answer) ? "thanksLow" : "thanks");
      } else if (res.status === 404) {
        setOutcome("invalid");
      } else if (res.status === 410) {
        setOutcome("expired");
      } else {
        setFormError(data?.message ?? t("errors.unexpected"));
        requestAnimationFrame(() => alertRef.current?.focus());
      }
    } catch {
      setFormError(t("errors.network"));
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setPending(false);
    }
  }

  if (outcome) return <SurveyNotice kind={outcome} headingRef={noticeRef} />;

  const scale = (name: ScoreName) => {
    const spec = {
      csat: { question: t("csat.question"), max: CSAT_MAX, low: t("csat.low"), high: t("csat.high") },
      ces: { question: t("ces.question"), max: CES_MAX, low: t("ces.low"), high: t("ces.high") },
      pulse: { question: question ?? "", max: PULSE_MAX, low: t("pulse.low"), high: t("pulse.high") },
    }[name];
    return (
      <ScoreScale
        key={name}
        name={name}
        question={spec.question}
        max={spec.max}
        lowLabel={spec.low}
        highLabel={spec.high}
        value={scores[name]}
        onChange={(score) => pick(name, score)}
        error={missing.includes(name) ? t("errors.missingScore") : undefined}
        hydrated={hydrated}
      />
    );
  };
  const over = comment.length - COMMENT_MAX;

  return (
    <>
      <h1 className="text-xs font-semibold uppercase tracking-wide text-indigo-600">{t("eyebrow")}</h1>
      {subject !== null ? (
        <div className="mt-3 rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
          <p className="text-xs text-slate-500">{t("about")}</p>
          <p className="break-words text-sm font-medium text-slate-900">{subject}</p>
        </div>
      ) : (
        <p className="mt-2 text-sm text-slate-500">{t("pulseAbout")}</p>
      )}
      <form
        ref={formRef}
        method="post"
        action={`/api/s/${encodeURIComponent(token)}`}
        onSubmit={onSubmit}
        noValidate={hydrated}
        className="mt-6 space-y-8"
      >
        {asked.map(scale)}
        <div className="space-y-1.5">
          <label htmlFor="survey-comment" className="block text-sm font-medium text-slate-800">
            {t("comment.label")} <span className="font-normal text-slate-500">({t("comment.optional")})</span>
          </label>
          <Textarea
            id="survey-comment"
            name="comment"
            rows={4}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            placeholder={t("comment.placeholder")}
            aria-describedby="survey-comment-count"
            aria-invalid={over > 0 ? true : undefined}
            className="text-base sm:text-sm"
          />
          <p id="survey-comment-count" className={`text-right text-xs tabular-nums ${over > 0 ? "text-rose-600" : "text-slate-500"}`}>
            {over > 0
              ? t("comment.counterOver", { count: format.number(comment.length), max: format.number(COMMENT_MAX), over })
              : t("comment.counter", { count: format.number(comment.length), max: format.number(COMMENT_MAX) })}
          </p>
        </div>
        {formError && (
          <p ref={alertRef} tabIndex={-1} role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200 focus:outline-none">
            {formError}
          </p>
        )}
        <div className="space-y-3">
          <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full py-3 text-base">
            {pending ? t("submitting") : t("submit")}
          </Button>
          <p className="text-center text-xs text-slate-500">{t("privacy")}</p>
        </div>
      </form>
    </>
  );
}
