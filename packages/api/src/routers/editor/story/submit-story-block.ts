import { actOnStoryBlock } from "@armstrail/db";
import { EditorStoryBlockSchema, StoryBlockVersionInputSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

export const submitStoryBlock = draftingProcedure
  .input(StoryBlockVersionInputSchema)
  .output(EditorStoryBlockSchema)
  .mutation(({ ctx, input }) => actOnStoryBlock(ctx.db, ctx.session, "submit", input));
