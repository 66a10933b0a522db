-- Loop closure on the dashboard asks, for each problem shipped in a week, "was a problem.shipped message
-- queued for it?" (an EXISTS). With only ("problemId") the planner expected thousands of matches per
-- problem and scanned the whole outbox instead (92 ms at 1M inquiries); ("problemId", "kind") answers it from the index.
-- DropIndex
DROP INDEX "OutboxMessage_problemId_idx";

-- CreateIndex
CREATE INDEX "OutboxMessage_problemId_kind_idx" ON "OutboxMessage"("problemId", "kind");

