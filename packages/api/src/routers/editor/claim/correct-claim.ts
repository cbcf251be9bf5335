import { actOnClaim } from "@armstrail/db";
import { CorrectClaimInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { publishingProcedure } from "../workflow-access";

/**
 * Starts a correction: a new draft copied from the published revision, whose note readers
 * see once it is approved. The approved text stays public meanwhile.
 */
export const correctClaim = publishingProcedure
  .input(CorrectClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input: { note, ...rest } }) =>
    actOnClaim(ctx.db, ctx.session, "correct", { ...rest, reason: note }),
  );
