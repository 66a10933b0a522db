-- CreateEnum
CREATE TYPE "ProblemStatus" AS ENUM ('REPORTED', 'ACCEPTED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProblemEventKind" AS ENUM ('CREATED', 'STATUS', 'OWNER', 'LINKED', 'UNLINKED', 'MERGED', 'COMMENT', 'EDITED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterEnum
ALTER TYPE "InquiryEventKind" ADD VALUE 'PROBLEM';

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "problemId" UUID;

-- CreateTable
CREATE TABLE "Problem" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ProblemStatus" NOT NULL DEFAULT 'REPORTED',
    "ownerId" UUID,
    "createdById" UUID,
    "declineReason" TEXT,
    "releaseNote" TEXT,
    "respondedAt" TIMESTAMP(3),
    "shippedAt" TIMESTAMP(3),
    "mergedIntoId" UUID,
    "linkedCount" INTEGER NOT NULL DEFAULT 0,
    "customerCount" INTEGER NOT NULL DEFAULT 0,
    "internalCustomers" INTEGER NOT NULL DEFAULT 0,
    "prospectCustomers" INTEGER NOT NULL DEFAULT 0,
    "buyerCustomers" INTEGER NOT NULL DEFAULT 0,
    "userCustomers" INTEGER NOT NULL DEFAULT 0,
    "churnedCustomers" INTEGER NOT NULL DEFAULT 0,
    "lastLinkedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemCustomer" (
    "problemId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "customerType" "CustomerType" NOT NULL,
    "inquiryCount" INTEGER NOT NULL DEFAULT 0,
    "lastInquiryAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProblemCustomer_pkey" PRIMARY KEY ("problemId","customerId")
);

-- CreateTable
CREATE TABLE "ProblemWeek" (
    "problemId" UUID NOT NULL,
    "weekStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProblemWeek_pkey" PRIMARY KEY ("problemId","weekStart")
);

-- CreateTable
CREATE TABLE "ProblemEvent" (
    "id" UUID NOT NULL,
    "problemId" UUID NOT NULL,
    "kind" "ProblemEventKind" NOT NULL,
    "actorId" UUID,
    "body" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProblemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerTypeWeight" (
    "type" "CustomerType" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerTypeWeight_pkey" PRIMARY KEY ("type")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "toName" TEXT,
    "customerId" UUID,
    "problemId" UUID,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Problem_number_key" ON "Problem"("number");

-- CreateIndex
CREATE INDEX "Problem_status_mergedIntoId_idx" ON "Problem"("status", "mergedIntoId");

-- CreateIndex
CREATE INDEX "Problem_ownerId_idx" ON "Problem"("ownerId");

-- CreateIndex
CREATE INDEX "Problem_title_idx" ON "Problem" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProblemCustomer_customerId_idx" ON "ProblemCustomer"("customerId");

-- CreateIndex
CREATE INDEX "ProblemWeek_weekStart_problemId_idx" ON "ProblemWeek"("weekStart", "problemId");

-- CreateIndex
CREATE INDEX "ProblemEvent_problemId_createdAt_idx" ON "ProblemEvent"("problemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_problemId_idx" ON "OutboxMessage"("problemId");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_problemId_createdAt_idx" ON "Inquiry"("problemId", "createdAt");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemCustomer" ADD CONSTRAINT "ProblemCustomer_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemCustomer" ADD CONSTRAINT "ProblemCustomer_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemWeek" ADD CONSTRAINT "ProblemWeek_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEvent" ADD CONSTRAINT "ProblemEvent_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEvent" ADD CONSTRAINT "ProblemEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
