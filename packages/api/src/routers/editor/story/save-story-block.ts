import { saveStoryBlock as saveBlock } from "@armstrail/db";
import { EditorStoryBlockSchema, SaveStoryBlockInputSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/**
 * Saves a new revision of a block. Every sentence with a figure or a date must cite a
 * claim, and every cited claim must exist; saving a published block opens a new draft.
 */
export const saveStoryBlock = draftingProcedure
  .input(SaveStoryBlockInputSchema)
  .output(EditorStoryBlockSchema)
  .mutation(({ ctx, input }) => saveBlock(ctx.db, ctx.session, input));
