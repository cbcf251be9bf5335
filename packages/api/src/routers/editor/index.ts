import { router } from "../../trpc";
import { adminRouter } from "./admin";
import { entityRouters } from "./entity";
import { editorClaimRouter } from "./claim";
import { editorStoryRouter } from "./story";
import { getMe } from "./get-me";
import { importDossierProcedure } from "./import/import-dossier";
import { inviteRouter } from "./invite";
import { listReviewQueueProcedure } from "./list-review-queue";

/**
 * The newsroom's side: every procedure needs a signed-in user, most a particular role,
 * except `invite`, which someone holding an invitation link uses before they have an account.
 */
export const editorRouter = router({
  me: getMe,
  admin: adminRouter,
  invite: inviteRouter,
  ...entityRouters,
  claim: editorClaimRouter,
  story: editorStoryRouter,
  review: router({
    queue: listReviewQueueProcedure,
  }),
  import: router({
    dossier: importDossierProcedure,
  }),
});

export type EditorRouter = typeof editorRouter;
