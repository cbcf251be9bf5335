import { revokeInvite as revokeInviteService } from "@armstrail/db";
import { ByIdInputSchema, InviteSchema } from "@armstrail/domain";
import { adminActor, adminProcedure } from "./admin-procedure";

export const revokeInvite = adminProcedure
  .input(ByIdInputSchema)
  .output(InviteSchema)
  .mutation(({ ctx, input }) => revokeInviteService(ctx.db, adminActor(ctx.session), input.id));
