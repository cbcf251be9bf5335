import { issueApiToken } from "@armstrail/db";
import { CreateApiTokenInputSchema, CreatedApiTokenSchema } from "@armstrail/domain";
import { adminActor, adminProcedure } from "./admin-procedure";

/** Answers with the raw token once (`secret`); only its SHA-256 is kept. */
export const createApiToken = adminProcedure
  .input(CreateApiTokenInputSchema)
  .output(CreatedApiTokenSchema)
  .mutation(({ ctx, input }) => issueApiToken(ctx.db, adminActor(ctx.session), input));
