"use client";
import { useTranslations } from "next-intl";
import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input } from "@/components/ui/input";
import { SuggestionSummary } from "./problem-suggestion";
import { MIN_SUGGEST_QUERY, useProblemSuggestions, type ProblemSuggestion } from "./use-problem-suggestions";

/**
 * "Link to an existing problem": a search box whose suggestions list stays open under it
 * (ARIA combobox with an inline listbox): ↑/↓ move, Enter picks, a click picks.
 */
export function LinkProblemPicker({ query, onQueryChange, selected, onSelect, exclude, onCreateInstead }: {
  query: string;
  onQueryChange: (query: string) => void;
  selected: ProblemSuggestion | null;
  onSelect: (problem: ProblemSuggestion) => void;
  exclude?: string;
  onCreateInstead: (typed: string) => void;
}) {
  const t = useTranslations("push.link");
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const { items, status, answeredFor } = useProblemSuggestions(query, { exclude });
  const [active, setActive] = useState(-1);
  // A new list starts with nothing active (the first ↓ goes to its first row).
  const [listFor, setListFor] = useState(answeredFor);
  if (listFor !== answeredFor) {
    setListFor(answeredFor);
    setActive(-1);
  }
  const optionId = (i: number) => `${listId}-o${i}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && items.length) {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : items.length - 1) : (i + step + items.length) % items.length));
    } else if (event.key === "Enter") {
      // Enter picks the active row; it never submits the form with nothing picked.
      if (active >= 0 && items[active]) {
        event.preventDefault();
        onSelect(items[active]);
      } else if (!selected) {
        event.preventDefault();
      }
    }
  }

  const trimmed = query.trim();
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{t("search")}</label>
      <Input
        id={inputId}
        // Not type="search": Chrome spends Escape on clearing it, and Escape should close the dialog.
        type="text"
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-activedescendant={active >= 0 && items[active] ? optionId(active) : undefined}
        autoComplete="off"
        data-autofocus
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="text-xs text-slate-500">{t("searchHint")}</p>
      <p aria-live="polite" className="sr-only">{status === "done" ? t("resultsCount", { count: items.length }) : ""}</p>

      <div className="min-h-24">
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          className={cx("max-h-72 divide-y divide-slate-100 overflow-auto rounded-md ring-1 ring-slate-200", !items.length && "hidden")}
        >
          {items.map((problem, i) => {
            const isSelected = selected?.id === problem.id;
            return (
              <li
                key={problem.id}
                id={optionId(i)}
                role="option"
                aria-selected={isSelected}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => { setActive(i); onSelect(problem); }}
                onMouseEnter={() => setActive(i)}
                className={cx(
                  "flex cursor-pointer items-start gap-3 px-3 py-2.5 text-sm",
                  i === active && "bg-slate-100",
                  isSelected && "bg-indigo-50 ring-1 ring-indigo-300 ring-inset",
                )}
              >
                <span aria-hidden className={cx("mt-0.5 grid size-4 shrink-0 place-items-center rounded-full ring-1", isSelected ? "bg-indigo-600 ring-indigo-600" : "ring-slate-300")}>
                  {isSelected && <span className="size-1.5 rounded-full bg-white" />}
                </span>
                <SuggestionSummary problem={problem} />
              </li>
            );
          })}
        </ul>
        {!items.length && trimmed.length >= MIN_SUGGEST_QUERY && (
          <div className="rounded-md bg-slate-50 px-3 py-3 text-sm text-slate-600">
            {status === "loading" || status === "idle" ? (
              t("searching")
            ) : status === "failed" ? (
              t("failed")
            ) : (
              <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
                <span>{t("none", { query: answeredFor })}</span>
                <Button size="sm" variant="secondary" onClick={() => onCreateInstead(trimmed)}>{t("createInstead")}</Button>
              </span>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
