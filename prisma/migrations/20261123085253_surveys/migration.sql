-- CreateEnum
CREATE TYPE "SurveyForm" AS ENUM ('CSAT', 'CES', 'CSAT_CES', 'PULSE');

-- CreateEnum
CREATE TYPE "SurveyMode" AS ENUM ('OFF', 'CSAT', 'CES', 'CSAT_CES');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "sendAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "noSurvey" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SurveySettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "mode" "SurveyMode" NOT NULL DEFAULT 'CSAT',
    "delayMinutes" INTEGER NOT NULL DEFAULT 10,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveySettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRequest" (
    "id" UUID NOT NULL,
    "form" "SurveyForm" NOT NULL,
    "inquiryId" UUID,
    "pulseId" UUID,
    "customerId" UUID,
    "staffId" UUID,
    "recipientEmail" TEXT,
    "recipientName" TEXT,
    "agentId" UUID,
    "channel" "Channel",
    "customerType" "CustomerType",
    "weekStart" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "csatScore" SMALLINT,
    "cesScore" SMALLINT,
    "pulseScore" SMALLINT,
    "comment" VARCHAR(2000),
    "low" BOOLEAN NOT NULL DEFAULT false,
    "inquiryId" UUID,
    "pulseId" UUID,
    "agentId" UUID,
    "channel" "Channel",
    "customerType" "CustomerType",
    "weekStart" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyWeek" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "agentId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "customerType" "CustomerType" NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "csatCount" INTEGER NOT NULL DEFAULT 0,
    "csatSum" INTEGER NOT NULL DEFAULT 0,
    "csatHigh" INTEGER NOT NULL DEFAULT 0,
    "cesCount" INTEGER NOT NULL DEFAULT 0,
    "cesSum" INTEGER NOT NULL DEFAULT 0,
    "cesHigh" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyWeek_pkey" PRIMARY KEY ("weekStart","agentId","channel","customerType")
);

-- CreateTable
CREATE TABLE "SurveyPulse" (
    "id" UUID NOT NULL,
    "question" VARCHAR(300) NOT NULL,
    "audience" "Role",
    "createdById" UUID,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyPulse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyRequest_inquiryId_key" ON "SurveyRequest"("inquiryId");

-- CreateIndex
CREATE INDEX "SurveyRequest_pulseId_idx" ON "SurveyRequest"("pulseId");

-- CreateIndex
CREATE INDEX "SurveyRequest_weekStart_idx" ON "SurveyRequest"("weekStart");

-- CreateIndex
CREATE INDEX "SurveyRequest_agentId_weekStart_idx" ON "SurveyRequest"("agentId", "weekStart");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_requestId_key" ON "SurveyResponse"("requestId");

-- CreateIndex
CREATE INDEX "SurveyResponse_low_createdAt_id_idx" ON "SurveyResponse"("low", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "SurveyResponse_pulseId_createdAt_idx" ON "SurveyResponse"("pulseId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "SurveyResponse_inquiryId_idx" ON "SurveyResponse"("inquiryId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyPulse_idempotencyKey_key" ON "SurveyPulse"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_pulseId_fkey" FOREIGN KEY ("pulseId") REFERENCES "SurveyPulse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SurveyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyPulse" ADD CONSTRAINT "SurveyPulse_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scores on their scales, and a comment of at most 2,000 characters, whatever writes them.
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_csat_scale" CHECK ("csatScore" IS NULL OR "csatScore" BETWEEN 1 AND 5);
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_ces_scale" CHECK ("cesScore" IS NULL OR "cesScore" BETWEEN 1 AND 7);
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_pulse_scale" CHECK ("pulseScore" IS NULL OR "pulseScore" BETWEEN 1 AND 5);
-- A request is about an inquiry or a pulse.
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_subject" CHECK (("inquiryId" IS NOT NULL) OR ("pulseId" IS NOT NULL));

-- The settings row always exists (defaults: CSAT on, mails wait 10 minutes).
INSERT INTO "SurveySettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING;
