// Turning down a proposed merge (or, for its proposer, withdrawing it): nothing moves.
import { decideActorMergeProposal } from "@armstrail/db";
import { MergeDecisionInputSchema, MergeProposalSchema } from "@armstrail/domain";
import { accessProcedure } from "../../../trpc";

export const rejectMergeProcedure = accessProcedure("publish")
  .input(MergeDecisionInputSchema)
  .output(MergeProposalSchema)
  .mutation(({ ctx, input }) => decideActorMergeProposal(ctx.db, ctx.session, "reject", input));
