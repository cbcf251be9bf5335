import { listReviewQueue } from "@armstrail/db";
import { IdSchema, PageInputSchema, ReviewQueueItemSchema, pageOf } from "@armstrail/domain";
import { roleProcedure } from "../../trpc";

/** Claims waiting for review. Reviewers see every one; assignment narrows it down. */
export const listReviewQueueProcedure = roleProcedure("fact_checker", "editor", "admin")
  .input(PageInputSchema.extend({ assigneeId: IdSchema.optional() }))
  .output(pageOf(ReviewQueueItemSchema))
  .query(({ ctx, input }) => listReviewQueue(ctx.db, input));
