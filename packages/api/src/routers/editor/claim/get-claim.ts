import { getEditorClaim } from "@armstrail/db";
import { ClaimKeyInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** One claim as the newsroom sees it, by id or reference: internal notes included. */
export const getClaim = draftingProcedure
  .input(ClaimKeyInputSchema)
  .output(EditorClaimSchema)
  .query(({ ctx, input }) => getEditorClaim(ctx.db, input));
