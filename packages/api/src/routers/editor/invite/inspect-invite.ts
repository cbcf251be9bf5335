import { inspectInvite as inspectInviteService } from "@armstrail/db";
import { InvitePreviewSchema, InviteTokenInputSchema } from "@armstrail/domain";
import { anonymousProcedure } from "../../../trpc";

/** What the invitation page shows before someone sets a password: email, role, expiry. */
export const inspectInvite = anonymousProcedure
  .input(InviteTokenInputSchema)
  .output(InvitePreviewSchema)
  .query(({ ctx, input }) => inspectInviteService(ctx.db, input.token));
