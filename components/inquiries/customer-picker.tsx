"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { CustomerTypeBadge } from "@/components/customers/customer-type-badge";
import { errorProps } from "@/components/forms/field";
import { cx } from "@/components/ui/cx";
import { Input } from "@/components/ui/input";

export type CustomerOption = { id: string; name: string; email: string | null; phone: string | null; company: string | null; type: string };

const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;

/**
 * "Customer" combobox (ARIA 1.2 pattern): searches GET /api/customers/search as you type
 * (debounced, stale responses dropped), ↑/↓ move, Enter picks, Escape closes.
 */
export function CustomerPicker({ inputId, selected, onSelect, errors, onCreateNew }: {
  inputId: string;
  selected: CustomerOption | null;
  onSelect: (customer: CustomerOption | null) => void;
  errors?: string[];
  /** Switch to "create new customer", prefilled with what was typed. */
  onCreateNew: (typed: string) => void;
}) {
  const t = useTranslations("inquiries.new");
  const listId = useId();
  const [query, setQuery] = useState(selected?.name ?? "");
  const [results, setResults] = useState<CustomerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const requestRef = useRef<AbortController | null>(null);

  const trimmed = query.trim();
  const searching = !selected && trimmed.length >= MIN_QUERY;

  useEffect(() => {
    if (!searching) return;
    const timer = setTimeout(async () => {
      requestRef.current?.abort();
      const controller = new AbortController();
      requestRef.current = controller;
      setStatus("loading");
      try {
        const res = await fetch(`/api/customers/search?q=${encodeURIComponent(trimmed)}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const found = (await res.json()) as CustomerOption[];
        setResults(found);
        setActive(found.length ? 0 : -1);
        setStatus("done");
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        setResults([]);
        setStatus("failed");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searching, trimmed]);

  useEffect(() => () => requestRef.current?.abort(), []);

  function choose(customer: CustomerOption) {
    onSelect(customer);
    setQuery(customer.name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) { setOpen(true); return; }
      if (!results.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === "Enter") {
      // Enter picks from the list; it must not submit the form half-filled.
      if (open && active >= 0 && results[active]) {
        event.preventDefault();
        choose(results[active]);
      } else if (!selected) {
        event.preventDefault();
      }
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const showPopup = open && searching && status !== "idle";
  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <div className="space-y-2">
      <div className="relative">
        <Input
          id={inputId}
          role="combobox"
          aria-expanded={showPopup && results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder={t("customerPlaceholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            if (selected) onSelect(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          {...errorProps(inputId, errors)}
        />
        {showPopup && (
          <div className="absolute z-20 mt-1 w-full overflow-hidden rounded-md bg-white shadow-lg ring-1 ring-slate-200">
            {results.length > 0 ? (
              <ul id={listId} role="listbox" aria-label={t("matches")} className="max-h-72 overflow-auto py-1">
                {results.map((c, i) => (
                  <li
                    key={c.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    // Keep focus in the input so the list does not close before the click lands.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(c)}
                    onMouseEnter={() => setActive(i)}
                    className={cx("flex cursor-pointer items-center justify-between gap-3 px-3 py-2 text-sm", i === active && "bg-indigo-50")}
                  >
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-slate-900">{c.name}</span>
                      <span className="block truncate text-xs text-slate-500">
                        {[c.email, c.phone, c.company].filter(Boolean).join(" · ")}
                      </span>
                    </span>
                    <CustomerTypeBadge type={c.type} />
                  </li>
                ))}
              </ul>
            ) : (
              <div className="px-3 py-2 text-sm text-slate-600">
                {status === "loading" ? t("searching") : status === "failed" ? t("searchFailed") : t("noMatches", { query: trimmed })}
                {status === "done" && (
                  <button
                    type="button"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => onCreateNew(trimmed)}
                    className="ml-2 font-medium text-indigo-600 hover:text-indigo-500"
                  >
                    {t("createNew")}
                  </button>
                )}
              </div>
            )}
          </div>
        )}
        <p aria-live="polite" className="sr-only">
          {searching && status === "done" ? t("resultsCount", { count: results.length }) : ""}
        </p>
      </div>
      {selected ? (
        <div className="flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-slate-200" aria-label={t("selected")} role="group">
          <span className="min-w-0">
            <span className="block truncate font-medium text-slate-900">{selected.name}</span>
            <span className="block truncate text-xs text-slate-500">
              {[selected.email, selected.phone, selected.company].filter(Boolean).join(" · ") || "—"}
            </span>
          </span>
          <span className="flex items-center gap-2 text-xs text-slate-500">
            {t("currentType")} <CustomerTypeBadge type={selected.type} />
          </span>
        </div>
      ) : (
        <p className="text-xs text-slate-500">
          {t("customerHint")}{" "}
          <button type="button" onClick={() => onCreateNew(trimmed)} className="font-medium text-indigo-600 hover:text-indigo-500">
            {t("createNew")}
          </button>
        </p>
      )}
    </div>
  );
}
