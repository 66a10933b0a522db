import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { SurveyForm, type SurveyFormInitial } from "@/components/surveys/public/survey-form";
import { SurveyNotice } from "@/components/surveys/public/survey-notice";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { loadSurveyForToken } from "@/lib/surveys/answer";
import { CES_MAX, COMMENT_MAX, CSAT_MAX, PULSE_MAX } from "@/lib/surveys/rules";
import { messages } from "@/messages";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("surveyPublic"))("metaTitle"),
    // A personal, single-use link: never indexed, and never sent on as a Referer.
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

type SearchParams = Record<string, string | string[] | undefined>;
const errorCodes = ["wrongKind", "missingScore", "outOfScale", "commentTooLong", "invalid", "rateLimited", "unexpected"] as const;

/**
 * The public survey (no sign-in; the signed token is the credential). ?done=1 / ?error=… and the
 * echoed answer are only used when the browser posted the form without JavaScript and the route
 * sent it back here.
 */
export default async function SurveyPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<SearchParams> }) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const survey = await loadSurveyForToken(token, new Date());
  const locale = await surveyLocale(survey.state === "ready" || survey.state === "answered" ? survey.language : null);
  const t = await getTranslations({ locale, namespace: "surveyPublic" });
  const common = await getTranslations({ locale, namespace: "common" });

  let body;
  if (survey.state === "ready") {
    body = <SurveyForm token={token} form={survey.form} subject={survey.subject} question={survey.question} initial={echoed(query, t)} />;
  } else if (survey.state === "answered") {
    body = <SurveyNotice kind={one(query.done) === "1" ? "thanks" : "answered"} />;
  } else {
    body = <SurveyNotice kind={survey.state} />;
  }

  const page = (
    <main lang={locale} className="flex min-h-screen flex-col items-center px-3 py-6 sm:px-4 sm:py-16">
      <div className="w-full max-w-lg">
        <p className="text-center text-lg font-bold tracking-tight text-indigo-600">{common("appName")}</p>
        <div className="mt-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:mt-6 sm:p-8">{body}</div>
        <div className="mt-6 flex justify-center"><LocaleSwitcher /></div>
      </div>
    </main>
  );
  // The survey's own language wins over our default when the browser names neither of ours.
  return locale === (await getLocale()) ? page : (
    <NextIntlClientProvider locale={locale} messages={messages[locale]}>{page}</NextIntlClientProvider>
  );
}

/**
 * The visitor's choice (locale cookie) or a language their browser asks for, as everywhere; when
 * they name neither English nor Korean, the language the inquiry was written in.
 */
async function surveyLocale(hint: Locale | null): Promise<Locale> {
  const requested = await getLocale();
  if (!hint) return requested as Locale;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const accept = (headerList.get("accept-language") ?? "").toLowerCase();
  const named = isLocale(cookieStore.get(LOCALE_COOKIE)?.value) || /(^|,)\s*(en|ko)(-[a-z0-9-]+)?\s*(;|,|$)/.test(accept);
  return named ? (requested as Locale) : hint;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** What a no-JavaScript post sent back with an error: the scores and comment, and the message. */
function echoed(query: SearchParams, t: Awaited<ReturnType<typeof getTranslations<"surveyPublic">>>): SurveyFormInitial {
  const score = (key: string, max: number) => {
    const n = Number(one(query[key]));
    return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
  };
  const code = errorCodes.find((c) => c === one(query.error));
  const error = !code
    ? undefined
    : code === "rateLimited"
      ? t("errors.rateLimited", { minutes: Math.max(1, Math.ceil(Number(one(query.retry)) / 60) || 10) })
      : code === "commentTooLong"
        ? t("errors.commentTooLong", { max: COMMENT_MAX })
        : t(`errors.${code}`);
  return {
    csat: score("csat", CSAT_MAX),
    ces: score("ces", CES_MAX),
    pulse: score("pulse", PULSE_MAX),
    comment: (one(query.comment) ?? "").slice(0, COMMENT_MAX),
    error,
  };
}
