import { listAudit as listAuditService } from "@armstrail/db";
import { AuditListInputSchema, AuditPageSchema } from "@armstrail/domain";
import { adminProcedure } from "./admin-procedure";

export const listAudit = adminProcedure
  .input(AuditListInputSchema)
  .output(AuditPageSchema)
  .query(({ ctx, input }) => listAuditService(ctx.db, input));
