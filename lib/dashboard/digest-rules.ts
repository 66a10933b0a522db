/**
 * The weekly digest's pure parts: its outbox key, when a missed digest is due, and the mail text.
 * No db, no clock, no env: the week's data, the link and `now` come in.
 *
 * Language of the mail: we store no per-user language, so every digest mail is written in BOTH
 * languages — Korean first (the default organization is in Asia/Seoul), then English — and the
 * subject carries both titles. Guessing one language per person would be wrong for someone.
 */
import { z } from "zod";
// use-intl/core is what next-intl re-exports: the plain translator, importable without React (the bench
// runs lib/ under the react-server condition, where importing "next-intl" itself fails).
import { createTranslator } from "use-intl/core";
import { messages } from "@/messages";
import type { Locale } from "@/lib/i18n/locales";
import { weekStart } from "@/lib/time/week";
import type { DashboardData } from "./types";
import type { Change } from "./rules";

export const DIGEST_MESSAGE_KIND = "digest.weekly";

/** A form checkbox or hidden flag: present as "1"/"true"/"on" means true, absent means false. */
const flag = z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean());

/** Build (or with `force`, rebuild) the digest of a week: "YYYY-MM-DD", any day of the week. */
export const buildDigestSchema = z.object({ week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), force: flag });
/** The profile's "Email me the weekly digest" checkbox (unchecked sends nothing: false). */
export const digestOptInSchema = z.object({ digestOptIn: flag });

/** One mail per week × recipient, however often (or concurrently) the digest job runs. */
export function digestDedupeKey(weekParam: string, userId: string): string {
  return `digest:${weekParam}:${userId}`;
}

/** The Monday job runs at 07:00 org time; a catch-up at start waits for the same hour. */
export const DIGEST_HOUR = 7;
export const DIGEST_CRON = `0 ${DIGEST_HOUR} * * 1`;

/**
 * Whether last week's digest should exist by now: from Monday 07:00 (org time) on. A server that
 * starts on Monday at 03:00 leaves it to the scheduled run instead of mailing before breakfast.
 */
export function digestDue(now: Date, timeZone: string): boolean {
  return now.getTime() >= weekStart(now, timeZone).getTime() + DIGEST_HOUR * 3_600_000;
}

