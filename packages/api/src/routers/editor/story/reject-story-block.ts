import { actOnStoryBlock } from "@armstrail/db";
import { EditorStoryBlockSchema, StoryReviewDecisionInputSchema } from "@armstrail/domain";
import { reviewingProcedure } from "../workflow-access";

/** Rejects the revision under review; a published block keeps its published text. */
export const rejectStoryBlock = reviewingProcedure
  .input(StoryReviewDecisionInputSchema)
  .output(EditorStoryBlockSchema)
  .mutation(({ ctx, input }) => actOnStoryBlock(ctx.db, ctx.session, "reject", input));
