// Turning down a proposed merge (or, for its proposer, withdrawing it): nothing moves.
import { decideActorMergeProposal } from "@armstrail/db";
import { MergeDecisionInputSchema, MergeProposalSchema } from "@armstrail/domain";
import { roleProcedure } from "../../../trpc";
import { entityRoles } from "./entity-procedures";

export const rejectMergeProcedure = roleProcedure(...entityRoles.merge)
  .input(MergeDecisionInputSchema)
  .output(MergeProposalSchema)
  .mutation(({ ctx, input }) => decideActorMergeProposal(ctx.db, ctx.session, "reject", input));
