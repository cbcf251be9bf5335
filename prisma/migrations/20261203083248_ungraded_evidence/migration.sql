-- AlterTable
ALTER TABLE "evidence" ALTER COLUMN "reliability" DROP NOT NULL,
ALTER COLUMN "credibility" DROP NOT NULL;

-- Not yet graded is a state of its own (both axes null), never half a grade.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_grade_check"
  CHECK (("reliability" IS NULL) = ("credibility" IS NULL));

-- An approved revision's evidence is all graded: the approval refuses ungraded items
-- (domain and API), and these triggers back it up from both sides, whichever row is
-- written last. The bodies spell their semicolons as \073 (see the editor migration).
CREATE FUNCTION "evidence_graded_if_approved"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW."reliability" IS NULL AND EXISTS (SELECT 1 FROM "claim_revisions" r WHERE r."id" = NEW."revision_id" AND r."approved_by_id" IS NOT NULL) THEN RAISE EXCEPTION ''evidence % of an approved claim revision is not graded'', NEW."position" + 1 USING ERRCODE = ''check_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "evidence_graded_if_approved" BEFORE INSERT OR UPDATE ON "evidence"
  FOR EACH ROW EXECUTE FUNCTION "evidence_graded_if_approved"();

CREATE FUNCTION "claim_revision_approved_graded"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW."approved_by_id" IS NOT NULL AND EXISTS (SELECT 1 FROM "evidence" e WHERE e."revision_id" = NEW."id" AND e."reliability" IS NULL) THEN RAISE EXCEPTION ''claim revision % cannot be approved: some of its evidence is not graded'', NEW."id" USING ERRCODE = ''check_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "claim_revision_approved_graded" BEFORE INSERT OR UPDATE OF "approved_by_id" ON "claim_revisions"
  FOR EACH ROW EXECUTE FUNCTION "claim_revision_approved_graded"();
