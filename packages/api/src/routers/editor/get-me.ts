import { IdSchema, RoleSchema } from "@armstrail/domain";
import { z } from "zod";
import { signedInProcedure } from "../../trpc";

export const getMe = signedInProcedure
  .input(z.void())
  .output(z.object({ id: IdSchema, name: z.string(), email: z.string(), role: RoleSchema }))
  .query(({ ctx }) => ctx.session);
