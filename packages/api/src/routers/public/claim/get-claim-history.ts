import { getPublicClaimHistory } from "@armstrail/db";
import { ClaimRefSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../../trpc";

/** When a claim was published, corrected or retracted, with the public notes. */
export const getClaimHistory = publicProcedure
  .input(z.object({ ref: ClaimRefSchema }))
  .output(
    z.array(
      z.object({
        at: z.iso.datetime(),
        event: z.enum(["published", "corrected", "retracted"]),
        note: z.string().nullable(),
      }),
    ),
  )
  .query(({ ctx, input }) => getPublicClaimHistory(ctx.db, input.ref));
