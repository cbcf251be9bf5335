import { router } from "../../trpc";
import { entityRouters } from "./entity";
import { getMe } from "./get-me";
import { listReviewQueueProcedure } from "./list-review-queue";

/** The newsroom's side: every procedure needs a signed-in user, most a particular role. */
export const editorRouter = router({
  me: getMe,
  ...entityRouters,
  review: router({
    queue: listReviewQueueProcedure,
  }),
});

export type EditorRouter = typeof editorRouter;
