export { createDb, type Db, type DbOptions } from "./client";
export { ConflictError, ForbiddenError, InputError, NotFoundError, RuleError } from "./errors";
export { refNumber, toDecimalString } from "./mappers";
export * from "./repositories/public-claims";
export * from "./repositories/public-entities";
export * from "./repositories/review-queue";
export * from "./repositories/search";
export { publishedClaim } from "./repositories/published";
export { auditActorOf, findUserById, systemActor, type SessionUser } from "./repositories/users";
export * from "./services/audit";
export * from "./services/outbox";
export { seedCase, type CaseData, type SeedReport } from "./seed/seed-case";
export * from "./repositories/story";
export * from "./repositories/claim-history";
export {
  compareEntityRevisions,
  createEntity,
  getEditorEntity,
  listEditorEntities,
  listEntityRevisions,
  searchEditorSources,
  transitionEntity,
  updateEntity,
  type EntityAction,
} from "./services/entities/core";
export { mergeActors } from "./services/entities/merge";
