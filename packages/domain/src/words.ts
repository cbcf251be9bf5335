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
  Role,
  RouteMode,
  SanctionStatus,
  SourceKind,
  SubjectKind,
  TokenScope,
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
  company: "Company",
  organisation: "Organisation",
  international_organisation: "International organisation",
  person: "Person",
  port: "Port",
  vessel: "Vessel",
  facility: "Facility",
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
  artillery_ammunition: "Artillery ammunition",
  rockets: "Rockets",
  ballistic_missiles: "Ballistic missiles",
  munitions_unspecified: "Munitions of unstated type",
  dual_use_components: "Dual-use components",
  fuel: "Fuel",
  military_technology: "Military technology",
  civilian_goods: "Civilian goods",
  other: "Other items",
};

export const transferStatusWords: Record<TransferStatus, string> = {
  alleged: "Alleged",
  reported: "Reported",
  confirmed: "Confirmed",
  denied: "Denied",
};

export const sanctionStatusWords: Record<SanctionStatus, string> = {
  in_force: "In force",
  lapsed: "Lapsed",
  terminated: "Terminated",
  suspended: "Suspended",
};

/** How a leg of a route was travelled. */
export const routeModeWords: Record<RouteMode, string> = {
  sea: "Sea",
  rail: "Rail",
  road: "Road",
  air: "Air",
  unknown: "Means not known",
};
