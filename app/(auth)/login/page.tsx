import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // "/" sends each role to its home page (app/page.tsx).
  if (await getActor()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never redirect to another origin after sign-in.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <p className="text-center text-2xl font-bold tracking-tight text-indigo-600">{t("common.appName")}</p>
        <p className="mt-1 text-center text-sm text-slate-500">{t("common.tagline")}</p>
        <div className="mt-8 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h1 className="mb-4 text-lg font-semibold">{t("auth.title")}</h1>
          <LoginForm callbackUrl={next} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-400">{t("auth.demoHint")}</p>
        <div className="mt-4 flex justify-center"><LocaleSwitcher /></div>
      </div>
    </main>
  );
}
