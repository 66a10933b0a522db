-- AlterTable
ALTER TABLE "InquiryWeek" ADD COLUMN     "linked" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "OpenDueDay" (
    "day" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OpenDueDay_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "Problem_shippedAt_idx" ON "Problem"("shippedAt");

-- CreateIndex
CREATE INDEX "Problem_respondedAt_idx" ON "Problem"("respondedAt");

-- CreateIndex
CREATE INDEX "ProblemWeek_weekStart_count_problemId_idx" ON "ProblemWeek"("weekStart", "count" DESC, "problemId");


-- ── The Inquiry trigger also keeps fix-board coverage (InquiryWeek.linked) and the open backlog by
-- due day (OpenDueDay). Same contribution-with-sign scheme as the dashboard_rollups migration.
CREATE OR REPLACE FUNCTION loopdesk_inquiry_rollup(r "Inquiry", s int, tz text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InquiryWeek" ("weekStart", "customerType", "channel", "created", "readByNonCs", "linked")
  VALUES (loopdesk_week(r."createdAt", tz), r."customerType", r."channel", s,
          CASE WHEN EXISTS (SELECT 1 FROM "InquiryNonCsRead" n WHERE n."inquiryId" = r."id") THEN s ELSE 0 END,
          CASE WHEN r."problemId" IS NOT NULL THEN s ELSE 0 END)
  ON CONFLICT ("weekStart", "customerType", "channel") DO UPDATE
    SET "created" = "InquiryWeek"."created" + EXCLUDED."created",
        "readByNonCs" = "InquiryWeek"."readByNonCs" + EXCLUDED."readByNonCs",
        "linked" = "InquiryWeek"."linked" + EXCLUDED."linked";
  IF r."firstResponseAt" IS NOT NULL THEN
    INSERT INTO "InquiryTimingWeek" ("weekStart", "metric", "customerType", "withinSla", "bucket", "count")
    VALUES (loopdesk_week(r."firstResponseAt", tz), 'FIRST_RESPONSE', r."customerType", false,
            loopdesk_duration_bucket(r."createdAt", r."firstResponseAt"), s)
    ON CONFLICT ("weekStart", "metric", "customerType", "withinSla", "bucket") DO UPDATE
      SET "count" = "InquiryTimingWeek"."count" + EXCLUDED."count";
  END IF;
  IF r."resolvedAt" IS NOT NULL THEN
    INSERT INTO "InquiryTimingWeek" ("weekStart", "metric", "customerType", "withinSla", "bucket", "count")
    VALUES (loopdesk_week(r."resolvedAt", tz), 'RESOLUTION', r."customerType", r."resolvedAt" <= r."dueAt",
            loopdesk_duration_bucket(r."createdAt", r."resolvedAt"), s)
    ON CONFLICT ("weekStart", "metric", "customerType", "withinSla", "bucket") DO UPDATE
      SET "count" = "InquiryTimingWeek"."count" + EXCLUDED."count";
  END IF;
  IF r."status" IN ('NEW', 'OPEN', 'PENDING') THEN
    INSERT INTO "OpenDueDay" ("day", "count") VALUES (date_trunc('day', r."dueAt"), s)
    ON CONFLICT ("day") DO UPDATE SET "count" = "OpenDueDay"."count" + EXCLUDED."count";
  END IF;
END
$$;

DROP TRIGGER "Inquiry_rollup_update" ON "Inquiry";
CREATE TRIGGER "Inquiry_rollup_update" AFTER UPDATE OF "createdAt", "customerType", "channel", "firstResponseAt", "resolvedAt", "dueAt", "problemId", "status" ON "Inquiry"
  FOR EACH ROW WHEN (
    OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."customerType" IS DISTINCT FROM NEW."customerType"
    OR OLD."channel" IS DISTINCT FROM NEW."channel" OR OLD."firstResponseAt" IS DISTINCT FROM NEW."firstResponseAt"
    OR OLD."resolvedAt" IS DISTINCT FROM NEW."resolvedAt" OR OLD."dueAt" IS DISTINCT FROM NEW."dueAt"
    OR (OLD."problemId" IS NULL) <> (NEW."problemId" IS NULL)
    OR (OLD."status" IN ('NEW', 'OPEN', 'PENDING')) <> (NEW."status" IN ('NEW', 'OPEN', 'PENDING')))
  EXECUTE FUNCTION loopdesk_inquiry_rollup_trigger();

-- Backfill the new counts from the raw rows.
UPDATE "InquiryWeek" w SET "linked" = l.n
FROM (SELECT loopdesk_week(i."createdAt", loopdesk_org_tz()) AS wk, i."customerType", i."channel", count(*)::int AS n
      FROM "Inquiry" i WHERE i."problemId" IS NOT NULL GROUP BY 1, 2, 3) l
WHERE w."weekStart" = l.wk AND w."customerType" = l."customerType" AND w."channel" = l."channel";
INSERT INTO "OpenDueDay" ("day", "count")
SELECT date_trunc('day', i."dueAt"), count(*)::int FROM "Inquiry" i
WHERE i."status" IN ('NEW', 'OPEN', 'PENDING') GROUP BY 1;
