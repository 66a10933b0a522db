import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { messages } from "@/messages";

import { env } from "@/lib/env";

const timeZone = env.ORG_TIME_ZONE;

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  // Korean readers expect 24-hour times (and this ICU's Korean day period reads "AM"/"PM").
  const hourCycle = locale === "ko" ? ("h23" as const) : undefined;
  return {
    locale,
    messages: messages[locale],
    timeZone,
    formats: {
      dateTime: {
        short: { dateStyle: "medium", timeStyle: "short", hourCycle },
        date: { dateStyle: "medium" },
        time: { timeStyle: "short", hourCycle },
      },
    },
  };
});
