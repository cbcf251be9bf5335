import { listReviewQueue } from "@armstrail/db";
import { ReviewQueueInputSchema, ReviewQueueItemSchema, pageOf } from "@armstrail/domain";
import { roleProcedure } from "../../trpc";

/** Claims waiting for review. Reviewers see every one; assignment and filters narrow it down. */
export const listReviewQueueProcedure = roleProcedure("fact_checker", "editor", "admin")
  .input(ReviewQueueInputSchema)
  .output(pageOf(ReviewQueueItemSchema))
  .query(({ ctx, input }) => listReviewQueue(ctx.db, input));
