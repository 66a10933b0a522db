"use client";
import { useEffect, useRef, useState } from "react";

export type ProblemSuggestion = {
  id: string;
  number: number;
  title: string;
  status: string;
  linkedCount: number;
  score: number;
  /** Why it matched: its own title, or the subjects of inquiries already linked to it. */
  matchedVia: string;
};

export type SuggestionStatus = "idle" | "loading" | "done" | "failed";

export const MIN_SUGGEST_QUERY = 2;
const DEBOUNCE_MS = 250;

/**
 * Similar problems for `query` from GET /api/board/suggest, debounced; a newer query aborts the
 * request of an older one, so a slow answer never overwrites a fresher list.
 */
export function useProblemSuggestions(query: string, { exclude, enabled = true }: { exclude?: string; enabled?: boolean } = {}) {
  const [items, setItems] = useState<ProblemSuggestion[]>([]);
  const [status, setStatus] = useState<SuggestionStatus>("idle");
  const [answeredFor, setAnsweredFor] = useState("");
  const requestRef = useRef<AbortController | null>(null);
  const trimmed = query.trim();
  const active = enabled && trimmed.length >= MIN_SUGGEST_QUERY;

  useEffect(() => {
    if (!active) {
      requestRef.current?.abort();
      return;
    }
    const timer = setTimeout(async () => {
      requestRef.current?.abort();
      const controller = new AbortController();
      requestRef.current = controller;
      setStatus("loading");
      try {
        const params = new URLSearchParams({ q: trimmed });
        if (exclude) params.set("exclude", exclude);
        const res = await fetch(`/api/board/suggest?${params}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        setItems((await res.json()) as ProblemSuggestion[]);
        setAnsweredFor(trimmed);
        setStatus("done");
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        setItems([]);
        setStatus("failed");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [active, trimmed, exclude]);

  useEffect(() => () => requestRef.current?.abort(), []);

  return {
    items: active ? items : [],
    status: active ? status : ("idle" as const),
    /** The query the shown list answers (it lags the input by the debounce). */
    answeredFor: active ? answeredFor : "",
  };
}
