// The front page lists investigations; readers and tools need them with their verdict counts
// in one call, and only the published ones.
import { listPublishedInvestigations } from "@armstrail/db";
import { InvestigationSummarySchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../../trpc";

/** Every published investigation, with the verdict counts of its published claims. */
export const listInvestigations = publicProcedure
  .input(z.void())
  .output(z.array(InvestigationSummarySchema))
  .query(({ ctx }) => listPublishedInvestigations(ctx.db));
