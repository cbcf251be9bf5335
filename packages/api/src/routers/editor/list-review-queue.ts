import { listReviewQueue } from "@armstrail/db";
import { ReviewQueueInputSchema, ReviewQueueItemSchema, pageOf } from "@armstrail/domain";
import { accessProcedure } from "../../trpc";

/** Claims waiting for review. Reviewers see every one; assignment and filters narrow it down. */
export const listReviewQueueProcedure = accessProcedure("review")
  .input(ReviewQueueInputSchema)
  .output(pageOf(ReviewQueueItemSchema))
  .query(({ ctx, input }) => listReviewQueue(ctx.db, input));
