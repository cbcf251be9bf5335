-- CreateTable
CREATE TABLE "attempt_counters" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_attempt" BIGINT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attempt_counters_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "attempt_counters_expires_at_idx" ON "attempt_counters"("expires_at");

-- Hand-written: a counter never goes below zero (a refund after a reset finds nothing).
ALTER TABLE "attempt_counters" ADD CONSTRAINT "attempt_counters_count_check" CHECK ("count" >= 0);
