import { listCorrections } from "@armstrail/db";
import { ClaimRefSchema, InvestigationFilterSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

/**
 * Every retraction and correction (of one investigation's claims, if named), newest first,
 * with its date and public reason.
 */
export const listCorrectionsProcedure = publicProcedure
  .input(InvestigationFilterSchema.optional())
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
  .query(({ ctx, input }) => listCorrections(ctx.db, { investigationSlug: input?.investigation }));
