"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";

const localeSchema = z.enum(locales);

/** Remembers the UI language (public: the sign-in page has the switch too). */
export async function setLocaleAction(locale: string) {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return { ok: true as const };
}
