import { actOnClaim } from "@armstrail/db";
import { ClaimVersionInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** Sends a claim to review: it needs evidence with a source unless it is an opinion. */
export const submitClaim = draftingProcedure
  .input(ClaimVersionInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => actOnClaim(ctx.db, ctx.session, "submit", input));
