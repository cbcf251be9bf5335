import { listStoryBlockRevisions as listRevisions } from "@armstrail/db";
import { ByIdInputSchema, StoryRevisionListItemSchema } from "@armstrail/domain";
import { z } from "zod";
import { draftingProcedure } from "../workflow-access";

export const listStoryBlockRevisions = draftingProcedure
  .input(ByIdInputSchema)
  .output(z.array(StoryRevisionListItemSchema))
  .query(({ ctx, input }) => listRevisions(ctx.db, input.id));
