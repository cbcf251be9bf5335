import { commentOnClaim } from "@armstrail/db";
import { CommentClaimInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** An internal comment on a claim; never public. */
export const addClaimComment = draftingProcedure
  .input(CommentClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => commentOnClaim(ctx.db, ctx.session, input));
