"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { customerTypes } from "@/lib/customers/rules";

/**
 * Search box and type filter. A GET form (works without JS); with JS it navigates to a clean URL
 * (no empty params, no cursor: a new filter starts at the first page).
 */
export function CustomerFilters({ q, type }: { q?: string; type?: string }) {
  const t = useTranslations("customers.list");
  const common = useTranslations("common");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(key, value.trim());
    const query = params.toString();
    start(() => router.push(query ? `/customers?${query}` : "/customers"));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  return (
    <form ref={formRef} role="search" method="get" action="/customers" onSubmit={onSubmit} className="mb-4 flex flex-wrap items-end gap-3" aria-busy={pending}>
      <div className="min-w-64 flex-1">
        <label htmlFor="customer-q" className="mb-1 block text-xs font-medium text-slate-600">{t("search")}</label>
        <Input id="customer-q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} maxLength={100} />
      </div>
      <div className="w-48">
        <label htmlFor="customer-type" className="mb-1 block text-xs font-medium text-slate-600">{t("type")}</label>
        <Select id="customer-type" name="type" defaultValue={type ?? ""} onChange={() => formRef.current && navigate(formRef.current)}>
          <option value="">{t("allTypes")}</option>
          {customerTypes.map((ct) => <option key={ct} value={ct}>{common(`customerType.${ct}`)}</option>)}
        </Select>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>{t("searchButton")}</Button>
    </form>
  );
}
