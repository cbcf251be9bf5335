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
export {
  CaseStorySchema,
  seedImportedCase,
  SeedImportError,
  storyBodyFor,
  type CaseStory,
} from "./seed/seed-imported-case";
export * from "./repositories/story";
export * from "./repositories/claim-history";
export {
  importDossier,
  type ImportFile,
  type ImportOptions,
  type Importer,
} from "./services/import";
export * from "./services/rate-limit";
export { newSecret, sha256Hex } from "./services/secrets";
export * from "./services/tokens";
export { setCredentialPassword } from "./services/credentials";
export * from "./services/people";
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
export {
  decideActorMergeProposal,
  listActorMergeProposals,
  mergeActors,
} from "./services/entities/merge";
export * from "./services/claims";
export * from "./services/story-blocks";
export * from "./repositories/public-investigations";
export { investigationIdFor } from "./services/investigations";
export { dependencyOrder, listReviewItems, reviewInBulk } from "./services/bulk-review";
