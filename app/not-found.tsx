import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/inquiries" className={`${buttonClass("secondary")} mt-6`}>{t("home")}</Link>
    </main>
  );
}
