import { listReviewItems } from "@armstrail/db";
import { ReviewItemsInputSchema, ReviewItemsSchema } from "@armstrail/domain";
import { draftingProcedure } from "./workflow-access";

/**
 * Records of every kind waiting at one stage (to be submitted, or for a reviewer), in the
 * order bulk review acts on them: what the review queue selects from.
 */
export const listReviewItemsProcedure = draftingProcedure
  .input(ReviewItemsInputSchema)
  .output(ReviewItemsSchema)
  .query(({ ctx, input }) => listReviewItems(ctx.db, input));
