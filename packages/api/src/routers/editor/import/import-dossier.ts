import { auditActorOf, importDossier } from "@armstrail/db";
import { ImportDossierInputSchema, ImportReportSchema } from "@armstrail/domain";
import { roleProcedure } from "../../../trpc";

/**
 * Brings a dossier file in as drafts (claims and entities) for review. Bad records are
 * reported by line and field; good ones land together in one transaction or not at all.
 * Nothing imported is public until it has been reviewed.
 */
export const importDossierProcedure = roleProcedure(
  "contributor",
  "fact_checker",
  "editor",
  "admin",
)
  .input(ImportDossierInputSchema)
  .output(ImportReportSchema)
  .mutation(({ ctx, input }) =>
    importDossier(
      ctx.db,
      { userId: ctx.session.id, email: ctx.session.email, audit: auditActorOf(ctx.session) },
      input.text,
      { dryRun: input.dryRun, investigation: input.investigation },
    ),
  );
