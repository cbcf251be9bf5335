import { createInvite as createInviteService } from "@armstrail/db";
import { CreateInviteInputSchema, CreatedInviteSchema } from "@armstrail/domain";
import { adminActor, adminProcedure } from "./admin-procedure";

/** Answers with the raw token once; the editor builds the link. It cannot be shown again. */
export const createInvite = adminProcedure
  .input(CreateInviteInputSchema)
  .output(CreatedInviteSchema)
  .mutation(({ ctx, input }) => createInviteService(ctx.db, adminActor(ctx.session), input));
