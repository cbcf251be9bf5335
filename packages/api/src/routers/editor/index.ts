import { router } from "../../trpc";
import { adminRouter } from "./admin";
import { entityRouters } from "./entity";
import { editorClaimRouter } from "./claim";
import { editorStoryRouter } from "./story";
import { getMe } from "./get-me";
import { importDossierProcedure } from "./import/import-dossier";
import { inviteRouter } from "./invite";
import { listReviewItemsProcedure } from "./list-review-items";
import { listReviewQueueProcedure } from "./list-review-queue";
import { reviewInBulkProcedure } from "./review-in-bulk";

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
    items: listReviewItemsProcedure,
    bulk: reviewInBulkProcedure,
  }),
  import: router({
    dossier: importDossierProcedure,
  }),
});

export type EditorRouter = typeof editorRouter;
