import { saveClaim as saveClaimRevision } from "@armstrail/db";
import { EditorClaimSchema, SaveClaimInputSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/**
 * Saves a new revision. Contributors edit their own drafts; fact-checkers and above any
 * claim still in the workflow (the domain's canEditClaim). A stale baseVersion is refused
 * with CONFLICT and the details needed to merge.
 */
export const saveClaim = draftingProcedure
  .input(SaveClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => saveClaimRevision(ctx.db, ctx.session, input));
