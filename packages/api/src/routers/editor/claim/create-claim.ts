import { createClaim as createClaimDraft } from "@armstrail/db";
import { CreateClaimInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** A new draft claim with the next free reference; its author is the caller. */
export const createClaim = draftingProcedure
  .input(CreateClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => createClaimDraft(ctx.db, ctx.session, input));
