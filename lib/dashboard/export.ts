import "server-only";
import { z } from "zod";
// use-intl/core is what next-intl re-exports: the plain translator, importable without React (the bench
// runs lib/ under the react-server condition, where importing "next-intl" itself fails).
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { CSV_BOM, csvRow, toCsv, type CsvValue } from "@/lib/csv";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { addWeeks } from "@/lib/time/week";
import { messages } from "@/messages";
import { parseWeekParam, weekParam, type Change } from "./rules";
import { loadDashboard } from "./queries";
import type { DashboardData } from "./types";

export const exportTables = [
  "inquiries", "byCustomerType", "byChannel", "byTag", "trend", "problems", "churn", "satisfaction", "voices",
] as const;
export type ExportTable = (typeof exportTables)[number];
export type SummaryTable = Exclude<ExportTable, "inquiries">;

export const exportQuerySchema = z.object({
  week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  table: z.enum(exportTables),
});

/** "loopdesk-2026-11-16-by-customer-type.csv" */
export function exportFilename(week: string, table: ExportTable): string {
  return `loopdesk-${week}-${table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`;
}

/** Rows per keyset batch of the inquiries export: small enough to never matter in memory. */
export const INQUIRY_EXPORT_BATCH = 2_000;
/** Each batch is one indexed range read; anything slower is a bug, not a big week. */
const BATCH_STATEMENT_TIMEOUT = "15s";
/** Prisma's own limit on the batch's transaction must not cut the statement short first. */
const BATCH_TX = { timeout: 20_000, maxWait: 10_000 } as const;

function translators(locale: Locale) {
  return {
    t: createTranslator({ locale, messages: messages[locale], namespace: "digest" }),
    common: createTranslator({ locale, messages: messages[locale], namespace: "common" }),
    board: createTranslator({ locale, messages: messages[locale], namespace: "board" }),
  };
}
type Translators = ReturnType<typeof translators>;

type Lookup = { has(key: never): boolean; (key: never): string };
function enumLabel(tr: Translators["common"] | Translators["board"], path: string, fallback: string): string {
  const lookup = tr as unknown as Lookup;
  return lookup.has(path as never) ? lookup(path as never) : fallback;
}

/** A share (0–1) as a percentage with one decimal, as a number a spreadsheet can compute with. */
const pct = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const changePct = (c: Change) => (c.ratio === null ? null : Math.round(c.ratio * 1000) / 10);

/** An ISO instant as local date-time in the org zone ("2026-11-16 09:05"). */
function localDateTime(iso: string | Date | null, timeZone: string): string | null {
  if (!iso) return null;
  const parts = dateTimeFormat(timeZone).formatToParts(typeof iso === "string" ? new Date(iso) : iso);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(timeZone: string) {
  let f = dateTimeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    dateTimeFormats.set(timeZone, f);
  }
  return f;
}

/**
 * The header and rows of one dashboard table, from the week's DashboardData (pure apart from the
 * message lookup): what the CSV holds, in the reader's language.
 */
