// A claim drafted under the wrong investigation must be movable before anyone reads it;
// once published it stays (the service refuses), so no one person re-files public text.
import { setClaimInvestigation as moveClaim } from "@armstrail/db";
import { EditorClaimSchema, SetClaimInvestigationInputSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** Moves a claim nobody reads yet to another investigation (whoever may edit it). */
export const setClaimInvestigation = draftingProcedure
  .input(SetClaimInvestigationInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => moveClaim(ctx.db, ctx.session, input));
