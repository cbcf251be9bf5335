// Plain words for the enumerations, one table each, so the editor and the explainer call a
// value by the same name. Sentence forms ("by sea") and plural headings belong to the page
// that needs them; likelihood, confidence, verdict and Admiralty words live in scales.ts.
import type {
  ActorKind,
  ActorLinkType,
  ClaimStatus,
  ClaimType,
  EntityStatus,
  EntityType,
  IdentifierScheme,
  InvestigationStatus,
  ItemCategory,
  ItemCategoryGroup,
  QuantityQualifier,
  RatePeriod,
  Role,
  RouteMode,
  SanctionStatus,
  SourceKind,
  SubjectKind,
  TokenScope,
  TransferStage,
  TransferStatus,
} from "./enums";

export const claimStatusWords: Record<ClaimStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  retracted: "Retracted",
};

export const entityStatusWords: Record<EntityStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  rejected: "Rejected",
};

export const roleWords: Record<Role, string> = {
  contributor: "Contributor",
  fact_checker: "Fact-checker",
  editor: "Editor",
  admin: "Admin",
};

export const tokenScopeWords: Record<TokenScope, string> = {
  read: "Read only",
  contributor: "Contributor",
  fact_checker: "Fact-checker",
  editor: "Editor",
};

export const claimTypeWords: Record<ClaimType, string> = {
  event: "Event",
  quantity: "Quantity",
  attribution: "Attribution",
  causal: "Cause and effect",
  forecast: "Forecast",
  opinion: "Opinion",
};

export const sourceKindWords: Record<SourceKind, string> = {
  news: "News",
  news_agency: "News agency",
  opinion: "Opinion",
  official: "Official",
  state_media: "State media",
  think_tank: "Think tank",
  research: "Research",
  reference: "Reference",
  repost: "Repost",
  other: "Other",
};

export const subjectKindWords: Record<SubjectKind, string> = {
  actor: "Actor",
  transfer: "Transfer",
  sanction: "Sanction",
  event: "Event",
};

/** A record type named once ("New actor") and as a list ("Actors"). */
export const entityTypeWords: Record<EntityType, { one: string; many: string }> = {
  actor: { one: "Actor", many: "Actors" },
  transfer: { one: "Transfer", many: "Transfers" },
  sanction: { one: "Sanction", many: "Sanctions" },
  event: { one: "Event", many: "Events" },
  source: { one: "Source", many: "Sources" },
  investigation: { one: "Investigation", many: "Investigations" },
  checked_article: { one: "Checked article", many: "Checked articles" },
};

export const investigationStatusWords: Record<InvestigationStatus, string> = {
  open: "Open",
  concluded: "Concluded",
  archived: "Archived",
};

export const actorKindWords: Record<ActorKind, string> = {
  state: "State",
  government_body: "Government body",
  armed_force: "Armed force",
  military_unit: "Military unit",
  intelligence_agency: "Intelligence agency",
  state_enterprise: "State enterprise",
  company: "Company",
  private_military_company: "Private military company",
  organisation: "Organisation",
  research_institute: "Research institute",
  think_tank: "Think tank",
  media: "Media outlet",
  ngo: "Non-governmental organisation",
  international_organisation: "International organisation",
  person: "Person",
  port: "Port",
  vessel: "Vessel",
  facility: "Facility",
  other: "Other kind of actor",
};

export const identifierSchemeWords: Record<IdentifierScheme, string> = {
  imo: "IMO number",
  mmsi: "MMSI",
  un_reference: "UN reference",
  registration: "Registration",
  other: "Other identifier",
};

/** "This actor is … the target." */
export const actorLinkWords: Record<ActorLinkType, string> = {
  owner: "Owned by",
  operator: "Operated by",
  part_of: "Part of",
};

/** The same links read from the other end: "this actor … the source of the link". */
export const actorLinkReverseWords: Record<ActorLinkType, string> = {
  owner: "Owns",
  operator: "Operates",
  part_of: "Includes",
};

export const itemCategoryWords: Record<ItemCategory, string> = {
  aircraft: "Aircraft",
  uncrewed_aircraft: "Uncrewed aircraft (drones)",
  loitering_munitions: "Loitering munitions",
  air_defence_systems: "Air defence systems",
  anti_submarine_warfare_weapons: "Anti-submarine warfare weapons",
  armoured_vehicles: "Armoured vehicles",
  artillery: "Artillery",
  engines: "Engines",
  missiles: "Missiles",
  ballistic_missiles: "Ballistic missiles",
  naval_weapons: "Naval weapons",
  satellites: "Satellites",
  sensors: "Sensors",
  ships: "Ships",
  other_major_arms: "Other major arms",
  artillery_ammunition: "Artillery ammunition",
  rockets: "Rockets",
  ammunition: "Ammunition",
  small_arms: "Small arms and light weapons",
  munitions_unspecified: "Munitions of unstated type",
  components: "Military parts and components",
  dual_use_components: "Dual-use goods and components",
  fuel: "Fuel",
  production_lines: "Production lines",
  licences: "Production licences",
  military_technology: "Military technology and assistance",
  training: "Training",
  personnel: "Personnel",
  payments: "Payments",
  barter: "Barter",
  civilian_goods: "Civilian goods",
  other: "Other items",
};

/** Headings for the families of item categories (SIPRI's major arms first). */
export const itemCategoryGroupWords: Record<ItemCategoryGroup, string> = {
  major_arms: "Major arms (SIPRI categories)",
  ammunition_and_small_arms: "Ammunition and small arms",
  components_and_dual_use: "Components and dual-use goods",
  production_and_technology: "Production lines, licences and technology",
  training_and_personnel: "Training and personnel",
  payments_and_barter: "Payments and barter",
  other_goods: "Other goods",
};

/** What an estimate counts, as a heading ("Delivered"). */
export const transferStageWords: Record<TransferStage, string> = {
  agreed: "Agreed or ordered",
  licensed_production: "Made under licence",
  delivered: "Delivered",
  used_in_combat: "Used in combat",
  intercepted_or_found: "Intercepted or found",
};

/** A rate's period as a choice ("Per month"); in a sentence, `ratePeriodPhrase` reads "a month". */
export const ratePeriodWords: Record<RatePeriod, string> = {
  day: "Per day",
  month: "Per month",
  year: "Per year",
};

/** The qualifier as a choice; before a figure it reads as `qualifierWords` in quantity.ts. */
export const quantityQualifierWords: Record<QuantityQualifier, string> = {
  stated: "As stated (no qualifier)",
  exactly: "Exactly",
  about: "About",
  more_than: "More than",
  at_least: "At least",
  up_to: "Up to",
  fewer_than: "Fewer than",
};

export const transferStatusWords: Record<TransferStatus, string> = {
  unverified: "Unverified",
  alleged: "Alleged",
  reported: "Reported",
  announced: "Announced",
  confirmed: "Confirmed",
  denied: "Denied",
  suspended: "Suspended",
  lapsed: "Lapsed",
  reinstated: "Reinstated",
  cancelled: "Cancelled",
  other: "Other status",
};

export const sanctionStatusWords: Record<SanctionStatus, string> = {
  unverified: "Unverified",
  announced: "Announced",
  in_force: "In force",
  suspended: "Suspended",
  lapsed: "Lapsed",
  reinstated: "Reinstated",
  terminated: "Terminated",
  other: "Other status",
};

/** How a leg of a route was travelled. */
export const routeModeWords: Record<RouteMode, string> = {
  sea: "Sea",
  rail: "Rail",
  road: "Road",
  air: "Air",
  unknown: "Means not known",
};
