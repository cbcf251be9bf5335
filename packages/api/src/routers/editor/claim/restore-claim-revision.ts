import { restoreClaimRevision as restoreRevision } from "@armstrail/db";
import { EditorClaimSchema, RestoreRevisionInputSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** Brings back an older revision's content as a new revision; nothing is rewritten. */
export const restoreClaimRevision = draftingProcedure
  .input(RestoreRevisionInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => restoreRevision(ctx.db, ctx.session, input));
