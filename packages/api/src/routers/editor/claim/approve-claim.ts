import { actOnClaim } from "@armstrail/db";
import { ApproveClaimInputSchema, EditorClaimSchema } from "@armstrail/domain";
import { reviewingProcedure } from "../workflow-access";

/** Publishes the revision under review. Never by one of its authors (four eyes). */
export const approveClaim = reviewingProcedure
  .input(ApproveClaimInputSchema)
  .output(EditorClaimSchema)
  .mutation(({ ctx, input }) => actOnClaim(ctx.db, ctx.session, "approve", input));
