"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState, useTransition } from "react";
import { mergeProblemsAction } from "@/app/(app)/board/actions";
import { Modal } from "@/components/admin/modal";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { initialResult, type ActionResult } from "@/lib/actions/result";
import type { MergeCandidate } from "@/lib/board/queries-detail";
import { BoardFeedback } from "./action-feedback";
import { ProblemStatusBadge } from "./status-badge";

type Source = { id: string; number: number; title: string; linkedCount: number };

/**
 * "Merge into another problem…": find the problem to keep by number or title, then confirm.
 * The source leaves the board; on success the page moves to the target.
 */
export function MergeControl({ source }: { source: Source }) {
  const t = useTranslations("board.merge");
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-haspopup="dialog">{t("open")}</Button>
      <Modal open={open} onClose={() => setOpen(false)} title={t("dialogTitle", { number: source.number })} description={source.title}>
        <MergeFlow source={source} onCancel={() => setOpen(false)} />
      </Modal>
    </div>
  );
}

function MergeFlow({ source, onCancel }: { source: Source; onCancel: () => void }) {
  const t = useTranslations("board.merge");
  const tc = useTranslations("common.actions");
  const router = useRouter();
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<MergeCandidate[] | "failed" | null>(null);
  const [searching, setSearching] = useState(false);
  const [target, setTarget] = useState<MergeCandidate | null>(null);
  const [state, setState] = useState<ActionResult<unknown>>(initialResult);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearching(true);
      fetch(`/board/${source.id}/merge-candidates?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<MergeCandidate[]>) : Promise.reject(new Error(String(r.status)))))
        .then(setResults)
        .catch((error: unknown) => {
          if ((error as { name?: string }).name !== "AbortError") setResults("failed");
        })
        .finally(() => setSearching(false));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, source.id]);

  if (target) {
    // Awaited here rather than in an effect: the merge re-renders this page without the merge
    // controls (a merged problem has none), so this component may be gone when the result lands.
    const merge = () =>
      startTransition(async () => {
        const data = new FormData();
        data.set("sourceId", source.id);
        data.set("targetId", target.id);
        const result = await mergeProblemsAction(initialResult, data);
        setState(result);
        if (result.ok) router.push(`/board/${target.id}`);
      });
    return (
      <div className="space-y-4">
        <h3 className="text-sm font-semibold text-slate-900">{t("confirmTitle", { source: source.number, target: target.number })}</h3>
        <p className="text-sm text-slate-600">
          {t("confirmBody", { sourceTitle: source.title, targetTitle: target.title, count: source.linkedCount })}
        </p>
        <BoardFeedback state={state} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setTarget(null)} disabled={pending}>{t("back")}</Button>
          <Button variant="danger" onClick={merge} disabled={pending || state.ok}>{pending ? t("pending") : t("confirm")}</Button>
        </div>
      </div>
    );
  }

  const list = Array.isArray(results) ? results : [];
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-q`} className="block text-sm font-medium text-slate-800">{t("search")}</label>
        <Input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("searchPlaceholder")}
          autoFocus autoComplete="off" maxLength={200} />
      </div>
      <div aria-live="polite" className="text-xs text-slate-500">
        {searching ? t("searching") : results === "failed" ? t("failed") : Array.isArray(results) && !results.length ? t("none", { query: q.trim() }) : null}
      </div>
      {list.length > 0 && (
        <ul aria-label={t("results")} className="max-h-72 space-y-1.5 overflow-y-auto">
          {list.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => setTarget(c)}
                className="w-full rounded-md px-3 py-2 text-left ring-1 ring-slate-200 hover:bg-indigo-50 hover:ring-indigo-300 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none">
                <span className="flex items-center justify-between gap-2">
                  <span className="min-w-0 text-sm font-medium break-words text-slate-900">
                    <span className="font-mono text-xs text-slate-500">#{c.number}</span> {c.title}
                  </span>
                  <ProblemStatusBadge status={c.status} />
                </span>
                <span className="text-xs text-slate-500">{t("linked", { count: c.linkedCount })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onCancel}>{tc("cancel")}</Button>
      </div>
    </div>
  );
}
