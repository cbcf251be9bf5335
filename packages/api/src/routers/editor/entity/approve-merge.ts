// The second pair of eyes on a merge of two published actors: an editor who neither
// proposed it nor created the survivor carries it out.
import { decideActorMergeProposal } from "@armstrail/db";
import { MergeDecisionInputSchema, MergeProposalSchema } from "@armstrail/domain";
import { accessProcedure } from "../../../trpc";

export const approveMergeProcedure = accessProcedure("publish")
  .input(MergeDecisionInputSchema)
  .output(MergeProposalSchema)
  .mutation(({ ctx, input }) => decideActorMergeProposal(ctx.db, ctx.session, "approve", input));
