import { auditActorOf, importDossier } from "@armstrail/db";
import { ImportDossierInputSchema, ImportReportSchema } from "@armstrail/domain";
import { roleProcedure } from "../../../trpc";

/**
 * Brings a dossier file in as drafts (claims and entities) for review, as one import batch
 * with new refs. A dry run reports what would happen, with each match and near miss for a
 * person to confirm or refuse (`choices`); the same file into the same investigation comes
 * in once. Nothing imported is public until it has been reviewed.
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
      { name: input.fileName, text: input.text },
      { investigation: input.investigation, choices: input.choices, dryRun: input.dryRun },
    ),
  );
