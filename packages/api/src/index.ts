export { createCallerFactory, type Context } from "./trpc";
export { publicRouter, type PublicRouter } from "./routers/public";
export { editorRouter, type EditorRouter } from "./routers/editor";
export { createPublicCaller, createEditorCaller } from "./callers";
