-- CreateTable
CREATE TABLE "ProblemSubject" (
    "problemId" UUID NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProblemSubject_pkey" PRIMARY KEY ("problemId","subject")
);

-- CreateIndex
CREATE INDEX "ProblemSubject_subject_idx" ON "ProblemSubject" USING GIN ("subject" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ProblemSubject" ADD CONSTRAINT "ProblemSubject_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
