import { actOnStoryBlock } from "@armstrail/db";
import { EditorStoryBlockSchema, StoryReviewDecisionInputSchema } from "@armstrail/domain";
import { reviewingProcedure } from "../workflow-access";

export const requestStoryBlockChanges = reviewingProcedure
  .input(StoryReviewDecisionInputSchema)
  .output(EditorStoryBlockSchema)
  .mutation(({ ctx, input }) => actOnStoryBlock(ctx.db, ctx.session, "request_changes", input));
