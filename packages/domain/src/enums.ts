import { z } from "zod";

/**
 * Every enumeration of the system. schema.prisma mirrors these one for one
 * (packages/db/src/enums.int.test.ts fails when they drift apart).
 */
export const ActorKindSchema = z.enum([
  "state",
  "government_body",
  "armed_force",
  "company",
  "organisation",
  "international_organisation",
  "person",
  "port",
  "vessel",
  "facility",
]);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const IdentifierSchemeSchema = z.enum([
  "imo",
  "mmsi",
  "un_reference",
  "registration",
  "other",
]);
export type IdentifierScheme = z.infer<typeof IdentifierSchemeSchema>;

/** "This actor is {owned by | operated by | part of} the target." */
export const ActorLinkTypeSchema = z.enum(["owner", "operator", "part_of"]);
export type ActorLinkType = z.infer<typeof ActorLinkTypeSchema>;

export const SourceKindSchema = z.enum([
  "news",
  "news_agency",
  "opinion",
  "official",
  "state_media",
  "think_tank",
  "research",
  "reference",
  "repost",
  "other",
]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const RouteModeSchema = z.enum(["sea", "rail", "road", "air", "unknown"]);
export type RouteMode = z.infer<typeof RouteModeSchema>;

export const ItemCategorySchema = z.enum([
  "artillery_ammunition",
  "rockets",
  "ballistic_missiles",
  "munitions_unspecified",
  "dual_use_components",
  "fuel",
  "military_technology",
  "civilian_goods",
  "other",
]);
export type ItemCategory = z.infer<typeof ItemCategorySchema>;

export const QuantityQualifierSchema = z.enum([
  "exactly",
  "about",
  "more_than",
  "at_least",
  "up_to",
  "fewer_than",
]);
export type QuantityQualifier = z.infer<typeof QuantityQualifierSchema>;

export const TransferStatusSchema = z.enum(["alleged", "reported", "confirmed", "denied"]);
export type TransferStatus = z.infer<typeof TransferStatusSchema>;

export const SanctionStatusSchema = z.enum(["in_force", "lapsed", "terminated", "suspended"]);
export type SanctionStatus = z.infer<typeof SanctionStatusSchema>;

export const ClaimTypeSchema = z.enum([
  "event",
  "quantity",
  "attribution",
  "causal",
  "forecast",
  "opinion",
]);
export type ClaimType = z.infer<typeof ClaimTypeSchema>;

export const VerdictSchema = z.enum([
  "accurate",
  "mostly_accurate",
  "needs_context",
  "inaccurate",
  "unverifiable",
  "opinion",
]);
export type Verdict = z.infer<typeof VerdictSchema>;

/** US ICD 203 estimative language, from least to most likely. */
export const LikelihoodSchema = z.enum([
  "almost_no_chance",
  "very_unlikely",
  "unlikely",
  "roughly_even_chance",
  "likely",
  "very_likely",
  "almost_certain",
]);
export type Likelihood = z.infer<typeof LikelihoodSchema>;

export const ConfidenceSchema = z.enum(["low", "moderate", "high"]);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Admiralty code: reliability of the source (A-F) ... */
export const SourceReliabilitySchema = z.enum(["A", "B", "C", "D", "E", "F"]);
export type SourceReliability = z.infer<typeof SourceReliabilitySchema>;

export const ClaimStatusSchema = z.enum([
  "draft",
  "in_review",
  "changes_requested",
  "approved",
  "rejected",
  "retracted",
]);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const SubjectKindSchema = z.enum(["actor", "transfer", "sanction", "event"]);
export type SubjectKind = z.infer<typeof SubjectKindSchema>;

export const RoleSchema = z.enum(["contributor", "fact_checker", "editor", "admin"]);
export type Role = z.infer<typeof RoleSchema>;

/** Roles from least to most rights: each includes what those before it may do. */
export const roleRank: Record<Role, number> = {
  contributor: 1,
  fact_checker: 2,
  editor: 3,
  admin: 4,
};

/** An API token's scope: read only, or a role's rights (never admin's). */
export const TokenScopeSchema = z.enum(["read", "contributor", "fact_checker", "editor"]);
export type TokenScope = z.infer<typeof TokenScopeSchema>;

/**
 * Where an actor, event, sanction, transfer, source, investigation or checked article stands;
 * only published ones are public.
 */
export const EntityStatusSchema = z.enum(["draft", "in_review", "published", "rejected"]);
export type EntityStatus = z.infer<typeof EntityStatusSchema>;

export const EntityTypeSchema = z.enum([
  "actor",
  "event",
  "sanction",
  "transfer",
  "source",
  "investigation",
  "checked_article",
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * What became of an entity revision. `applied`: its data went onto the record when it was
 * saved (the record was not public). A change to a published record is `proposed`, then
 * `in_review`, then `approved` (only then does it reach the record) or `rejected`; a
 * proposed change saved again is `superseded` by the newer revision.
 */
export const EntityRevisionStateSchema = z.enum([
  "applied",
  "proposed",
  "in_review",
  "approved",
  "rejected",
  "superseded",
]);
export type EntityRevisionState = z.infer<typeof EntityRevisionStateSchema>;

/** Where an investigation stands for its readers (its review state is separate). */
export const InvestigationStatusSchema = z.enum(["open", "concluded", "archived"]);
export type InvestigationStatus = z.infer<typeof InvestigationStatusSchema>;

/** A proposed merge of two published actors waits for a second person. */
export const MergeProposalStatusSchema = z.enum(["pending", "approved", "rejected"]);
export type MergeProposalStatus = z.infer<typeof MergeProposalStatusSchema>;

/** Every enum above by the name schema.prisma gives it. */
export const domainEnums = {
  ActorKind: ActorKindSchema,
  IdentifierScheme: IdentifierSchemeSchema,
  ActorLinkType: ActorLinkTypeSchema,
  SourceKind: SourceKindSchema,
  RouteMode: RouteModeSchema,
  ItemCategory: ItemCategorySchema,
  QuantityQualifier: QuantityQualifierSchema,
  TransferStatus: TransferStatusSchema,
  SanctionStatus: SanctionStatusSchema,
  ClaimType: ClaimTypeSchema,
  Verdict: VerdictSchema,
  Likelihood: LikelihoodSchema,
  Confidence: ConfidenceSchema,
  SourceReliability: SourceReliabilitySchema,
  ClaimStatus: ClaimStatusSchema,
  SubjectKind: SubjectKindSchema,
  Role: RoleSchema,
  TokenScope: TokenScopeSchema,
  EntityStatus: EntityStatusSchema,
  EntityType: EntityTypeSchema,
  EntityRevisionState: EntityRevisionStateSchema,
  MergeProposalStatus: MergeProposalStatusSchema,
  InvestigationStatus: InvestigationStatusSchema,
} as const;
