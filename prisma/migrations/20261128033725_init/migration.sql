-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('state', 'government_body', 'armed_force', 'company', 'organisation', 'international_organisation', 'person', 'port', 'vessel', 'facility');

-- CreateEnum
CREATE TYPE "IdentifierScheme" AS ENUM ('imo', 'mmsi', 'un_reference', 'registration', 'other');

-- CreateEnum
CREATE TYPE "ActorLinkType" AS ENUM ('owner', 'operator', 'part_of');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('news', 'news_agency', 'opinion', 'official', 'state_media', 'think_tank', 'research', 'reference', 'repost', 'other');

-- CreateEnum
CREATE TYPE "RouteMode" AS ENUM ('sea', 'rail', 'road', 'air', 'unknown');

-- CreateEnum
CREATE TYPE "ItemCategory" AS ENUM ('artillery_ammunition', 'rockets', 'ballistic_missiles', 'munitions_unspecified', 'dual_use_components', 'fuel', 'military_technology', 'civilian_goods', 'other');

-- CreateEnum
CREATE TYPE "QuantityQualifier" AS ENUM ('exactly', 'about', 'more_than', 'at_least', 'up_to', 'fewer_than');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('alleged', 'reported', 'confirmed', 'denied');

-- CreateEnum
CREATE TYPE "SanctionStatus" AS ENUM ('in_force', 'lapsed', 'terminated', 'suspended');

-- CreateEnum
CREATE TYPE "ClaimType" AS ENUM ('event', 'quantity', 'attribution', 'causal', 'forecast', 'opinion');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('accurate', 'mostly_accurate', 'needs_context', 'inaccurate', 'unverifiable', 'opinion');

-- CreateEnum
CREATE TYPE "Likelihood" AS ENUM ('almost_no_chance', 'very_unlikely', 'unlikely', 'roughly_even_chance', 'likely', 'very_likely', 'almost_certain');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('low', 'moderate', 'high');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('draft', 'in_review', 'changes_requested', 'approved', 'rejected', 'retracted');

-- CreateEnum
CREATE TYPE "SubjectKind" AS ENUM ('actor', 'transfer', 'sanction', 'event');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('contributor', 'fact_checker', 'editor', 'admin');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "title_is_descriptive" BOOLEAN NOT NULL,
    "published" TEXT,
    "url" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "kind_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "country" CHAR(2),
    "description" TEXT NOT NULL,
    "aliases" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_identifiers" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "scheme" "IdentifierScheme" NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "actor_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_links" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "type" "ActorLinkType" NOT NULL,
    "note" TEXT,

    CONSTRAINT "actor_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_sources" (
    "actor_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "actor_sources_pkey" PRIMARY KEY ("actor_id","source_id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "date_uncertain" BOOLEAN NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_actors" (
    "event_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "event_actors_pkey" PRIMARY KEY ("event_id","actor_id")
);

-- CreateTable
CREATE TABLE "event_sources" (
    "event_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "event_sources_pkey" PRIMARY KEY ("event_id","source_id")
);

-- CreateTable
CREATE TABLE "sanctions" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "regime" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "adopted" TEXT,
    "adopted_note" TEXT,
    "imposed_by_id" UUID,
    "imposed_by_note" TEXT,
    "status" "SanctionStatus" NOT NULL,
    "status_note" TEXT,
    "note" TEXT,
    "monitoring_body_name" TEXT,
    "monitoring_body_id" UUID,
    "mandate_start" TEXT,
    "mandate_end" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sanctions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanction_provisions" (
    "id" UUID NOT NULL,
    "sanction_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "sanction_provisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanction_designations" (
    "id" UUID NOT NULL,
    "sanction_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "reference" TEXT,
    "listed_on" TEXT,
    "note" TEXT,

    CONSTRAINT "sanction_designations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanction_sources" (
    "sanction_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "sanction_sources_pkey" PRIMARY KEY ("sanction_id","source_id")
);

-- CreateTable
CREATE TABLE "transfers" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "supplier_id" UUID,
    "supplier_note" TEXT,
    "recipient_id" UUID NOT NULL,
    "item_category" "ItemCategory" NOT NULL,
    "designation" TEXT,
    "description" TEXT,
    "period_start" TEXT,
    "period_end" TEXT,
    "status" "TransferStatus" NOT NULL,
    "status_note" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "transfers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_intermediaries" (
    "transfer_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "transfer_intermediaries_pkey" PRIMARY KEY ("transfer_id","actor_id")
);

-- CreateTable
CREATE TABLE "route_legs" (
    "id" UUID NOT NULL,
    "transfer_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "mode" "RouteMode" NOT NULL,
    "from_id" UUID,
    "to_id" UUID,
    "label" TEXT NOT NULL,

    CONSTRAINT "route_legs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "route_leg_vessels" (
    "leg_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "route_leg_vessels_pkey" PRIMARY KEY ("leg_id","actor_id")
);