export function summaryTable(data: DashboardData, table: SummaryTable, locale: Locale): { header: string[]; rows: CsvValue[][] } {
  const tr = translators(locale);
  const c = (key: string) => tr.t(`columns.${key}` as never);
  const yesNo = (v: boolean) => (v ? c("yes") : c("no"));
  const tz = data.week.timeZone;
  const countHeader = (first: string) => [first, c("thisWeek"), c("previousWeek"), c("change"), c("changePercent")];
  const countRow = (label: string, n: Change): CsvValue[] => [label, n.current, n.previous, n.delta, changePct(n)];
  switch (table) {
    case "byCustomerType":
      return {
        header: countHeader(c("customerType")),
        rows: data.inquiries.byCustomerType.map((r) => countRow(enumLabel(tr.common, `customerType.${r.key}`, r.label), r.count)),
      };
    case "byChannel":
      return {
        header: countHeader(c("channel")),
        rows: data.inquiries.byChannel.map((r) => countRow(enumLabel(tr.common, `channel.${r.key}`, r.label), r.count)),
      };
    case "byTag":
      return { header: countHeader(c("tag")), rows: data.inquiries.byTag.map((r) => countRow(r.label, r.count)) };
    case "trend": {
      const types = ["INTERNAL", "PROSPECT", "BUYER", "USER", "CHURNED"];
      return {
        header: [c("week"), c("total"), ...types.map((t) => enumLabel(tr.common, `customerType.${t}`, t))],
        rows: data.inquiries.trend.map((w) => [w.week, w.total, ...types.map((t) => w.byCustomerType[t] ?? 0)]),
      };
    }
    case "problems":
      return {
        header: [c("list"), c("problemNumber"), c("title"), c("status"), c("newLinked"), c("newLinkedPrevious"), c("shippedAt"), c("removedPerWeek"), c("notified")],
        rows: [
          ...data.problems.top.map((p): CsvValue[] => [
            c("listTop"), p.number, p.title, enumLabel(tr.board, `status.${p.status}`, p.status), p.newLinked.current, p.newLinked.previous, null, null, null,
          ]),
          ...data.problems.shipped.map((p): CsvValue[] => [
            c("listShipped"), p.number, p.title, enumLabel(tr.board, "status.SHIPPED", "SHIPPED"), null, null,
            localDateTime(p.shippedAt, tz), p.removedPerWeek === null ? null : round1(p.removedPerWeek), yesNo(p.notified),
          ]),
        ],
      };
    case "churn":
      return {
        header: [c("customer"), c("churnedAt"), c("reasonCategory"), c("reason"), c("inquiriesBefore")],
        rows: data.churn.customers.map((x) => [x.name, localDateTime(x.churnedAt, tz), x.category, x.reason, x.inquiriesBefore]),
      };
    case "satisfaction": {
      const s = data.satisfaction;
      const rows: CsvValue[][] = [
        [c("overall"), c("csatShare"), pct(s.csat.value), s.csat.responses, pct(s.csat.previous), yesNo(s.csat.small)],
        [c("overall"), c("csatMean"), round1(s.csat.mean), s.csat.responses, null, yesNo(s.csat.small)],
        [c("overall"), c("cesMean"), round1(s.ces.value), s.ces.responses, round1(s.ces.previous), yesNo(s.ces.small)],
        [c("overall"), c("cesEasy"), pct(s.ces.easy), s.ces.responses, null, yesNo(s.ces.small)],
      ];
      for (const ch of s.byChannel) {
        const label = enumLabel(tr.common, `channel.${ch.channel}`, ch.channel);
        rows.push([label, c("csatShare"), pct(ch.csat), ch.responses, null, yesNo(ch.small)]);
        rows.push([label, c("cesMean"), round1(ch.ces), ch.responses, null, yesNo(ch.small)]);
      }
      rows.push([c("internal"), c("csatShare"), pct(s.internal.csat), s.internal.responses, null, yesNo(s.internal.small)]);
      rows.push([c("internal"), c("fulfillment"), pct(s.internal.fulfillmentRate), s.internal.resolved, null, null]);
      return { header: [c("scope"), c("measure"), c("value"), c("responses"), c("previous"), c("smallSample")], rows };
    }
    case "voices": {
      const base = env.NEXTAUTH_URL.replace(/\/+$/, "");
      return {
        header: [c("kind"), c("customer"), c("score"), c("quote"), c("inquiryNumber"), c("link")],
        rows: data.voices.map((v) => [
          tr.t(`voices.${v.kind}` as never), v.customerName, v.score, v.text, v.inquiryNumber, `${base}/inquiries/${v.inquiryId}`,
        ]),
      };
    }
  }
}

export type CsvExport = { filename: string; body: string | ReadableStream<Uint8Array> };

/**
 * A dashboard CSV for a week ("YYYY-MM-DD", any day of it): a summary table from the week's
 * dashboard figures, or the week's inquiries streamed in keyset batches.
 * @throws ForbiddenError, NotFoundError (a week that does not parse)
 */
