import { countPublishedClaims } from "@armstrail/db";
import { ClaimListInputSchema, VerdictSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../../trpc";

const FilterSchema = ClaimListInputSchema.omit({ limit: true, cursor: true, verdict: true });

/** How many published claims carry each verdict, under the same filters as `list`. */
export const countClaimsByVerdict = publicProcedure
  .input(FilterSchema)
  .output(
    z.object({ total: z.number().int(), byVerdict: z.record(VerdictSchema, z.number().int()) }),
  )
  .query(async ({ ctx, input: { investigation, ...filter } }) => {
    const input = { ...filter, investigationSlug: investigation };
    const counts = await Promise.all(
      VerdictSchema.options.map(
        async (verdict) =>
          [verdict, await countPublishedClaims(ctx.db, { ...input, verdict })] as const,
      ),
    );
    const byVerdict = Object.fromEntries(counts) as Record<
      (typeof VerdictSchema.options)[number],
      number
    >;
    return { total: counts.reduce((sum, [, n]) => sum + n, 0), byVerdict };
  });
