import { router } from "../../trpc";
import { getMe } from "./get-me";
import { importDossierProcedure } from "./import/import-dossier";
import { listReviewQueueProcedure } from "./list-review-queue";

/** The newsroom's side: every procedure needs a signed-in user, most a particular role. */
export const editorRouter = router({
  me: getMe,
  review: router({
    queue: listReviewQueueProcedure,
  }),
  import: router({
    dossier: importDossierProcedure,
  }),
});

export type EditorRouter = typeof editorRouter;
