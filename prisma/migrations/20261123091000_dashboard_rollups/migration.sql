-- CreateEnum
CREATE TYPE "StaffSurface" AS ENUM ('INQUIRY', 'BOARD', 'DASHBOARD');

-- CreateEnum
CREATE TYPE "TimingMetric" AS ENUM ('FIRST_RESPONSE', 'RESOLUTION');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestOptIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InquiryWeek" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "customerType" "CustomerType" NOT NULL,
    "channel" "Channel" NOT NULL,
    "created" INTEGER NOT NULL DEFAULT 0,
    "readByNonCs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InquiryWeek_pkey" PRIMARY KEY ("weekStart","customerType","channel")
);

-- CreateTable
CREATE TABLE "InquiryTagWeek" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "tagId" UUID NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InquiryTagWeek_pkey" PRIMARY KEY ("weekStart","tagId")
);

-- CreateTable
CREATE TABLE "InquiryTimingWeek" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "metric" "TimingMetric" NOT NULL,
    "customerType" "CustomerType" NOT NULL,
    "withinSla" BOOLEAN NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InquiryTimingWeek_pkey" PRIMARY KEY ("weekStart","metric","customerType","withinSla","bucket")
);

-- CreateTable
CREATE TABLE "InquiryNonCsRead" (
    "inquiryId" UUID NOT NULL,
    "userId" UUID,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryNonCsRead_pkey" PRIMARY KEY ("inquiryId")
);

-- CreateTable
CREATE TABLE "StaffWeek" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "userId" UUID NOT NULL,
    "surface" "StaffSurface" NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffWeek_pkey" PRIMARY KEY ("weekStart","userId","surface")
);

-- CreateTable
CREATE TABLE "Digest" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "data" JSONB NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mailed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("weekStart")
);

-- CreateTable
CREATE TABLE "OrgSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Seoul',

    CONSTRAINT "OrgSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffWeek_weekStart_surface_idx" ON "StaffWeek"("weekStart", "surface");

-- CreateIndex
CREATE INDEX "Inquiry_status_dueAt_idx" ON "Inquiry"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "InquiryNonCsRead" ADD CONSTRAINT "InquiryNonCsRead_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffWeek" ADD CONSTRAINT "StaffWeek_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ── Dashboard rollups, kept current on write by triggers ────────────────────────────────────────
-- Every writer (app, web form, a shipped fix's set-based resolve, the seed) keeps them exact;
-- lib/dashboard/rollups.ts rebuilds them with the same functions and reconciles them.

INSERT INTO "OrgSettings" ("id", "timeZone") VALUES (1, 'Asia/Seoul') ON CONFLICT DO NOTHING;

CREATE FUNCTION loopdesk_org_tz() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT "timeZone" FROM "OrgSettings" WHERE "id" = 1), 'Asia/Seoul')
$$;

-- Monday 00:00 in the zone of a UTC `timestamp` (Prisma DateTime), as the UTC instant: the same
-- as weekStart() in lib/time/week.ts and weekStartSql() in lib/board/rollups.ts.
CREATE FUNCTION loopdesk_week(ts timestamp, tz text) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$
  SELECT ((date_trunc('week', ((ts AT TIME ZONE 'UTC') AT TIME ZONE tz)) AT TIME ZONE tz) AT TIME ZONE 'UTC')::timestamp(3)
$$;

-- durationBucket() of lib/dashboard/rules.ts: 0 under a minute, else floor(log_1.1(minutes)) + 1.
CREATE FUNCTION loopdesk_duration_bucket(from_ts timestamp, to_ts timestamp) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN extract(epoch FROM (to_ts - from_ts)) < 60 THEN 0
              ELSE floor(ln(extract(epoch FROM (to_ts - from_ts))::float8 / 60) / ln(1.1::float8) + 1e-9)::int + 1 END
$$;

