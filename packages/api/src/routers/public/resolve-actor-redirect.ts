import { resolveActorRedirect } from "@armstrail/db";
import { ActorRefSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

/**
 * Where a merged actor's old reference now leads: the survivor's reference, so that old
 * links keep working (the explainer answers them with a permanent redirect). Null when the
 * reference was never merged.
 */
export const resolveActorRedirectProcedure = publicProcedure
  .input(z.object({ ref: ActorRefSchema }))
  .output(z.object({ redirectTo: ActorRefSchema.nullable() }))
  .query(async ({ ctx, input }) => ({
    redirectTo: await resolveActorRedirect(ctx.db, input.ref),
  }));
