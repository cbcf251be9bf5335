-- CreateEnum
CREATE TYPE "EntityRevisionState" AS ENUM ('applied', 'proposed', 'in_review', 'approved', 'rejected', 'superseded');

-- CreateEnum
CREATE TYPE "MergeProposalStatus" AS ENUM ('pending', 'approved', 'rejected');

-- AlterTable
ALTER TABLE "entity_revisions" ADD COLUMN     "approved_at" TIMESTAMPTZ(3),
ADD COLUMN     "approved_by_id" UUID,
ADD COLUMN     "entity_author_id" UUID,
ADD COLUMN     "state" "EntityRevisionState" NOT NULL DEFAULT 'applied';

-- CreateTable
CREATE TABLE "actor_merge_proposals" (
    "id" UUID NOT NULL,
    "survivor_id" UUID,
    "merged_id" UUID,
    "survivor_ref" TEXT NOT NULL,
    "merged_ref" TEXT NOT NULL,
    "survivor_version" INTEGER NOT NULL,
    "merged_version" INTEGER NOT NULL,
    "note" TEXT,
    "status" "MergeProposalStatus" NOT NULL DEFAULT 'pending',
    "proposed_by_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_merge_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "actor_merge_proposals_survivor_id_idx" ON "actor_merge_proposals"("survivor_id");

-- CreateIndex
CREATE INDEX "actor_merge_proposals_merged_id_idx" ON "actor_merge_proposals"("merged_id");

-- CreateIndex
CREATE INDEX "entity_revisions_entity_type_entity_id_state_idx" ON "entity_revisions"("entity_type", "entity_id", "state");

-- AddForeignKey
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_entity_author_id_fkey" FOREIGN KEY ("entity_author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_merge_proposals" ADD CONSTRAINT "actor_merge_proposals_survivor_id_fkey" FOREIGN KEY ("survivor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_merge_proposals" ADD CONSTRAINT "actor_merge_proposals_merged_id_fkey" FOREIGN KEY ("merged_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_merge_proposals" ADD CONSTRAINT "actor_merge_proposals_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_merge_proposals" ADD CONSTRAINT "actor_merge_proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express, added by hand.

-- Four eyes, as on claim_revisions: whoever approves a change to a published record (or
-- publishes a record) wrote neither that revision nor the record.
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_four_eyes_check"
  CHECK ("approved_by_id" IS NULL OR ("approved_by_id" <> "author_id" AND "approved_by_id" IS DISTINCT FROM "entity_author_id"));

-- An approved revision names its approver and when, and no other revision does.
ALTER TABLE "entity_revisions" ADD CONSTRAINT "entity_revisions_approval_check"
  CHECK (("state" = 'approved') = ("approved_by_id" IS NOT NULL AND "approved_at" IS NOT NULL));

-- A merge of two published actors is approved by someone other than its proposer (who may
-- still withdraw it), and a decided proposal says who decided.
ALTER TABLE "actor_merge_proposals" ADD CONSTRAINT "actor_merge_proposals_four_eyes_check"
  CHECK ("status" <> 'approved' OR "decided_by_id" <> "proposed_by_id");
ALTER TABLE "actor_merge_proposals" ADD CONSTRAINT "actor_merge_proposals_decided_check"
  CHECK (("status" = 'pending') = ("decided_by_id" IS NULL AND "decided_at" IS NULL));
