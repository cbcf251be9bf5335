import { auditHead } from "@armstrail/db";
import { AuditHeadSchema } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

/**
 * The audit chain's newest hash, entry count and time, for anyone to keep: a log whose end
 * was cut off no longer contains a head published before the cut, and
 * `armstrail-admin verify-audit --head` says so. Nothing else of the log is public.
 */
export const getAuditHead = publicProcedure
  .input(z.void())
  .output(AuditHeadSchema)
  .query(({ ctx }) => auditHead(ctx.db));
