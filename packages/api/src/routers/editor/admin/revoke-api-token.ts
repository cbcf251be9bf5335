import { revokeApiToken as revokeApiTokenService } from "@armstrail/db";
import { ApiTokenSchema, ByIdInputSchema } from "@armstrail/domain";
import { adminActor, adminProcedure } from "./admin-procedure";

export const revokeApiToken = adminProcedure
  .input(ByIdInputSchema)
  .output(ApiTokenSchema)
  .mutation(({ ctx, input }) => revokeApiTokenService(ctx.db, adminActor(ctx.session), input.id));
