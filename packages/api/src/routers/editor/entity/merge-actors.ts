// Merging two actors that are one. Two unpublished actors merge at once; two published ones
// only as a proposal that a second editor approves (see approve-merge.ts), since the merge
// puts the duplicate's names and ref in front of readers.
import { mergeActors } from "@armstrail/db";
import { ActorMergeInputSchema, ActorMergeResultSchema } from "@armstrail/domain";
import { accessProcedure } from "../../../trpc";

/** Merges a duplicate actor into the survivor, or proposes it: references move, the old ref redirects. */
export const mergeActorsProcedure = accessProcedure("publish")
  .input(ActorMergeInputSchema)
  .output(ActorMergeResultSchema)
  .mutation(({ ctx, input }) => mergeActors(ctx.db, ctx.session, input));
