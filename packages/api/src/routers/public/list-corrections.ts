import { listCorrections } from "@armstrail/db";
import { ClaimRefSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

/** Every retraction and correction, newest first, with its date and public reason. */
export const listCorrectionsProcedure = publicProcedure
  .input(z.void())
  .output(
    z.array(
      z.object({
        ref: ClaimRefSchema,
        statement: z.string(),
        kind: z.enum(["retraction", "correction"]),
        at: z.iso.datetime(),
        reason: z.string(),
      }),
    ),
  )
  .query(({ ctx }) => listCorrections(ctx.db));
