-- CreateEnum
CREATE TYPE "InvestigationStatus" AS ENUM ('open', 'concluded', 'archived');

-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'investigation';
ALTER TYPE "EntityType" ADD VALUE 'checked_article';

-- CreateTable
CREATE TABLE "investigations" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "methodology" TEXT NOT NULL,
    "status" "InvestigationStatus" NOT NULL,
    "review_status" "EntityStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "investigations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "investigation_transfers" (
    "investigation_id" UUID NOT NULL,
    "transfer_id" UUID NOT NULL,

    CONSTRAINT "investigation_transfers_pkey" PRIMARY KEY ("investigation_id","transfer_id")
);

-- CreateTable
CREATE TABLE "investigation_events" (
    "investigation_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,

    CONSTRAINT "investigation_events_pkey" PRIMARY KEY ("investigation_id","event_id")
);

-- CreateTable
CREATE TABLE "checked_articles" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "investigation_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "published_on" TEXT,
    "url" TEXT,
    "note" TEXT,
    "review_status" "EntityStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "checked_articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checked_article_claims" (
    "article_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "passage" TEXT NOT NULL,

    CONSTRAINT "checked_article_claims_pkey" PRIMARY KEY ("article_id","claim_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "investigations_ref_key" ON "investigations"("ref");

-- CreateIndex
CREATE UNIQUE INDEX "investigations_slug_key" ON "investigations"("slug");

-- CreateIndex
CREATE INDEX "investigations_ref_number_idx" ON "investigations"("ref_number");

-- CreateIndex
CREATE INDEX "investigation_transfers_transfer_id_idx" ON "investigation_transfers"("transfer_id");

-- CreateIndex
CREATE INDEX "investigation_events_event_id_idx" ON "investigation_events"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "checked_articles_ref_key" ON "checked_articles"("ref");

-- CreateIndex
CREATE INDEX "checked_articles_investigation_id_ref_number_idx" ON "checked_articles"("investigation_id", "ref_number");

-- CreateIndex
CREATE INDEX "checked_article_claims_claim_id_idx" ON "checked_article_claims"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "checked_article_claims_article_id_position_key" ON "checked_article_claims"("article_id", "position");

-- AlterTable (hand-edited): claims and story blocks belong to an investigation. The column
-- is added empty, filled, then made required, so that a database with records migrates:
-- whatever exists goes into a first investigation, a draft with placeholder words that an
-- editor rewrites and sends through review (nothing unreviewed reaches readers). An empty
-- database gets no such row: the seed or an import brings its investigations.
ALTER TABLE "claims" ADD COLUMN     "investigation_id" UUID;
ALTER TABLE "story_blocks" ADD COLUMN     "investigation_id" UUID;

INSERT INTO "investigations"
  ("id", "ref", "ref_number", "slug", "title", "standfirst", "summary", "methodology",
   "status", "review_status", "updated_at")
SELECT gen_random_uuid(), 'I01', 1, 'first-investigation', 'First investigation',
       'The records that existed before investigations were introduced.',
       'Every claim, story block, transfer and event recorded before investigations existed. Rewrite this summary before publishing.',
       'Describe what is particular to the method of this investigation before publishing.',
       'open', 'draft', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "claims") OR EXISTS (SELECT 1 FROM "story_blocks")
   OR EXISTS (SELECT 1 FROM "transfers") OR EXISTS (SELECT 1 FROM "events");

UPDATE "claims" SET "investigation_id" = (SELECT "id" FROM "investigations" WHERE "ref" = 'I01');
UPDATE "story_blocks" SET "investigation_id" = (SELECT "id" FROM "investigations" WHERE "ref" = 'I01');
INSERT INTO "investigation_transfers" ("investigation_id", "transfer_id")
  SELECT i."id", t."id" FROM "investigations" i CROSS JOIN "transfers" t WHERE i."ref" = 'I01';
INSERT INTO "investigation_events" ("investigation_id", "event_id")
  SELECT i."id", e."id" FROM "investigations" i CROSS JOIN "events" e WHERE i."ref" = 'I01';

ALTER TABLE "claims" ALTER COLUMN "investigation_id" SET NOT NULL;
ALTER TABLE "story_blocks" ALTER COLUMN "investigation_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "claims_investigation_id_ref_number_idx" ON "claims"("investigation_id", "ref_number");

-- CreateIndex
CREATE INDEX "story_blocks_investigation_id_section_position_position_idx" ON "story_blocks"("investigation_id", "section_position", "position");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_investigation_id_fkey" FOREIGN KEY ("investigation_id") REFERENCES "investigations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_blocks" ADD CONSTRAINT "story_blocks_investigation_id_fkey" FOREIGN KEY ("investigation_id") REFERENCES "investigations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investigation_transfers" ADD CONSTRAINT "investigation_transfers_investigation_id_fkey" FOREIGN KEY ("investigation_id") REFERENCES "investigations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investigation_transfers" ADD CONSTRAINT "investigation_transfers_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investigation_events" ADD CONSTRAINT "investigation_events_investigation_id_fkey" FOREIGN KEY ("investigation_id") REFERENCES "investigations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investigation_events" ADD CONSTRAINT "investigation_events_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checked_articles" ADD CONSTRAINT "checked_articles_investigation_id_fkey" FOREIGN KEY ("investigation_id") REFERENCES "investigations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checked_article_claims" ADD CONSTRAINT "checked_article_claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "checked_articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checked_article_claims" ADD CONSTRAINT "checked_article_claims_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written checks, as for the other entities.
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 80);
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_version_check" CHECK ("version" >= 1);
ALTER TABLE "checked_articles" ADD CONSTRAINT "checked_articles_version_check" CHECK ("version" >= 1);
ALTER TABLE "checked_articles" ADD CONSTRAINT "checked_articles_published_on_check" CHECK ("published_on" IS NULL OR "published_on" ~ '^\d{4}(-\d{2}(-\d{2})?)?$');
ALTER TABLE "checked_article_claims" ADD CONSTRAINT "checked_article_claims_position_check" CHECK ("position" >= 1);
