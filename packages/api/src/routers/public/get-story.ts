import { getPublishedStory } from "@armstrail/db";
import { InvestigationFilterSchema, StorySchema } from "@armstrail/domain";
import { publicProcedure } from "../../trpc";

/**
 * The published story, its citations resolved to published claims only: one
 * investigation's, or every published block when no investigation is named.
 */
export const getStory = publicProcedure
  .input(InvestigationFilterSchema.optional())
  .output(StorySchema)
  .query(({ ctx, input }) =>
    getPublishedStory(ctx.db, { investigationSlug: input?.investigation }),
  );
