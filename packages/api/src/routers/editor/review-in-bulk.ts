import { ForbiddenError, reviewInBulk } from "@armstrail/db";
import { BulkReviewInputSchema, BulkReviewResultSchema, bulkActionRoles } from "@armstrail/domain";
import { draftingProcedure } from "./workflow-access";

/**
 * One action (submit, publish, reject) on up to 500 records of any kind, so publishing a
 * case is one request instead of two per record. Each record is still decided by its own
 * rules and answered on its own: done, or refused with the reason.
 */
export const reviewInBulkProcedure = draftingProcedure
  .input(BulkReviewInputSchema)
  .output(BulkReviewResultSchema)
  .mutation(({ ctx, input }) => {
    const roles = bulkActionRoles[input.action];
    if (!roles.includes(ctx.session.role))
      throw new ForbiddenError(
        `The ${ctx.session.role.replace("_", "-")} role cannot ${input.action} records; this needs one of: ${roles.join(", ")}`,
        "role_not_allowed",
      );
    return reviewInBulk(ctx.db, ctx.session, input);
  });
