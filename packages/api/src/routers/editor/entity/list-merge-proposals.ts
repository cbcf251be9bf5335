// The merges waiting for a second editor that involve an actor, for its page.
import { listActorMergeProposals } from "@armstrail/db";
import { ByIdInputSchema, MergeProposalSchema } from "@armstrail/domain";
import { z } from "zod";
import { signedInProcedure } from "../../../trpc";

export const listMergeProposalsProcedure = signedInProcedure
  .input(ByIdInputSchema)
  .output(z.array(MergeProposalSchema))
  .query(({ ctx, input }) => listActorMergeProposals(ctx.db, input.id));
