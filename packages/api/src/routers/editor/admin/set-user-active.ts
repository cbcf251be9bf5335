import { setPersonActive } from "@armstrail/db";
import { PersonSchema, SetActiveInputSchema } from "@armstrail/domain";
import { adminActor, adminProcedure } from "./admin-procedure";

/** Deactivating ends the person's sessions at once; their API tokens stop working too. */
export const setUserActive = adminProcedure
  .input(SetActiveInputSchema)
  .output(PersonSchema)
  .mutation(({ ctx, input }) =>
    setPersonActive(ctx.db, adminActor(ctx.session), input.userId, input.active),
  );
