-- Trigram search (Korean and English substrings) for inquiries and customers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'AGENT', 'PRODUCT', 'MEMBER');

-- CreateEnum
CREATE TYPE "CustomerType" AS ENUM ('INTERNAL', 'PROSPECT', 'BUYER', 'USER', 'CHURNED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('PHONE', 'EMAIL', 'CHAT', 'SOCIAL', 'WEB_FORM', 'IN_PERSON', 'INTERNAL');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InquiryEventKind" AS ENUM ('CREATED', 'REPLY', 'NOTE', 'STATUS', 'ASSIGNEE', 'TAGS', 'PRIORITY', 'CUSTOMER_TYPE');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "company" TEXT,
    "type" "CustomerType" NOT NULL,
    "paidById" UUID,
    "churnReason" TEXT,
    "churnReasonCategoryId" UUID,
    "churnedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerTypeChange" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "fromType" "CustomerType",
    "toType" "CustomerType" NOT NULL,
    "reason" TEXT,
    "reasonCategoryId" UUID,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerTypeChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChurnReasonCategory" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChurnReasonCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL DEFAULT 'slate',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaTarget" (
    "priority" "Priority" NOT NULL,
    "firstResponseMinutes" INTEGER NOT NULL,
    "resolutionMinutes" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlaTarget_pkey" PRIMARY KEY ("priority")
);

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "customerId" UUID NOT NULL,
    "customerType" "CustomerType" NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
    "status" "InquiryStatus" NOT NULL DEFAULT 'NEW',
    "assigneeId" UUID,
    "createdById" UUID,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "firstResponseAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryTag" (
    "inquiryId" UUID NOT NULL,
    "tagId" UUID NOT NULL,

    CONSTRAINT "InquiryTag_pkey" PRIMARY KEY ("inquiryId","tagId")
);

-- CreateTable
CREATE TABLE "InquiryEvent" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "kind" "InquiryEventKind" NOT NULL,
    "actorId" UUID,
    "body" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryView" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "viewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_email_key" ON "Customer"("email");

-- CreateIndex
CREATE INDEX "Customer_type_name_idx" ON "Customer"("type", "name");

-- CreateIndex
CREATE INDEX "Customer_name_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_paidById_idx" ON "Customer"("paidById");

-- CreateIndex
CREATE INDEX "CustomerTypeChange_customerId_createdAt_idx" ON "CustomerTypeChange"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "CustomerTypeChange_toType_createdAt_idx" ON "CustomerTypeChange"("toType", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChurnReasonCategory_name_key" ON "ChurnReasonCategory"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_number_key" ON "Inquiry"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_idempotencyKey_key" ON "Inquiry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Inquiry_createdAt_id_idx" ON "Inquiry"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_status_createdAt_id_idx" ON "Inquiry"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_customerType_status_createdAt_id_idx" ON "Inquiry"("customerType", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_channel_createdAt_id_idx" ON "Inquiry"("channel", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_assigneeId_status_createdAt_idx" ON "Inquiry"("assigneeId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_priority_createdAt_idx" ON "Inquiry"("priority", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_dueAt_id_idx" ON "Inquiry"("dueAt", "id");

-- CreateIndex
CREATE INDEX "Inquiry_customerId_createdAt_idx" ON "Inquiry"("customerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_subject_idx" ON "Inquiry" USING GIN ("subject" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Inquiry_body_idx" ON "Inquiry" USING GIN ("body" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "InquiryTag_tagId_inquiryId_idx" ON "InquiryTag"("tagId", "inquiryId");

-- CreateIndex
CREATE INDEX "InquiryEvent_inquiryId_createdAt_idx" ON "InquiryEvent"("inquiryId", "createdAt");

-- CreateIndex
CREATE INDEX "InquiryView_inquiryId_viewedAt_idx" ON "InquiryView"("inquiryId", "viewedAt");

-- CreateIndex
CREATE INDEX "InquiryView_userId_viewedAt_idx" ON "InquiryView"("userId", "viewedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_paidById_fkey" FOREIGN KEY ("paidById") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_churnReasonCategoryId_fkey" FOREIGN KEY ("churnReasonCategoryId") REFERENCES "ChurnReasonCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTypeChange" ADD CONSTRAINT "CustomerTypeChange_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTypeChange" ADD CONSTRAINT "CustomerTypeChange_reasonCategoryId_fkey" FOREIGN KEY ("reasonCategoryId") REFERENCES "ChurnReasonCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTypeChange" ADD CONSTRAINT "CustomerTypeChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryTag" ADD CONSTRAINT "InquiryTag_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryTag" ADD CONSTRAINT "InquiryTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryView" ADD CONSTRAINT "InquiryView_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryView" ADD CONSTRAINT "InquiryView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