/** The absolute link of a digest page. */
export function digestLink(baseUrl: string, weekParam: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/digest/${weekParam}`;
}

/** "2h 10m" / "2시간 10분": the two largest units, enough for a mail. */
export function formatDuration(ms: number | null, locale: Locale): string | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  const t = translator(locale);
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours ? t("duration.dh", { d: days, h: hours }) : t("duration.d", { d: days });
  if (hours > 0) return mins ? t("duration.hm", { h: hours, m: mins }) : t("duration.h", { h: hours });
  return t("duration.m", { m: Math.max(mins, minutes === 0 && ms > 0 ? 1 : 0) });
}

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();
function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "digest" });
}
function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}
const common = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "common" });
const board = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "board" });

const intl = (locale: Locale) => (locale === "ko" ? "ko-KR" : "en-US");

function percent(value: number | null, locale: Locale): string | null {
  return value === null ? null : new Intl.NumberFormat(intl(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}
function decimal(value: number | null, locale: Locale): string | null {
  return value === null ? null : new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}
function integer(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale)).format(value);
}

/** "+12%", "−5%", "±0%", or "new" when there was nothing the week before. */
export function formatChange(change: Change, locale: Locale): string {
  const t = translator(locale);
  if (change.ratio === null) return change.current === 0 ? t("change.flat") : t("change.fromZero");
  if (change.delta === 0) return t("change.flat");
  const pct = new Intl.NumberFormat(intl(locale), { style: "percent", maximumFractionDigits: 0, signDisplay: "always" }).format(change.ratio);
  return t("change.vsPrevious", { change: pct });
}

const QUOTE_MAX = 140;
/** A quote on one line, cut at a word when long (the page shows it whole). */
export function shortQuote(text: string, max = QUOTE_MAX): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function labelOf(locale: Locale, kind: "customerType" | "channel", key: string, fallback: string): string {
  const c = common(locale);
  const path = `${kind}.${key}`;
  return c.has(path as never) ? c(path as never) : fallback;
}

/** "Buyer 420 · User 380 · …" (rows with a count only, as ordered by the data). */
function countList(rows: DashboardData["inquiries"]["byCustomerType"], locale: Locale, label: (key: string, fallback: string) => string, limit = 8): string | null {
  const shown = rows.filter((r) => r.count.current > 0).slice(0, limit);
  if (!shown.length) return null;
  return shown.map((r) => `${label(r.key, r.label)} ${integer(r.count.current, locale)}`).join(" · ");
}

/** One language's section of the mail: a dozen short lines. */
export function digestSection(data: DashboardData, link: string, locale: Locale): string {
  const t = translator(locale);
  const range = t("mail.range", { start: data.week.param, end: data.week.lastDay });
  const none = t("mail.none");
  const lines: string[] = [t("mail.heading", { range }), ""];
  const inq = data.inquiries;
  lines.push(t("mail.inquiries", { count: inq.total.current, total: integer(inq.total.current, locale), change: formatChange(inq.total, locale) }));
  const byType = countList(inq.byCustomerType, locale, (k, f) => labelOf(locale, "customerType", k, f));
  if (byType) lines.push(t("mail.byCustomerType", { list: byType }));
  const byChannel = countList(inq.byChannel, locale, (k, f) => labelOf(locale, "channel", k, f));
  if (byChannel) lines.push(t("mail.byChannel", { list: byChannel }));
  const byTag = countList(inq.byTag, locale, (_k, f) => f, 5);
  if (byTag) lines.push(t("mail.byTag", { list: byTag }));
  lines.push(
    t("mail.stage", { stage: t(`stage.${data.stage.stage}`), perDay: decimal(data.stage.meanPerDay, locale) ?? "0" }),
  );

  lines.push("");
  const top = data.problems.top.slice(0, 3);
  if (top.length) {
    lines.push(t("mail.topProblems"));
    const b = board(locale);
    for (const p of top) {
      const status = b.has(`status.${p.status}` as never) ? b(`status.${p.status}` as never) : p.status;
      lines.push(`  - ${t("mail.problem", { number: p.number, title: shortQuote(p.title, 80), count: p.newLinked.current, status })}`);
    }
  }
  if (data.problems.shipped.length) {
    lines.push(t("mail.shipped", { count: data.problems.shippedTotal ?? data.problems.shipped.length, list: data.problems.shipped.slice(0, 3).map((p) => `#${p.number} ${shortQuote(p.title, 60)}`).join(", ") }));
  }
  lines.push(t("mail.churn", { count: data.churn.count.current, previous: data.churn.count.previous }));

  const sat = data.satisfaction;
  lines.push(
    t("mail.satisfaction", {
      csat: percent(sat.csat.value, locale) ?? none,
      csatResponses: sat.csat.responses,
      ces: decimal(sat.ces.value, locale) ?? none,
      cesResponses: sat.ces.responses,
    }),
  );
  const svc = data.service;
  lines.push(
    t("mail.service", {
      firstResponse: formatDuration(svc.firstResponseMedianMs, locale) ?? none,
      resolution: formatDuration(svc.resolutionMedianMs, locale) ?? none,
      backlog: integer(svc.backlog, locale),
      overdue: integer(svc.overdue, locale),
    }),
  );
  const vis = data.visibility;
  lines.push(
    t("mail.visibility", {
      staff: vis.staff.total.current,
      read: percent(vis.readByNonCs.share, locale) ?? none,
      coverage: percent(vis.fixBoardCoverage.share, locale) ?? none,
    }),
  );

  const voices = data.voices.slice(0, 2);
  if (voices.length) {
    lines.push("", t("mail.voices"));
    for (const v of voices) lines.push(`  “${shortQuote(v.text)}” — ${v.customerName} (#${v.inquiryNumber})`);
  }
  lines.push("", t("mail.link", { link }));
  return lines.join("\n");
}

/** The digest mail: both languages (see the note at the top), one link to the digest page. */
export function digestMail(data: DashboardData, baseUrl: string): { subject: string; body: string } {
  const ko = translator("ko");
  const en = translator("en");
  const link = digestLink(baseUrl, data.week.param);
  const profile = `${baseUrl.replace(/\/+$/, "")}/profile`;
  const subject = `[Loopdesk] ${ko("mail.subject")} / ${en("mail.subject")} — ${data.week.param} ~ ${data.week.lastDay}`;
  const body = [
    digestSection(data, link, "ko"),
    "",
    "— — —",
    "",
    digestSection(data, link, "en"),
    "",
    "— — —",
    ko("mail.footer", { profile }),
    en("mail.footer", { profile }),
  ].join("\n");
  return { subject, body };
}
