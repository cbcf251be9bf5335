import { verifyAuditChain } from "@armstrail/db";
import { AuditVerificationSchema } from "@armstrail/domain";
import { z } from "zod";
import { adminProcedure } from "./admin-procedure";

/** Walks the whole hash chain; the same check as `pnpm armstrail-admin verify-audit`. */
export const verifyAudit = adminProcedure
  .input(z.void())
  .output(AuditVerificationSchema)
  .query(({ ctx }) => verifyAuditChain(ctx.db));
