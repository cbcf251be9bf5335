import { assignClaim as assignClaimTo } from "@armstrail/db";
import { AssignClaimInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { reviewingProcedure } from "../workflow-access";

/** Assigns a claim to an active reviewer, or to nobody. */
export const assignClaim = reviewingProcedure
  .input(AssignClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => assignClaimTo(ctx.db, ctx.session, input));
