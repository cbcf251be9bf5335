import {
  getActor,
  getEvent,
  getSanction,
  getSource,
  getTransfer,
  listActors,
  listEvents,
  listSanctions,
  listSources,
  listTransfers,
} from "@armstrail/db";
import {
  ActorKindSchema,
  ActorRefSchema,
  ActorSchema,
  EventRefSchema,
  InvestigationFilterSchema,
  EventSchema,
  PageInputSchema,
  SanctionRefSchema,
  SanctionSchema,
  SourceRefSchema,
  SourceSchema,
  TransferRefSchema,
  TransferSchema,
} from "@armstrail/domain";
import { router } from "../../trpc";
import { claimRouter } from "./claim";
import { investigationRouter } from "./investigation";
import { readProcedures } from "./read-procedures";
import { searchPublishedData } from "./search";
import { getStory } from "./get-story";
import { resolveActorRedirectProcedure } from "./resolve-actor-redirect";
import { listCorrectionsProcedure } from "./list-corrections";
import { getAuditHead } from "./get-audit-head";

const TransferListInputSchema = PageInputSchema.extend({
  actorRef: ActorRefSchema.optional(),
  sanctionRef: SanctionRefSchema.optional(),
  ...InvestigationFilterSchema.shape,
});
const EventListInputSchema = PageInputSchema.extend(InvestigationFilterSchema.shape);

/** The API names an investigation `investigation`; the repositories `investigationSlug`. */
const bySlug = <T extends { investigation?: string | undefined }>({
  investigation,
  ...rest
}: T) => ({ ...rest, investigationSlug: investigation });
const SanctionListInputSchema = PageInputSchema.extend({ actorRef: ActorRefSchema.optional() });

/**
 * Everything a reader may see: approved claims and the records they are about. No
 * procedure here takes a status or reads the session.
 */
export const publicRouter = router({
  investigation: investigationRouter,
  claim: claimRouter,
  actor: router({
    ...readProcedures({
      schema: ActorSchema,
      refSchema: ActorRefSchema,
      listInput: PageInputSchema.extend({ kind: ActorKindSchema.optional() }),
      list: listActors,
      get: getActor,
    }),
    redirect: resolveActorRedirectProcedure,
  }),
  transfer: router(
    readProcedures({
      schema: TransferSchema,
      refSchema: TransferRefSchema,
      listInput: TransferListInputSchema,
      list: (db, input) => listTransfers(db, bySlug(input)),
      get: getTransfer,
    }),
  ),
  sanction: router(
    readProcedures({
      schema: SanctionSchema,
      refSchema: SanctionRefSchema,
      listInput: SanctionListInputSchema,
      list: listSanctions,
      get: getSanction,
    }),
  ),
  event: router(
    readProcedures({
      schema: EventSchema,
      refSchema: EventRefSchema,
      listInput: EventListInputSchema,
      list: (db, input) => listEvents(db, bySlug(input)),
      get: getEvent,
    }),
  ),
  source: router(
    readProcedures({
      schema: SourceSchema,
      refSchema: SourceRefSchema,
      list: listSources,
      get: getSource,
    }),
  ),
  search: searchPublishedData,
  story: router({ get: getStory }),
  corrections: router({ list: listCorrectionsProcedure }),
  audit: router({ head: getAuditHead }),
});

export type PublicRouter = typeof publicRouter;
