import type { Db, SessionUser } from "@armstrail/db";
import { editorRouter } from "./routers/editor";
import { publicRouter } from "./routers/public";
import { createCallerFactory, type Context } from "./trpc";

const publicCallerFactory = createCallerFactory(publicRouter);
const editorCallerFactory = createCallerFactory(editorRouter);

/** Server-side calls from the explainer's pages: same procedures, same checks, no HTTP. */
export function createPublicCaller(db: Db) {
  return publicCallerFactory({ db, session: null });
}

export function createEditorCaller(
  db: Db,
  session: SessionUser | null,
  options: Pick<Context, "hashPassword"> = {},
) {
  return editorCallerFactory({ db, session, ...options });
}