-- What one inquiry row contributes to the rollups, added with sign s (+1 / -1).
CREATE FUNCTION loopdesk_inquiry_rollup(r "Inquiry", s int, tz text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InquiryWeek" ("weekStart", "customerType", "channel", "created", "readByNonCs")
  VALUES (loopdesk_week(r."createdAt", tz), r."customerType", r."channel", s,
          CASE WHEN EXISTS (SELECT 1 FROM "InquiryNonCsRead" n WHERE n."inquiryId" = r."id") THEN s ELSE 0 END)
  ON CONFLICT ("weekStart", "customerType", "channel") DO UPDATE
    SET "created" = "InquiryWeek"."created" + EXCLUDED."created",
        "readByNonCs" = "InquiryWeek"."readByNonCs" + EXCLUDED."readByNonCs";
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
END
$$;

CREATE FUNCTION loopdesk_inquiry_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE tz text := loopdesk_org_tz();
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM loopdesk_inquiry_rollup(OLD, -1, tz); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM loopdesk_inquiry_rollup(NEW, 1, tz); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Inquiry_rollup_insert" AFTER INSERT ON "Inquiry"
  FOR EACH ROW EXECUTE FUNCTION loopdesk_inquiry_rollup_trigger();
-- Only changes of what the rollups are keyed or counted by fire it (status, version … do not).
CREATE TRIGGER "Inquiry_rollup_update" AFTER UPDATE OF "createdAt", "customerType", "channel", "firstResponseAt", "resolvedAt", "dueAt" ON "Inquiry"
  FOR EACH ROW WHEN (
    OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."customerType" IS DISTINCT FROM NEW."customerType"
    OR OLD."channel" IS DISTINCT FROM NEW."channel" OR OLD."firstResponseAt" IS DISTINCT FROM NEW."firstResponseAt"
    OR OLD."resolvedAt" IS DISTINCT FROM NEW."resolvedAt" OR OLD."dueAt" IS DISTINCT FROM NEW."dueAt")
  EXECUTE FUNCTION loopdesk_inquiry_rollup_trigger();
CREATE TRIGGER "Inquiry_rollup_delete" AFTER DELETE ON "Inquiry"
  FOR EACH ROW EXECUTE FUNCTION loopdesk_inquiry_rollup_trigger();

CREATE FUNCTION loopdesk_inquiry_tag_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link "InquiryTag";
  s int;
  created timestamp;
BEGIN
  IF TG_OP = 'INSERT' THEN link := NEW; s := 1; ELSE link := OLD; s := -1; END IF;
  SELECT i."createdAt" INTO created FROM "Inquiry" i WHERE i."id" = link."inquiryId";
  IF created IS NULL THEN RETURN NULL; END IF; -- the inquiry itself is being deleted
  INSERT INTO "InquiryTagWeek" ("weekStart", "tagId", "count")
  VALUES (loopdesk_week(created, loopdesk_org_tz()), link."tagId", s)
  ON CONFLICT ("weekStart", "tagId") DO UPDATE SET "count" = "InquiryTagWeek"."count" + EXCLUDED."count";
  RETURN NULL;
END
$$;

CREATE TRIGGER "InquiryTag_rollup" AFTER INSERT OR DELETE ON "InquiryTag"
  FOR EACH ROW EXECUTE FUNCTION loopdesk_inquiry_tag_rollup_trigger();

CREATE FUNCTION loopdesk_noncs_read_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  read "InquiryNonCsRead";
  s int;
  i record;
BEGIN
  IF TG_OP = 'INSERT' THEN read := NEW; s := 1; ELSE read := OLD; s := -1; END IF;
  SELECT q."createdAt", q."customerType", q."channel" INTO i FROM "Inquiry" q WHERE q."id" = read."inquiryId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  INSERT INTO "InquiryWeek" ("weekStart", "customerType", "channel", "created", "readByNonCs")
  VALUES (loopdesk_week(i."createdAt", loopdesk_org_tz()), i."customerType", i."channel", 0, s)
  ON CONFLICT ("weekStart", "customerType", "channel") DO UPDATE
    SET "readByNonCs" = "InquiryWeek"."readByNonCs" + EXCLUDED."readByNonCs";
  RETURN NULL;
END
$$;

CREATE TRIGGER "InquiryNonCsRead_rollup" AFTER INSERT OR DELETE ON "InquiryNonCsRead"
  FOR EACH ROW EXECUTE FUNCTION loopdesk_noncs_read_rollup_trigger();
