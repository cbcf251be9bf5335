import { listEditorClaims } from "@armstrail/db";
import { EditorClaimListInputSchema, EditorClaimListItemSchema, pageOf } from "@armstrail/domain";
import { draftingProcedure } from "../workflow-access";

/** Every claim in the newsroom, newest change first, with the editor's filters. */
export const listClaims = draftingProcedure
  .input(EditorClaimListInputSchema)
  .output(pageOf(EditorClaimListItemSchema))
  .query(({ ctx, input: { status, ...filter } }) =>
    listEditorClaims(ctx.db, { ...filter, statuses: status ? [status] : undefined }),
  );