-- CreateTable
CREATE TABLE "quantity_estimates" (
    "id" UUID NOT NULL,
    "transfer_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "low" DECIMAL(22,4),
    "best" DECIMAL(22,4),
    "high" DECIMAL(22,4),
    "unit" TEXT NOT NULL,
    "qualifier" "QuantityQualifier" NOT NULL,
    "as_of" TEXT NOT NULL,
    "as_of_end" TEXT,
    "estimated_by" TEXT NOT NULL,
    "source_id" UUID NOT NULL,
    "note" TEXT,

    CONSTRAINT "quantity_estimates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_breaches" (
    "id" UUID NOT NULL,
    "transfer_id" UUID NOT NULL,
    "sanction_id" UUID NOT NULL,
    "provision_id" UUID,

    CONSTRAINT "transfer_breaches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_sources" (
    "transfer_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "transfer_sources_pkey" PRIMARY KEY ("transfer_id","source_id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_id" UUID NOT NULL,
    "assignee_id" UUID,
    "current_revision_id" UUID,
    "published_revision_id" UUID,
    "published_at" TIMESTAMPTZ(3),
    "retracted_at" TIMESTAMPTZ(3),
    "retraction_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_revisions" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "author_id" UUID NOT NULL,
    "claim_author_id" UUID NOT NULL,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "statement" TEXT NOT NULL,
    "quoted_phrase" TEXT,
    "claimant" TEXT NOT NULL,
    "claim_type" "ClaimType" NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "likelihood" "Likelihood",
    "confidence" "Confidence",
    "finding" TEXT NOT NULL,
    "appearance_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source_id" UUID NOT NULL,
    "reliability" "SourceReliability" NOT NULL,
    "credibility" SMALLINT NOT NULL,
    "supports" TEXT NOT NULL,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_subjects" (
    "id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SubjectKind" NOT NULL,
    "actor_id" UUID,
    "transfer_id" UUID,
    "sanction_id" UUID,
    "event_id" UUID,

    CONSTRAINT "claim_subjects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_see_also" (
    "revision_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "claim_see_also_pkey" PRIMARY KEY ("revision_id","target_id")
);

-- CreateTable
CREATE TABLE "claim_reviews" (
    "id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "decision" "ClaimStatus" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_history" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "revision_id" UUID,
    "actor_id" UUID NOT NULL,
    "from_status" "ClaimStatus",
    "to_status" "ClaimStatus" NOT NULL,
    "public_note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sources_ref_key" ON "sources"("ref");

-- CreateIndex
CREATE INDEX "sources_ref_number_idx" ON "sources"("ref_number");

-- CreateIndex
CREATE UNIQUE INDEX "actors_ref_key" ON "actors"("ref");

-- CreateIndex
CREATE INDEX "actors_ref_number_idx" ON "actors"("ref_number");

-- CreateIndex
CREATE INDEX "actors_kind_idx" ON "actors"("kind");

-- CreateIndex
CREATE INDEX "actor_identifiers_actor_id_idx" ON "actor_identifiers"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "actor_identifiers_scheme_value_key" ON "actor_identifiers"("scheme", "value");

-- CreateIndex
CREATE INDEX "actor_links_target_id_idx" ON "actor_links"("target_id");

-- CreateIndex
CREATE UNIQUE INDEX "actor_links_actor_id_target_id_type_key" ON "actor_links"("actor_id", "target_id", "type");

-- CreateIndex
CREATE INDEX "actor_sources_source_id_idx" ON "actor_sources"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_ref_key" ON "events"("ref");

-- CreateIndex
CREATE INDEX "events_date_ref_number_idx" ON "events"("date", "ref_number");

-- CreateIndex
CREATE INDEX "event_actors_actor_id_idx" ON "event_actors"("actor_id");

-- CreateIndex
CREATE INDEX "event_sources_source_id_idx" ON "event_sources"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "sanctions_ref_key" ON "sanctions"("ref");

-- CreateIndex
CREATE INDEX "sanctions_ref_number_idx" ON "sanctions"("ref_number");

-- CreateIndex
CREATE UNIQUE INDEX "sanction_provisions_sanction_id_key_key" ON "sanction_provisions"("sanction_id", "key");

-- CreateIndex
CREATE INDEX "sanction_designations_actor_id_idx" ON "sanction_designations"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "sanction_designations_sanction_id_actor_id_key" ON "sanction_designations"("sanction_id", "actor_id");

-- CreateIndex
CREATE INDEX "sanction_sources_source_id_idx" ON "sanction_sources"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "transfers_ref_key" ON "transfers"("ref");

-- CreateIndex
CREATE INDEX "transfers_ref_number_idx" ON "transfers"("ref_number");

-- CreateIndex
CREATE INDEX "transfers_supplier_id_idx" ON "transfers"("supplier_id");

-- CreateIndex
CREATE INDEX "transfers_recipient_id_idx" ON "transfers"("recipient_id");

-- CreateIndex
CREATE INDEX "transfer_intermediaries_actor_id_idx" ON "transfer_intermediaries"("actor_id");

-- CreateIndex
CREATE INDEX "route_legs_from_id_idx" ON "route_legs"("from_id");

-- CreateIndex
CREATE INDEX "route_legs_to_id_idx" ON "route_legs"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "route_legs_transfer_id_sequence_key" ON "route_legs"("transfer_id", "sequence");

-- CreateIndex
CREATE INDEX "route_leg_vessels_actor_id_idx" ON "route_leg_vessels"("actor_id");

-- CreateIndex
CREATE INDEX "quantity_estimates_transfer_id_as_of_idx" ON "quantity_estimates"("transfer_id", "as_of");

-- CreateIndex
CREATE INDEX "quantity_estimates_source_id_idx" ON "quantity_estimates"("source_id");

-- CreateIndex
CREATE INDEX "transfer_breaches_sanction_id_idx" ON "transfer_breaches"("sanction_id");

-- CreateIndex
CREATE UNIQUE INDEX "transfer_breaches_transfer_id_sanction_id_provision_id_key" ON "transfer_breaches"("transfer_id", "sanction_id", "provision_id");

-- CreateIndex
CREATE INDEX "transfer_sources_source_id_idx" ON "transfer_sources"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "claims_ref_key" ON "claims"("ref");

-- CreateIndex
CREATE UNIQUE INDEX "claims_current_revision_id_key" ON "claims"("current_revision_id");

-- CreateIndex
CREATE UNIQUE INDEX "claims_published_revision_id_key" ON "claims"("published_revision_id");

-- CreateIndex
CREATE INDEX "claims_status_ref_number_idx" ON "claims"("status", "ref_number");

-- CreateIndex
CREATE INDEX "claims_published_revision_id_ref_number_idx" ON "claims"("published_revision_id", "ref_number");

-- CreateIndex
CREATE INDEX "claims_assignee_id_idx" ON "claims"("assignee_id");

-- CreateIndex
CREATE INDEX "claim_revisions_verdict_idx" ON "claim_revisions"("verdict");

-- CreateIndex
CREATE UNIQUE INDEX "claim_revisions_claim_id_number_key" ON "claim_revisions"("claim_id", "number");

-- CreateIndex
CREATE INDEX "evidence_source_id_idx" ON "evidence"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_revision_id_position_key" ON "evidence"("revision_id", "position");

-- CreateIndex
CREATE INDEX "claim_subjects_actor_id_idx" ON "claim_subjects"("actor_id");

-- CreateIndex
CREATE INDEX "claim_subjects_transfer_id_idx" ON "claim_subjects"("transfer_id");

-- CreateIndex
CREATE INDEX "claim_subjects_sanction_id_idx" ON "claim_subjects"("sanction_id");

-- CreateIndex
CREATE INDEX "claim_subjects_event_id_idx" ON "claim_subjects"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_subjects_revision_id_position_key" ON "claim_subjects"("revision_id", "position");

-- CreateIndex
CREATE INDEX "claim_reviews_revision_id_idx" ON "claim_reviews"("revision_id");

-- CreateIndex
CREATE INDEX "claim_history_claim_id_at_idx" ON "claim_history"("claim_id", "at");

-- AddForeignKey
ALTER TABLE "actor_identifiers" ADD CONSTRAINT "actor_identifiers_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_links" ADD CONSTRAINT "actor_links_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_links" ADD CONSTRAINT "actor_links_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_sources" ADD CONSTRAINT "actor_sources_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_sources" ADD CONSTRAINT "actor_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_imposed_by_id_fkey" FOREIGN KEY ("imposed_by_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_monitoring_body_id_fkey" FOREIGN KEY ("monitoring_body_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction_provisions" ADD CONSTRAINT "sanction_provisions_sanction_id_fkey" FOREIGN KEY ("sanction_id") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction_designations" ADD CONSTRAINT "sanction_designations_sanction_id_fkey" FOREIGN KEY ("sanction_id") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction_designations" ADD CONSTRAINT "sanction_designations_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction_sources" ADD CONSTRAINT "sanction_sources_sanction_id_fkey" FOREIGN KEY ("sanction_id") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction_sources" ADD CONSTRAINT "sanction_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_intermediaries" ADD CONSTRAINT "transfer_intermediaries_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_intermediaries" ADD CONSTRAINT "transfer_intermediaries_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_leg_vessels" ADD CONSTRAINT "route_leg_vessels_leg_id_fkey" FOREIGN KEY ("leg_id") REFERENCES "route_legs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_leg_vessels" ADD CONSTRAINT "route_leg_vessels_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quantity_estimates" ADD CONSTRAINT "quantity_estimates_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quantity_estimates" ADD CONSTRAINT "quantity_estimates_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_breaches" ADD CONSTRAINT "transfer_breaches_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_breaches" ADD CONSTRAINT "transfer_breaches_sanction_id_fkey" FOREIGN KEY ("sanction_id") REFERENCES "sanctions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_breaches" ADD CONSTRAINT "transfer_breaches_provision_id_fkey" FOREIGN KEY ("provision_id") REFERENCES "sanction_provisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_sources" ADD CONSTRAINT "transfer_sources_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_sources" ADD CONSTRAINT "transfer_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_current_revision_id_fkey" FOREIGN KEY ("current_revision_id") REFERENCES "claim_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_published_revision_id_fkey" FOREIGN KEY ("published_revision_id") REFERENCES "claim_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_claim_author_id_fkey" FOREIGN KEY ("claim_author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_appearance_id_fkey" FOREIGN KEY ("appearance_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "claim_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "claim_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_transfer_id_fkey" FOREIGN KEY ("transfer_id") REFERENCES "transfers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_sanction_id_fkey" FOREIGN KEY ("sanction_id") REFERENCES "sanctions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_see_also" ADD CONSTRAINT "claim_see_also_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "claim_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_see_also" ADD CONSTRAINT "claim_see_also_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_reviews" ADD CONSTRAINT "claim_reviews_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "claim_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_reviews" ADD CONSTRAINT "claim_reviews_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_history" ADD CONSTRAINT "claim_history_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_history" ADD CONSTRAINT "claim_history_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express, added by hand.

-- Four eyes: whoever approves a revision wrote neither it nor the claim.
ALTER TABLE "claim_revisions" ADD CONSTRAINT "claim_revisions_four_eyes_check"
  CHECK ("approved_by_id" IS NULL OR ("approved_by_id" <> "author_id" AND "approved_by_id" <> "claim_author_id"));

-- A subject points at exactly the kind of record it says it does.
ALTER TABLE "claim_subjects" ADD CONSTRAINT "claim_subjects_one_target_check"
  CHECK (
    ("kind" = 'actor'    AND "actor_id"    IS NOT NULL AND "transfer_id" IS NULL AND "sanction_id" IS NULL AND "event_id" IS NULL) OR
    ("kind" = 'transfer' AND "transfer_id" IS NOT NULL AND "actor_id"    IS NULL AND "sanction_id" IS NULL AND "event_id" IS NULL) OR
    ("kind" = 'sanction' AND "sanction_id" IS NOT NULL AND "actor_id"    IS NULL AND "transfer_id" IS NULL AND "event_id" IS NULL) OR
    ("kind" = 'event'    AND "event_id"    IS NOT NULL AND "actor_id"    IS NULL AND "transfer_id" IS NULL AND "sanction_id" IS NULL)
  );

-- Admiralty credibility runs from 1 to 6.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_credibility_check" CHECK ("credibility" BETWEEN 1 AND 6);

-- Partial dates are ISO prefixes, never padded to a fake day.
ALTER TABLE "events" ADD CONSTRAINT "events_date_check" CHECK ("date" ~ '^\d{4}(-\d{2}(-\d{2})?)?$');
ALTER TABLE "sources" ADD CONSTRAINT "sources_published_check" CHECK ("published" IS NULL OR "published" ~ '^\d{4}(-\d{2}(-\d{2})?)?$');
ALTER TABLE "quantity_estimates" ADD CONSTRAINT "quantity_estimates_as_of_check" CHECK ("as_of" ~ '^\d{4}(-\d{2}(-\d{2})?)?$');

-- Quantities are never negative, and a range reads low <= best <= high.
ALTER TABLE "quantity_estimates" ADD CONSTRAINT "quantity_estimates_order_check" CHECK (
  ("low" IS NULL OR "low" >= 0) AND ("best" IS NULL OR "best" >= 0) AND ("high" IS NULL OR "high" >= 0) AND
  ("low" IS NULL OR "best" IS NULL OR "low" <= "best") AND
  ("best" IS NULL OR "high" IS NULL OR "best" <= "high") AND
  ("low" IS NULL OR "high" IS NULL OR "low" <= "high") AND
  ("low" IS NOT NULL OR "best" IS NOT NULL OR "high" IS NOT NULL)
);

-- Versions count saves from 1, for optimistic concurrency.
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_check" CHECK ("version" >= 1);
