import { actOnClaim } from "@armstrail/db";
import { EditorClaimSchema, ReviewDecisionInputSchema } from "@armstrail/domain";
import { reviewingProcedure } from "../workflow-access";

/** Sends a claim back to its author with an internal note. */
export const requestClaimChanges = reviewingProcedure
  .input(ReviewDecisionInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => actOnClaim(ctx.db, ctx.session, "request_changes", input));
