import { getEditorStoryBlock } from "@armstrail/db";
import { ByIdInputSchema, EditorStoryBlockSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

export const getStoryBlock = draftingProcedure
  .input(ByIdInputSchema)
  .output(EditorStoryBlockSchema)
  .query(({ ctx, input }) => getEditorStoryBlock(ctx.db, input.id));
