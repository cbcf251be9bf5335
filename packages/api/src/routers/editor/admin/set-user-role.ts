import { setPersonRole } from "@armstrail/db";
import { PersonSchema, SetRoleInputSchema } from "@armstrail/domain";
import { adminActor, adminProcedure } from "./admin-procedure";

export const setUserRole = adminProcedure
  .input(SetRoleInputSchema)
  .output(PersonSchema)
  .mutation(({ ctx, input }) =>
    setPersonRole(ctx.db, adminActor(ctx.session), input.userId, input.role),
  );