export async function exportDashboardCsv(
  actor: Actor,
  input: { week: string; table: ExportTable; locale: Locale; now?: Date; batchSize?: number },
): Promise<CsvExport> {
  assertCan(actor, "dashboard.read");
  const tz = env.ORG_TIME_ZONE;
  const start = parseWeekParam(input.week, tz);
  if (!start) throw new NotFoundError("week");
  const param = weekParam(start, tz);
  const filename = exportFilename(param, input.table);
  if (input.table === "inquiries") {
    if (!can(actor, "inquiries.read")) throw new NotFoundError("week");
    return { filename, body: streamWeekInquiries(start, addWeeks(start, 1, tz), input.locale, tz, input.batchSize) };
  }
  const data = await loadDashboard(start, input.now ?? new Date());
  const { header, rows } = summaryTable(data, input.table, input.locale);
  return { filename, body: toCsv(header, rows) };
}

type InquiryExportRow = {
  id: string; number: number; createdAt: Date; customer: string; customerType: string; channel: string; status: string;
  priority: string; tags: string | null; assignee: string | null; subject: string; problemNumber: number | null;
  problemTitle: string | null; firstResponseAt: Date | null; resolvedAt: Date | null;
};

/** One keyset batch: (createdAt, id) after the cursor, oldest first, on the Inquiry (createdAt, id) index. */
async function inquiryBatch(start: Date, end: Date, after: { createdAt: Date; id: string } | null, limit: number) {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '${BATCH_STATEMENT_TIMEOUT}'`);
    return tx.$queryRaw<InquiryExportRow[]>`
      SELECT i."id"::text AS "id", i."number", i."createdAt", c."name" AS "customer",
             i."customerType"::text AS "customerType", i."channel"::text AS "channel", i."status"::text AS "status",
             i."priority"::text AS "priority",
             (SELECT string_agg(t."name", '; ' ORDER BY t."name") FROM "InquiryTag" it JOIN "Tag" t ON t."id" = it."tagId"
               WHERE it."inquiryId" = i."id") AS "tags",
             u."name" AS "assignee", i."subject", p."number" AS "problemNumber", p."title" AS "problemTitle",
             i."firstResponseAt", i."resolvedAt"
      FROM "Inquiry" i
      JOIN "Customer" c ON c."id" = i."customerId"
      LEFT JOIN "User" u ON u."id" = i."assigneeId"
      LEFT JOIN "Problem" p ON p."id" = i."problemId"
      WHERE i."createdAt" >= ${start} AND i."createdAt" < ${end}
        ${after ? Prisma.sql`AND (i."createdAt", i."id") > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY i."createdAt", i."id"
      LIMIT ${limit}`;
  }, BATCH_TX);
}

/**
 * The week's inquiries as CSV, produced batch by batch as the client reads (pull-based), so a
 * 100k-row week never sits in memory: at most one batch of rows at a time.
 */
export function streamWeekInquiries(start: Date, end: Date, locale: Locale, timeZone: string, batchSize = INQUIRY_EXPORT_BATCH): ReadableStream<Uint8Array> {
  const tr = translators(locale);
  const c = (key: string) => tr.t(`columns.${key}` as never);
  const encoder = new TextEncoder();
  let after: { createdAt: Date; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(CSV_BOM + csvRow([
            c("number"), c("createdAt"), c("customer"), c("customerType"), c("channel"), c("status"), c("priority"), c("tags"),
            c("assignee"), c("subject"), c("problem"), c("firstResponseAt"), c("resolvedAt"),
          ])));
          return;
        }
        const rows = await inquiryBatch(start, end, after, batchSize);
        let chunk = "";
        for (const r of rows) {
          chunk += csvRow([
            r.number, localDateTime(r.createdAt, timeZone), r.customer,
            enumLabel(tr.common, `customerType.${r.customerType}`, r.customerType),
            enumLabel(tr.common, `channel.${r.channel}`, r.channel),
            enumLabel(tr.common, `status.${r.status}`, r.status),
            enumLabel(tr.common, `priority.${r.priority}`, r.priority),
            r.tags, r.assignee, r.subject,
            r.problemNumber === null ? null : `#${r.problemNumber} ${r.problemTitle ?? ""}`.trim(),
            localDateTime(r.firstResponseAt, timeZone), localDateTime(r.resolvedAt, timeZone),
          ]);
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (rows.length < batchSize) controller.close();
        else after = { createdAt: rows[rows.length - 1].createdAt, id: rows[rows.length - 1].id };
      } catch (error) {
        console.error("[export] inquiries export failed", error);
        controller.error(error);
      }
    },
  });
}
