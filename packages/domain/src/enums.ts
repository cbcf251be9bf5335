import { z } from "zod";

/**
 * Every enumeration of the system. schema.prisma mirrors these one for one
 * (packages/db/src/enums.int.test.ts fails when they drift apart).
 */
export const ActorKindSchema = z.enum([
  "state",
  "government_body",
  "armed_force",
  "military_unit",
  "intelligence_agency",
  "state_enterprise",
  "company",
  "private_military_company",
  "organisation",
  "research_institute",
  "think_tank",
  "media",
  "ngo",
  "international_organisation",
  "person",
  "port",
  "vessel",
  "facility",
  "other",
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

/** What a place on the map is. */
export const PlaceKindSchema = z.enum([
  "port",
  "depot",
  "factory",
  "airbase",
  "border_crossing",
  "strike_site",
  "city",
  "other",
]);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const RouteModeSchema = z.enum(["sea", "rail", "road", "air", "unknown"]);
export type RouteMode = z.infer<typeof RouteModeSchema>;

/** The families item categories fall into, in the order they are listed. */
export const ItemCategoryGroupSchema = z.enum([
  "major_arms",
  "ammunition_and_small_arms",
  "components_and_dual_use",
  "production_and_technology",
  "training_and_personnel",
  "payments_and_barter",
  "other_goods",
]);
export type ItemCategoryGroup = z.infer<typeof ItemCategoryGroupSchema>;

/**
 * What was transferred, by family. SIPRI's major-arms categories (with uncrewed aircraft,
 * loitering munitions and ballistic missiles named apart), then what SIPRI leaves out:
 * ammunition and small arms, parts and dual-use goods, the means to make arms, people, and
 * what was paid. A transfer keeps the source's own words beside its category.
 */
export const itemCategoryGroups = {
  major_arms: [
    "aircraft",
    "uncrewed_aircraft",
    "loitering_munitions",
    "air_defence_systems",
    "anti_submarine_warfare_weapons",
    "armoured_vehicles",
    "artillery",
    "engines",
    "missiles",
    "ballistic_missiles",
    "naval_weapons",
    "satellites",
    "sensors",
    "ships",
    "other_major_arms",
  ],
  ammunition_and_small_arms: [
    "artillery_ammunition",
    "rockets",
    "ammunition",
    "small_arms",
    "munitions_unspecified",
  ],
  components_and_dual_use: ["components", "dual_use_components"],
  production_and_technology: ["production_lines", "licences", "military_technology"],
  training_and_personnel: ["training", "personnel"],
  payments_and_barter: ["payments", "barter"],
  other_goods: ["fuel", "civilian_goods", "other"],
} as const satisfies Record<ItemCategoryGroup, readonly string[]>;

const g = itemCategoryGroups;
export const ItemCategorySchema = z.enum([
  ...g.major_arms,
  ...g.ammunition_and_small_arms,
  ...g.components_and_dual_use,
  ...g.production_and_technology,
  ...g.training_and_personnel,
  ...g.payments_and_barter,
  ...g.other_goods,
]);
export type ItemCategory = z.infer<typeof ItemCategorySchema>;

/**
 * Where in a transfer's life an estimate counts: what was agreed or ordered, made under
 * licence, delivered, used in combat, or intercepted or found (debris, seizures).
 */
export const TransferStageSchema = z.enum([
  "agreed",
  "licensed_production",
  "delivered",
  "used_in_combat",
  "intercepted_or_found",
]);
export type TransferStage = z.infer<typeof TransferStageSchema>;

/** An estimate is a total unless it is a rate: so many a day, a month or a year. */
export const RatePeriodSchema = z.enum(["day", "month", "year"]);
export type RatePeriod = z.infer<typeof RatePeriodSchema>;

/** `stated`: the source gave the figure with no hedging word at all. */
export const QuantityQualifierSchema = z.enum([
  "stated",
  "exactly",
  "about",
  "more_than",
  "at_least",
  "up_to",
  "fewer_than",
]);
export type QuantityQualifier = z.infer<typeof QuantityQualifierSchema>;

/**
 * Where the evidence for a transfer stands, or where the deal stands. `other` holds a
 * status the list does not name; the source's own words are kept beside every status.
 */
export const TransferStatusSchema = z.enum([
  "unverified",
  "alleged",
  "reported",
  "announced",
  "confirmed",
  "denied",
  "suspended",
  "lapsed",
  "reinstated",
  "cancelled",
  "other",
]);
export type TransferStatus = z.infer<typeof TransferStatusSchema>;

export const SanctionStatusSchema = z.enum([
  "unverified",
  "announced",
  "in_force",
  "suspended",
  "lapsed",
  "reinstated",
  "terminated",
  "other",
]);
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
  "place",
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
  PlaceKind: PlaceKindSchema,
  RouteMode: RouteModeSchema,
  ItemCategory: ItemCategorySchema,
  TransferStage: TransferStageSchema,
  RatePeriod: RatePeriodSchema,
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
