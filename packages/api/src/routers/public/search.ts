import { searchPublished } from "@armstrail/db";
import { SearchHitSchema, SearchInputSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

/**
 * Searches published claims, actors, transfers and sanctions; within one investigation, its
 * claims and transfers and the register's records they involve.
 */
export const searchPublishedData = publicProcedure
  .input(SearchInputSchema)
  .output(z.object({ hits: z.array(SearchHitSchema) }))
  .query(async ({ ctx, input }) => ({
    hits: await searchPublished(ctx.db, input.query, input.limit, {
      investigationSlug: input.investigation,
    }),
  }));
