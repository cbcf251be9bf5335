// An investigation's page: its words, counts and the articles it checked, each with its
// published claims in reading order. An unknown or unpublished slug is NOT_FOUND.
import { getPublishedInvestigation } from "@armstrail/db";
import { InvestigationBySlugInputSchema, InvestigationSchema } from "@armstrail/domain";
import { publicProcedure } from "../../../trpc";

/** One published investigation by slug, with its checked articles. */
export const getInvestigationBySlug = publicProcedure
  .input(InvestigationBySlugInputSchema)
  .output(InvestigationSchema)
  .query(({ ctx, input }) => getPublishedInvestigation(ctx.db, input.slug));
