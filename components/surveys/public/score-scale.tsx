"use client";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";

export type ScoreName = "csat" | "ces" | "pulse";

/**
 * One question on a 1…max scale: native radios (one tap picks a score; arrow keys move within
 * the group; the fieldset's legend is the question) drawn as a row of big buttons, with the
 * meaning of both ends written under them. `required` lets a browser without JavaScript refuse
 * an empty answer by itself.
 */
export function ScoreScale({ name, question, max, lowLabel, highLabel, value, onChange, error, hydrated }: {
  name: ScoreName;
  question: string;
  max: number;
  lowLabel: string;
  highLabel: string;
  value: number | null;
  onChange: (score: number) => void;
  error?: string;
  hydrated: boolean;
}) {
  const t = useTranslations("surveyPublic");
  const errorId = `survey-${name}-error`;
  const scores = Array.from({ length: max }, (_, i) => i + 1);
  return (
    <fieldset aria-describedby={error ? errorId : undefined} data-testid={`scale-${name}`}>
      <legend className="text-lg font-semibold leading-snug text-slate-900">{question}</legend>
      <div className="mt-4 grid gap-1 sm:gap-2" style={{ gridTemplateColumns: `repeat(${max}, minmax(0, 1fr))` }}>
        {scores.map((score) => {
          const end = score === 1 ? lowLabel : score === max ? highLabel : null;
          return (
            <label key={score} className="relative block">
              <input
                type="radio"
                name={name}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                required={!hydrated}
                aria-label={end ? t("scoreNameEnd", { score, max, label: end }) : t("scoreName", { score, max })}
                className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer appearance-none opacity-0"
              />
              <span
                aria-hidden
                className={cx(
                  "flex h-12 cursor-pointer select-none items-center justify-center rounded-lg text-lg font-semibold tabular-nums shadow-sm ring-1 ring-inset transition-colors sm:h-14",
                  "bg-white text-slate-800 ring-slate-300 hover:bg-indigo-50 hover:ring-indigo-300",
                  "peer-checked:bg-indigo-600 peer-checked:text-white peer-checked:ring-indigo-600",
                  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-500",
                  error && "ring-rose-300",
                )}
              >
                {score}
              </span>
            </label>
          );
        })}
      </div>
      <div aria-hidden className="mt-2 flex justify-between gap-4 text-xs font-medium text-slate-500">
        <span>{lowLabel}</span>
        <span className="text-right">{highLabel}</span>
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-2 text-sm text-rose-600">{error}</p>
      )}
    </fieldset>
  );
}
