import { listEditorStoryBlocks } from "@armstrail/db";
import { StoryBlockListInputSchema, StoryBlockListItemSchema } from "@armstrail/domain";
import { z } from "zod";
import { draftingProcedure } from "../workflow-access";

/** The story's blocks in reading order, with where each stands. */
export const listStoryBlocks = draftingProcedure
  .input(StoryBlockListInputSchema)
  .output(z.array(StoryBlockListItemSchema))
  .query(({ ctx, input }) => listEditorStoryBlocks(ctx.db, input));
