import { acceptInvite as acceptInviteService } from "@armstrail/db";
import { AcceptInviteInputSchema, PersonSchema } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { anonymousProcedure } from "../../../trpc";

/** Creates the account with its password; the person then signs in as usual. */
export const acceptInvite = anonymousProcedure
  .input(AcceptInviteInputSchema)
  .output(PersonSchema)
  .mutation(async ({ ctx, input }) => {
    if (!ctx.hashPassword) {
      // A wiring mistake in the app, not the caller's: the formatter hides the details.
      throw new TRPCError({
        code: "INTERNAL_SERVER_ERROR",
        message: "hashPassword is missing from the tRPC context",
      });
    }
    return acceptInviteService(ctx.db, {
      token: input.token,
      name: input.name,
      passwordHash: await ctx.hashPassword(input.password),
    });
  });
