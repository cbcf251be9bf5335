import { listApiTokens as listApiTokensService } from "@armstrail/db";
import { ApiTokenSchema } from "@armstrail/domain";
import { z } from "zod";
import { adminProcedure } from "./admin-procedure";

export const listApiTokens = adminProcedure
  .input(z.void())
  .output(z.array(ApiTokenSchema))
  .query(({ ctx }) => listApiTokensService(ctx.db));
