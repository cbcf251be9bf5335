import { router } from "../../../trpc";
import { entityProcedures } from "./entity-procedures";
import { mergeActorsProcedure } from "./merge-actors";
import { searchSourcesProcedure } from "./search-sources";

/** editor.actor, editor.transfer, editor.sanction, editor.event, editor.source. */
export const entityRouters = {
  actor: router({ ...entityProcedures("actor"), merge: mergeActorsProcedure }),
  transfer: router(entityProcedures("transfer")),
  sanction: router(entityProcedures("sanction")),
  event: router(entityProcedures("event")),
  source: router({ ...entityProcedures("source"), search: searchSourcesProcedure }),
};
