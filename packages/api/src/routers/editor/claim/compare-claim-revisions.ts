import { compareClaimRevisions as compareRevisions } from "@armstrail/db";
import { CompareRevisionsInputSchema, RevisionComparisonSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** Any two revisions side by side, and which fields differ. */
export const compareClaimRevisions = draftingProcedure
  .input(CompareRevisionsInputSchema)
  .output(RevisionComparisonSchema)
  .query(({ ctx, input }) => compareRevisions(ctx.db, input));
