import { actOnClaim } from "@armstrail/db";
import { EditorClaimSchema, RetractClaimInputSchema } from "@armstrail/domain";
import { publishingProcedure } from "../workflow-access";

/** Takes a published claim off the public pages, with a reason readers see. */
export const retractClaim = publishingProcedure
  .input(RetractClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => actOnClaim(ctx.db, ctx.session, "retract", input));
