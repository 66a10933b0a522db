import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HANGUL_SQL_CLASS } from "@/lib/board/rules";
import { weekStart } from "@/lib/time/week";
import { formForMode, NO_AGENT, SURVEY_TTL_MS, type SurveyForm } from "./rules";
import { signSurveyToken, surveyExpiry } from "./token";
import { SURVEY_MESSAGE_KIND, surveyDedupeKey, surveyLink, surveyMail } from "./mail";

type Tx = Prisma.TransactionClient;

/** The public link of a survey request (the token is derived from the row, so it can be shown again). */
export function surveyUrl(request: { id: string; expiresAt: Date }): string {
  return surveyLink(env.NEXTAUTH_URL, signSurveyToken(request.id, request.expiresAt, env.NEXTAUTH_SECRET));
}

export async function readSurveySettings(tx: Tx) {
  const row = await tx.surveySettings.findUnique({ where: { id: 1 } });
  return row ?? { id: 1, mode: "CSAT" as const, delayMinutes: 10, version: 1, updatedAt: new Date(0) };
}

type Created = {
  id: string;
  form: SurveyForm;
  recipientEmail: string | null;
  recipientName: string | null;
  customerId: string | null;
  expiresAt: Date;
  subject: string;
  ko: boolean;
};

/**
 * Creates the survey request of each just-resolved inquiry, inside the resolving transaction,
 * set-based (one statement for one inquiry or for the thousands a shipped fix resolves):
 * - only when surveys are on (admin setting) and the inquiry carries no "no survey" tag (spam);
 * - at most one per inquiry: `inquiryId` is unique and the insert does nothing on conflict, so a
 *   reopened and re-resolved inquiry gets no second survey;
 * - addressed to the inquiry's own customer (the user who got the service, not the payer);
 * - snapshotting agent, channel and customer type, and counted in the SurveyWeek rollup;
 * - with an invitation in the outbox (held `delayMinutes`, so the agent can change the recipient)
 *   when the customer has an email — otherwise the agent copies the link from the inquiry page.
 * Returns how many requests were created.
 */
export async function createSurveyRequests(tx: Tx, inquiryIds: readonly string[], now: Date): Promise<number> {
  if (!inquiryIds.length) return 0;
  const settings = await readSurveySettings(tx);
  const form = formForMode(settings.mode);
  if (!form) return 0;
  const week = weekStart(now, env.ORG_TIME_ZONE);
  const expiresAt = surveyExpiry(now, SURVEY_TTL_MS);
  const created = await tx.$queryRaw<Created[]>`
    WITH target AS (
      SELECT i."id", i."customerId", i."assigneeId", i."channel", i."customerType", i."subject",
             c."email", c."name", (i."subject" || ' ' || i."body") ~ ${HANGUL_SQL_CLASS} AS ko
      FROM "Inquiry" i
      JOIN "Customer" c ON c."id" = i."customerId"
      WHERE i."id" = ANY(${inquiryIds as string[]}::uuid[]) AND i."status" = 'RESOLVED'
        AND NOT EXISTS (
          SELECT 1 FROM "InquiryTag" it JOIN "Tag" t ON t."id" = it."tagId"
          WHERE it."inquiryId" = i."id" AND t."noSurvey"
        )
    ), ins AS (
      INSERT INTO "SurveyRequest" ("id", "form", "inquiryId", "customerId", "recipientEmail", "recipientName",
                                   "agentId", "channel", "customerType", "weekStart", "expiresAt", "createdAt")
      SELECT gen_random_uuid(), ${form}::"SurveyForm", t."id", t."customerId", nullif(t."email", ''), t."name",
             t."assigneeId", t."channel", t."customerType", ${week}, ${expiresAt}, ${now}
      FROM target t
      ON CONFLICT ("inquiryId") DO NOTHING
      RETURNING "id", "form", "inquiryId", "customerId", "recipientEmail", "recipientName", "agentId", "channel", "customerType", "expiresAt"
    ), rollup AS (
      INSERT INTO "SurveyWeek" ("weekStart", "agentId", "channel", "customerType", "requests")
      SELECT ${week}, coalesce(ins."agentId", ${NO_AGENT}::uuid), ins."channel", ins."customerType", count(*)::int
      FROM ins GROUP BY 2, 3, 4
      ON CONFLICT ("weekStart", "agentId", "channel", "customerType")
      DO UPDATE SET "requests" = "SurveyWeek"."requests" + EXCLUDED."requests"
    )
    SELECT ins."id"::text AS "id", ins."form"::text AS "form", ins."recipientEmail", ins."recipientName",
           ins."customerId"::text AS "customerId", ins."expiresAt", t."subject", t.ko
    FROM ins JOIN target t ON t."id" = ins."inquiryId"`;
  await queueSurveyMails(tx, created, new Date(now.getTime() + settings.delayMinutes * 60_000), now);
  return created.length;
}

/** Queues the invitation of each request that has an email (ON CONFLICT: at most one per request). */
export async function queueSurveyMails(tx: Tx, requests: readonly Created[], sendAfter: Date, now: Date): Promise<number> {
  const mails = requests
    .filter((r) => r.recipientEmail)
    .map((r) => ({
      key: surveyDedupeKey(r.id),
      email: r.recipientEmail!,
      name: r.recipientName,
      customerId: r.customerId,
      ...surveyMail(
        { recipientName: r.recipientName, inquirySubject: r.subject, link: surveyUrl(r), form: r.form },
        r.ko ? "ko" : "en",
      ),
    }));
  if (!mails.length) return 0;
  return tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "dedupeKey", "kind", "toEmail", "toName", "customerId", "subject", "body", "status", "sendAfter", "createdAt")
    SELECT gen_random_uuid(), m.key, ${SURVEY_MESSAGE_KIND}, m.email, m.name, m.customer_id::uuid, m.subject, m.body, 'PENDING', ${sendAfter}, ${now}
    FROM unnest(
      ${mails.map((m) => m.key)}::text[], ${mails.map((m) => m.email)}::text[], ${mails.map((m) => m.name)}::text[],
      ${mails.map((m) => m.customerId)}::text[], ${mails.map((m) => m.subject)}::text[], ${mails.map((m) => m.body)}::text[]
    ) AS m(key, email, name, customer_id, subject, body)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
