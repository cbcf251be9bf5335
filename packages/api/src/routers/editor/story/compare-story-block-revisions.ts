import { compareStoryBlockRevisions as compareRevisions } from "@armstrail/db";
import { CompareStoryRevisionsInputSchema, StoryRevisionComparisonSchema } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

export const compareStoryBlockRevisions = draftingProcedure
  .input(CompareStoryRevisionsInputSchema)
  .output(StoryRevisionComparisonSchema)
  .query(({ ctx, input }) => compareRevisions(ctx.db, input));
