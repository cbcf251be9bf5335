// Plain words for the enumerations on the actor, transfer and sanction pages.
import type {
  ActorKind,
  ActorLinkType,
  IdentifierScheme,
  ItemCategory,
  RouteMode,
  SanctionStatus,
  TransferStatus,
} from "@armstrail/domain";

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

/** Headings for the actors page, in the order the groups are shown. */
export const actorKindHeadings: [ActorKind, string][] = [
  ["state", "States"],
  ["government_body", "Government bodies"],
  ["armed_force", "Armed forces"],
  ["international_organisation", "International organisations"],
  ["organisation", "Organisations"],
  ["company", "Companies"],
  ["person", "People"],
  ["port", "Ports"],
  ["facility", "Facilities"],
  ["vessel", "Vessels"],
];

const regionNames = new Intl.DisplayNames(["en-GB"], { type: "region", fallback: "code" });

/** "KP" as "North Korea"; an unknown code is shown as it is. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export const identifierSchemeWords: Record<IdentifierScheme, string> = {
  imo: "IMO number",
  mmsi: "MMSI",
  un_reference: "UN reference",
  registration: "Registration",
  other: "Other identifier",
};

/** "This actor is … the target." */
export const linkWords: Record<ActorLinkType, string> = {
  owner: "Owned by",
  operator: "Operated by",
  part_of: "Part of",
};

/** The same links read from the other end: "this actor … the source of the link". */
export const reverseLinkWords: Record<ActorLinkType, string> = {
  owner: "Owns",
  operator: "Operates",
  part_of: "Includes",
};

export const itemCategoryNames: Record<ItemCategory, string> = {
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

export const routeModeWords: Record<RouteMode, string> = {
  sea: "By sea",
  rail: "By rail",
  road: "By road",
  air: "By air",
  unknown: "Means not known",
};

/** The number of a ref, for sorting T2 before T10. */
export function refOrder(a: { ref: string }, b: { ref: string }): number {
  return Number(a.ref.slice(1)) - Number(b.ref.slice(1));
}
