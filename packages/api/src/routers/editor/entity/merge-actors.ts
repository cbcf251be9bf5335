import { mergeActors } from "@armstrail/db";
import { ActorMergeInputSchema, editorEntitySchema } from "@armstrail/domain";
import { roleProcedure } from "../../../trpc";
import { entityRoles } from "./entity-procedures";

/** Merges a duplicate actor into the survivor: references move, the old ref redirects. */
export const mergeActorsProcedure = roleProcedure(...entityRoles.merge)
  .input(ActorMergeInputSchema)
  .output(editorEntitySchema("actor"))
  .mutation(({ ctx, input }) => mergeActors(ctx.db, ctx.session, input));
