import { router } from "../../trpc";
import { editorClaimRouter } from "./claim";
import { editorStoryRouter } from "./story";
import { getMe } from "./get-me";
import { listReviewQueueProcedure } from "./list-review-queue";

/** The newsroom's side: every procedure needs a signed-in user, most a particular role. */
export const editorRouter = router({
  me: getMe,
  claim: editorClaimRouter,
  story: editorStoryRouter,
  review: router({
    queue: listReviewQueueProcedure,
  }),
});

export type EditorRouter = typeof editorRouter;
