"use client";
import { useTranslations } from "next-intl";
import { createContext, use, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { PushDialog } from "./push-dialog";

type Row = { id: string; number: number; subject: string };

type Selection = {
  rows: Row[];
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
};

const SelectionContext = createContext<Selection | null>(null);

/**
 * Multi-select over one page of the queue, with a sticky "N selected — Push to fix board" bar.
 * The selection lives only on this page (a new page, filter or refresh starts empty).
 */
export function QueueSelection({ rows, children }: { rows: Row[]; children: ReactNode }) {
  const t = useTranslations("push.selection");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // What the open dialog pushes: fixed when it opens, so clearing the selection after a
  // successful push does not change the dialog's "N inquiries" under the user.
  const [pushing, setPushing] = useState<Row[] | null>(null);
  // The page's rows changed (next page, new filter): drop ids that are no longer shown.
  const ids = rows.map((r) => r.id).join(",");
  const [shownIds, setShownIds] = useState(ids);
  if (shownIds !== ids) {
    setShownIds(ids);
    setSelected((prev) => new Set([...prev].filter((id) => rows.some((r) => r.id === id))));
  }

  const value = useMemo<Selection>(() => ({
    rows,
    selected,
    toggle: (id, on) => setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    }),
    setAll: (on) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set()),
  }), [rows, selected]);

  // Keep page order, whatever order the boxes were ticked in.
  const chosen = rows.filter((r) => selected.has(r.id));
  const count = chosen.length;

  return (
    <SelectionContext value={value}>
      {children}
      {count > 0 && (
        <div role="region" aria-label={t("bar")} className="sticky bottom-4 z-30 mt-4 flex justify-center">
          <div className="flex items-center gap-3 rounded-lg bg-slate-900 py-2 pr-2 pl-4 text-sm text-white shadow-lg">
            <span aria-live="polite" className="font-medium tabular-nums" data-testid="selection-count">{t("count", { count })}</span>
            <span aria-hidden className="text-slate-500">—</span>
            <Button size="md" onClick={() => setPushing(chosen)}>{t("push")}</Button>
            <button
              type="button"
              onClick={() => setSelected(new Set())}
              className="rounded-md px-3 py-2 text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-indigo-400"
            >
              {t("clear")}
            </button>
          </div>
        </div>
      )}
      <PushDialog
        open={pushing !== null}
        onClose={() => setPushing(null)}
        target={{ inquiryIds: (pushing ?? []).map((r) => r.id), seedQuery: pushing?.[0]?.subject }}
        onDone={() => setSelected(new Set())}
      />
    </SelectionContext>
  );
}

function useSelection() {
  const selection = use(SelectionContext);
  if (!selection) throw new Error("QueueSelection is missing");
  return selection;
}

/** Above the row link's full-row ::after (z-10), so a click on the box ticks it. */
const cellLabel = "relative z-10 flex cursor-pointer items-center justify-center p-3";
const box = "size-4 cursor-pointer rounded accent-indigo-600";

export function SelectAllCheckbox() {
  const t = useTranslations("push.selection");
  const { rows, selected, setAll } = useSelection();
  const ref = useRef<HTMLInputElement>(null);
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const some = !all && rows.some((r) => selected.has(r.id));
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <label className={cellLabel}>
      <input ref={ref} type="checkbox" className={box} checked={all} onChange={(e) => setAll(e.target.checked)} aria-label={t("selectAll")} />
    </label>
  );
}

export function RowCheckbox({ id, number }: { id: string; number: number }) {
  const t = useTranslations("push.selection");
  const { selected, toggle } = useSelection();
  return (
    <label className={cellLabel}>
      <input
        type="checkbox"
        className={box}
        checked={selected.has(id)}
        onChange={(e) => toggle(id, e.target.checked)}
        aria-label={t("selectRow", { number })}
      />
    </label>
  );
}
