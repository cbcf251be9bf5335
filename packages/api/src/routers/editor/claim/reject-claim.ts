import { actOnClaim } from "@armstrail/db";
import { EditorClaimSchema, ReviewDecisionInputSchema } from "@armstrail/domain";
import { reviewingProcedure } from "../workflow-access";

/** Rejects the revision under review; a rejected correction leaves the approved text in place. */
export const rejectClaim = reviewingProcedure
  .input(ReviewDecisionInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => actOnClaim(ctx.db, ctx.session, "reject", input));
