-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('port', 'depot', 'factory', 'airbase', 'border_crossing', 'strike_site', 'city', 'other');

-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'place';

-- AlterTable
ALTER TABLE "actors" ADD COLUMN     "place_id" UUID;

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "place_id" UUID;

-- AlterTable
ALTER TABLE "route_legs" ADD COLUMN     "from_place_id" UUID,
ADD COLUMN     "to_place_id" UUID,
ADD COLUMN     "via_place_id" UUID;

-- CreateTable
CREATE TABLE "places" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "ref_number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "country" CHAR(2),
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "precision" TEXT NOT NULL,
    "review_status" "EntityStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "places_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_sources" (
    "place_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "place_sources_pkey" PRIMARY KEY ("place_id","source_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "places_ref_key" ON "places"("ref");

-- CreateIndex
CREATE INDEX "places_ref_number_idx" ON "places"("ref_number");

-- CreateIndex
CREATE INDEX "place_sources_source_id_idx" ON "place_sources"("source_id");

-- CreateIndex
CREATE INDEX "actors_place_id_idx" ON "actors"("place_id");

-- CreateIndex
CREATE INDEX "events_place_id_idx" ON "events"("place_id");

-- CreateIndex
CREATE INDEX "route_legs_from_place_id_idx" ON "route_legs"("from_place_id");

-- CreateIndex
CREATE INDEX "route_legs_to_place_id_idx" ON "route_legs"("to_place_id");

-- CreateIndex
CREATE INDEX "route_legs_via_place_id_idx" ON "route_legs"("via_place_id");

-- AddForeignKey
ALTER TABLE "actors" ADD CONSTRAINT "actors_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_sources" ADD CONSTRAINT "place_sources_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_sources" ADD CONSTRAINT "place_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_from_place_id_fkey" FOREIGN KEY ("from_place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_to_place_id_fkey" FOREIGN KEY ("to_place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_via_place_id_fkey" FOREIGN KEY ("via_place_id") REFERENCES "places"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a place's coordinates are valid decimal degrees, whatever wrote them.
ALTER TABLE "places" ADD CONSTRAINT "places_latitude_check" CHECK ("latitude" BETWEEN -90 AND 90);
ALTER TABLE "places" ADD CONSTRAINT "places_longitude_check" CHECK ("longitude" BETWEEN -180 AND 180);
