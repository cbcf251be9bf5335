import { getPublishedStory } from "@armstrail/db";
import { StorySchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

/** The published story, its citations resolved to published claims only. */
export const getStory = publicProcedure
  .input(z.void())
  .output(StorySchema)
  .query(({ ctx }) => getPublishedStory(ctx.db));
