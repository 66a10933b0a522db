"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cx } from "@/components/ui/cx";

type Option = { id: string; name: string; email: string | null; company: string | null };

/**
 * Picks the BUYER who pays (as-you-type search over GET /api/customers/search?type=BUYER).
 * The choice is posted as a hidden `paidById` field.
 */
export function BuyerPicker({
  inputId,
  initial,
  excludeId,
  invalid,
  describedBy,
}: {
  inputId: string;
  initial: { id: string; name: string } | null;
  excludeId?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("customers.payer");
  const [selected, setSelected] = useState(initial);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const listId = useId();

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setOptions([]);
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const res = await fetch(`/api/customers/search?${new URLSearchParams({ q, type: "BUYER", limit: "8" })}`, { signal: controller.signal });
        const found = res.ok ? ((await res.json()) as Option[]) : [];
        setOptions(found.filter((o) => o.id !== excludeId));
        setStatus(res.ok ? "done" : "error");
      } catch {
        if (!controller.signal.aborted) setStatus("error");
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, excludeId]);

  if (selected) {
    return (
      <div className="flex items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-300">
        <input type="hidden" name="paidById" value={selected.id} />
        <span className="font-medium text-slate-800">{selected.name}</span>
        <Button id={inputId} variant="ghost" size="sm" onClick={() => setSelected(null)}>{t("change")}</Button>
      </div>
    );
  }

  return (
    <div className="space-y-1">
      <input type="hidden" name="paidById" value="" />
      <Input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        aria-controls={listId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <ul id={listId} aria-live="polite" className={cx("divide-y divide-slate-100 rounded-md bg-white", options.length > 0 && "ring-1 ring-slate-200")}>
        {options.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              onClick={() => setSelected({ id: o.id, name: o.name })}
              className="block w-full px-3 py-1.5 text-left text-sm hover:bg-indigo-50 focus:bg-indigo-50 focus:outline-none"
            >
              <span className="font-medium text-slate-800">{o.name}</span>
              {(o.company || o.email) && <span className="ml-2 text-xs text-slate-500">{o.company ?? o.email}</span>}
            </button>
          </li>
        ))}
      </ul>
      {status === "done" && options.length === 0 && <p className="text-xs text-slate-500">{t("noBuyers")}</p>}
      {status === "error" && <p className="text-xs text-rose-600">{t("searchFailed")}</p>}
    </div>
  );
}
