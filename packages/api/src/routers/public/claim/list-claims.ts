import { listPublishedClaims } from "@armstrail/db";
import { ClaimListInputSchema, PublicClaimSchema, pageOf } from "@armstrail/domain";
import { publicProcedure } from "../../../trpc";

/**
 * Published claims, filtered by verdict, type, actor, transfer, sanction or investigation;
 * cursor-paginated.
 */
export const listClaims = publicProcedure
  .input(ClaimListInputSchema)
  .output(pageOf(PublicClaimSchema))
  .query(({ ctx, input: { investigation, ...input } }) =>
    listPublishedClaims(ctx.db, { ...input, investigationSlug: investigation }),
  );
