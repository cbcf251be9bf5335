import { getPublishedClaim } from "@armstrail/db";
import { ByIdInputSchema, ClaimRefSchema, PublicClaimSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../../trpc";

export const getClaimById = publicProcedure
  .input(ByIdInputSchema)
  .output(PublicClaimSchema)
  .query(({ ctx, input }) => getPublishedClaim(ctx.db, { id: input.id }));

export const getClaimByRef = publicProcedure
  .input(z.object({ ref: ClaimRefSchema }))
  .output(PublicClaimSchema)
  .query(({ ctx, input }) => getPublishedClaim(ctx.db, { ref: input.ref }));
