import { listPeople } from "@armstrail/db";
import { PersonSchema } from "@armstrail/domain";
import { z } from "zod";
import { adminProcedure } from "./admin-procedure";

export const listUsers = adminProcedure
  .input(z.void())
  .output(z.array(PersonSchema))
  .query(({ ctx }) => listPeople(ctx.db));
