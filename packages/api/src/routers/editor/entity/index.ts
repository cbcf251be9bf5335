import { router } from "../../../trpc";
import { approveMergeProcedure } from "./approve-merge";
import { entityProcedures } from "./entity-procedures";
import { listMergeProposalsProcedure } from "./list-merge-proposals";
import { mergeActorsProcedure } from "./merge-actors";
import { rejectMergeProcedure } from "./reject-merge";
import { searchSourcesProcedure } from "./search-sources";

/**
 * editor.actor, editor.transfer, editor.sanction, editor.event, editor.source,
 * editor.investigation and editor.checked_article (keyed by entity type, as the editor's
 * generic entity screens call them).
 */
export const entityRouters = {
  actor: router({
    ...entityProcedures("actor"),
    merge: mergeActorsProcedure,
    mergeProposals: listMergeProposalsProcedure,
    approveMerge: approveMergeProcedure,
    rejectMerge: rejectMergeProcedure,
  }),
  transfer: router(entityProcedures("transfer")),
  sanction: router(entityProcedures("sanction")),
  event: router(entityProcedures("event")),
  source: router({ ...entityProcedures("source"), search: searchSourcesProcedure }),
  investigation: router(entityProcedures("investigation")),
  checked_article: router(entityProcedures("checked_article")),
};
