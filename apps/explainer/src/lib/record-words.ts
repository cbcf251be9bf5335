// Headings, country names and ordering for the actor, transfer and sanction pages. The
// enumerations' own words are the domain's (shared with the editor).
import type { ActorKind } from "@armstrail/domain";

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

/** "SE" as "Sweden"; an unknown code is shown as it is. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The number of a ref, for sorting T2 before T10. */
export function refOrder(a: { ref: string }, b: { ref: string }): number {
  return Number(a.ref.slice(1)) - Number(b.ref.slice(1));
}
