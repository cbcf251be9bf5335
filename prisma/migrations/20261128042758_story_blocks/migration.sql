-- CreateTable
CREATE TABLE "story_blocks" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "section_key" TEXT NOT NULL,
    "section_title" TEXT NOT NULL,
    "section_position" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_id" UUID NOT NULL,
    "current_revision_id" UUID,
    "published_revision_id" UUID,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "story_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story_block_revisions" (
    "id" UUID NOT NULL,
    "block_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "author_id" UUID NOT NULL,
    "block_author_id" UUID NOT NULL,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "story_block_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "story_blocks_key_key" ON "story_blocks"("key");

-- CreateIndex
CREATE UNIQUE INDEX "story_blocks_current_revision_id_key" ON "story_blocks"("current_revision_id");

-- CreateIndex
CREATE UNIQUE INDEX "story_blocks_published_revision_id_key" ON "story_blocks"("published_revision_id");

-- CreateIndex
CREATE INDEX "story_blocks_section_position_position_idx" ON "story_blocks"("section_position", "position");

-- CreateIndex
CREATE UNIQUE INDEX "story_block_revisions_block_id_number_key" ON "story_block_revisions"("block_id", "number");

-- AddForeignKey
ALTER TABLE "story_blocks" ADD CONSTRAINT "story_blocks_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_blocks" ADD CONSTRAINT "story_blocks_current_revision_id_fkey" FOREIGN KEY ("current_revision_id") REFERENCES "story_block_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_blocks" ADD CONSTRAINT "story_blocks_published_revision_id_fkey" FOREIGN KEY ("published_revision_id") REFERENCES "story_block_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_block_revisions" ADD CONSTRAINT "story_block_revisions_block_id_fkey" FOREIGN KEY ("block_id") REFERENCES "story_blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_block_revisions" ADD CONSTRAINT "story_block_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_block_revisions" ADD CONSTRAINT "story_block_revisions_block_author_id_fkey" FOREIGN KEY ("block_author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_block_revisions" ADD CONSTRAINT "story_block_revisions_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express, added by hand.

-- Four eyes for the story too: the approver wrote neither the revision nor the block.
ALTER TABLE "story_block_revisions" ADD CONSTRAINT "story_block_revisions_four_eyes_check"
  CHECK ("approved_by_id" IS NULL OR ("approved_by_id" <> "author_id" AND "approved_by_id" <> "block_author_id"));
ALTER TABLE "story_blocks" ADD CONSTRAINT "story_blocks_version_check" CHECK ("version" >= 1);
