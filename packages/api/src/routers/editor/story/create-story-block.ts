import { createStoryBlock as createBlock } from "@armstrail/db";
import { CreateStoryBlockInputSchema, EditorStoryBlockSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/**
 * Adds a block to the story as a draft by its author. Whoever may save a block's text may
 * propose a new one: it is public only once an editor other than its authors approves it.
 */
export const createStoryBlock = draftingProcedure
  .input(CreateStoryBlockInputSchema)
  .output(EditorStoryBlockSchema)
  .mutation(({ ctx, input }) => createBlock(ctx.db, ctx.session, input));
