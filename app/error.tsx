"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("errorPage.title")}</h1>
      <p className="mt-2 text-slate-600">{t("errorPage.body")}</p>
      <Button className="mt-6" variant="secondary" onClick={reset}>{t("actions.retry")}</Button>
    </main>
  );
}
