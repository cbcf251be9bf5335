import { listClaimRevisions as listRevisions } from "@armstrail/db";
import { ByIdInputSchema, ClaimRevisionListItemSchema } from "@armstrail/domain";
import { z } from "zod";
import { draftingProcedure } from "../workflow-access";

/** Every revision of a claim, newest first, with who wrote and who approved it. */
export const listClaimRevisions = draftingProcedure
  .input(ByIdInputSchema)
  .output(z.array(ClaimRevisionListItemSchema))
  .query(({ ctx, input }) => listRevisions(ctx.db, input.id));
