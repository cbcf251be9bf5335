import { listInvites as listInvitesService } from "@armstrail/db";
import { InviteSchema } from "@armstrail/domain";
import { z } from "zod";
import { adminProcedure } from "./admin-procedure";

export const listInvites = adminProcedure
  .input(z.void())
  .output(z.array(InviteSchema))
  .query(({ ctx }) => listInvitesService(ctx.db));
