-- A vocabulary for any arms transfer (issue 10, section 5).
-- Today's values keep their names and meaning: artillery_ammunition, rockets,
-- ballistic_missiles, munitions_unspecified, dual_use_components, fuel,
-- military_technology, civilian_goods and other each stay a value of the longer list, so no
-- row changes category. Every estimate stored so far counted what was delivered and was a
-- total: the new "stage" column defaults to delivered, "per" (a rate) to none.

-- CreateEnum
CREATE TYPE "TransferStage" AS ENUM ('agreed', 'licensed_production', 'delivered', 'used_in_combat', 'intercepted_or_found');

-- CreateEnum
CREATE TYPE "RatePeriod" AS ENUM ('day', 'month', 'year');

-- The five longer lists are rebuilt rather than extended, so that their values stand in
-- the domain's order (ADD VALUE can only append). Each column is cast by name: every value
-- it holds today exists in the new list with the same name and meaning.

ALTER TYPE "ActorKind" RENAME TO "ActorKind_old";
CREATE TYPE "ActorKind" AS ENUM ('state', 'government_body', 'armed_force', 'military_unit', 'intelligence_agency', 'state_enterprise', 'company', 'private_military_company', 'organisation', 'research_institute', 'think_tank', 'media', 'ngo', 'international_organisation', 'person', 'port', 'vessel', 'facility', 'other');
ALTER TABLE "actors" ALTER COLUMN "kind" TYPE "ActorKind" USING ("kind"::text::"ActorKind");
DROP TYPE "ActorKind_old";

ALTER TYPE "ItemCategory" RENAME TO "ItemCategory_old";
CREATE TYPE "ItemCategory" AS ENUM ('aircraft', 'uncrewed_aircraft', 'loitering_munitions', 'air_defence_systems', 'anti_submarine_warfare_weapons', 'armoured_vehicles', 'artillery', 'engines', 'missiles', 'ballistic_missiles', 'naval_weapons', 'satellites', 'sensors', 'ships', 'other_major_arms', 'artillery_ammunition', 'rockets', 'ammunition', 'small_arms', 'munitions_unspecified', 'components', 'dual_use_components', 'production_lines', 'licences', 'military_technology', 'training', 'personnel', 'payments', 'barter', 'fuel', 'civilian_goods', 'other');
ALTER TABLE "transfers" ALTER COLUMN "item_category" TYPE "ItemCategory" USING ("item_category"::text::"ItemCategory");
DROP TYPE "ItemCategory_old";

ALTER TYPE "QuantityQualifier" RENAME TO "QuantityQualifier_old";
CREATE TYPE "QuantityQualifier" AS ENUM ('stated', 'exactly', 'about', 'more_than', 'at_least', 'up_to', 'fewer_than');
ALTER TABLE "quantity_estimates" ALTER COLUMN "qualifier" TYPE "QuantityQualifier" USING ("qualifier"::text::"QuantityQualifier");
DROP TYPE "QuantityQualifier_old";

ALTER TYPE "TransferStatus" RENAME TO "TransferStatus_old";
CREATE TYPE "TransferStatus" AS ENUM ('unverified', 'alleged', 'reported', 'announced', 'confirmed', 'denied', 'suspended', 'lapsed', 'reinstated', 'cancelled', 'other');
ALTER TABLE "transfers" ALTER COLUMN "status" TYPE "TransferStatus" USING ("status"::text::"TransferStatus");
DROP TYPE "TransferStatus_old";

ALTER TYPE "SanctionStatus" RENAME TO "SanctionStatus_old";
CREATE TYPE "SanctionStatus" AS ENUM ('unverified', 'announced', 'in_force', 'suspended', 'lapsed', 'reinstated', 'terminated', 'other');
ALTER TABLE "sanctions" ALTER COLUMN "status" TYPE "SanctionStatus" USING ("status"::text::"SanctionStatus");
DROP TYPE "SanctionStatus_old";

-- AlterTable
ALTER TABLE "actors" ADD COLUMN     "kind_wording" TEXT;

-- AlterTable
ALTER TABLE "sanctions" ADD COLUMN     "status_since" TEXT,
ADD COLUMN     "status_until" TEXT,
ADD COLUMN     "status_wording" TEXT;

-- AlterTable
ALTER TABLE "transfers" ADD COLUMN     "item_category_wording" TEXT,
ADD COLUMN     "range_high" DECIMAL(22,4),
ADD COLUMN     "range_low" DECIMAL(22,4),
ADD COLUMN     "range_note" TEXT,
ADD COLUMN     "range_unit" TEXT,
ADD COLUMN     "status_since" TEXT,
ADD COLUMN     "status_until" TEXT,
ADD COLUMN     "status_wording" TEXT;

-- AlterTable
ALTER TABLE "quantity_estimates" ADD COLUMN     "per" "RatePeriod",
ADD COLUMN     "stage" "TransferStage" NOT NULL DEFAULT 'delivered',
ADD COLUMN     "wording" TEXT;

-- An estimate may have no number when the source gave words instead ("several hundred"):
-- it then carries them. Figures stay non-negative and ordered as before.
ALTER TABLE "quantity_estimates" DROP CONSTRAINT "quantity_estimates_order_check";
ALTER TABLE "quantity_estimates" ADD CONSTRAINT "quantity_estimates_order_check" CHECK (
  ("low" IS NULL OR "low" >= 0) AND ("best" IS NULL OR "best" >= 0) AND ("high" IS NULL OR "high" >= 0) AND
  ("low" IS NULL OR "best" IS NULL OR "low" <= "best") AND
  ("best" IS NULL OR "high" IS NULL OR "best" <= "high") AND
  ("low" IS NULL OR "high" IS NULL OR "low" <= "high") AND
  ("low" IS NOT NULL OR "best" IS NOT NULL OR "high" IS NOT NULL OR "wording" IS NOT NULL)
);

-- A transfer's overall range reads low <= high, never negative.
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_range_check" CHECK (
  ("range_low" IS NULL OR "range_low" >= 0) AND ("range_high" IS NULL OR "range_high" >= 0) AND
  ("range_low" IS NULL OR "range_high" IS NULL OR "range_low" <= "range_high")
);

-- A status's dates are partial ISO dates, like every other date.
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_status_dates_check" CHECK (
  ("status_since" IS NULL OR "status_since" ~ '^\d{4}(-\d{2}(-\d{2})?)?$') AND
  ("status_until" IS NULL OR "status_until" ~ '^\d{4}(-\d{2}(-\d{2})?)?$')
);
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_status_dates_check" CHECK (
  ("status_since" IS NULL OR "status_since" ~ '^\d{4}(-\d{2}(-\d{2})?)?$') AND
  ("status_until" IS NULL OR "status_until" ~ '^\d{4}(-\d{2}(-\d{2})?)?$')
);
