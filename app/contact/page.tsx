import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { ContactForm } from "./contact-form";
import { ThankYou } from "./thank-you";

export async function generateMetadata() {
  return { title: (await getTranslations("contact"))("title") };
}

const errorKeys = { invalid: "checkFields", expired: "expired", rateLimited: "rateLimited", unexpected: "unexpected" } as const;

/**
 * The public web form (no sign-in). ?ref= / ?sent= / ?error= are only used when the browser posted
 * the form without JavaScript and the route sent it back here.
 */
export default async function ContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("contact");
  const ref = typeof params.ref === "string" && /^\d{1,12}$/.test(params.ref) ? Number(params.ref) : null;
  const sent = ref !== null || params.sent === "1";
  const errorCode = typeof params.error === "string" && params.error in errorKeys ? (params.error as keyof typeof errorKeys) : null;
  const initialError = errorCode
    ? errorCode === "rateLimited"
      ? t("rateLimited", { minutes: Math.max(1, Math.ceil(Number(params.retry) / 60) || 10) })
      : t(errorKeys[errorCode])
    : undefined;
  // One token per rendering of the form: resubmitting this page's form can never create two inquiries.
  const token = crypto.randomUUID();
  const common = await getTranslations("common");

  return (
    <main className="flex min-h-screen flex-col items-center px-4 py-12 sm:py-20">
      <div className="w-full max-w-xl">
        <p className="text-center text-2xl font-bold tracking-tight text-indigo-600">{common("appName")}</p>
        <div className="mt-8 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          {sent ? (
            <ThankYou reference={ref} />
          ) : (
            <ContactForm token={token} initialError={initialError} />
          )}
        </div>
        <div className="mt-6 flex justify-center"><LocaleSwitcher /></div>
      </div>
    </main>
  );
}
