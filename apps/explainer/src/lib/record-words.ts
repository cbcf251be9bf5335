// Headings, country names and ordering for the actor, transfer and sanction pages. The
// enumerations' own words are the domain's (shared with the editor).
import {
  type ActorKind,
  type PartialDate,
  type TransferRange,
  formatDecimal,
  formatPartialDate,
} from "@armstrail/domain";

/** Headings for the actors page, in the order the groups are shown. */
export const actorKindHeadings: [ActorKind, string][] = [
  ["state", "States"],
  ["government_body", "Government bodies"],
  ["armed_force", "Armed forces"],
  ["military_unit", "Military units"],
  ["intelligence_agency", "Intelligence agencies"],
  ["international_organisation", "International organisations"],
  ["organisation", "Organisations"],
  ["research_institute", "Research institutes"],
  ["think_tank", "Think tanks"],
  ["media", "Media outlets"],
  ["ngo", "Non-governmental organisations"],
  ["state_enterprise", "State enterprises"],
  ["company", "Companies"],
  ["private_military_company", "Private military companies"],
  ["person", "People"],
  ["port", "Ports"],
  ["facility", "Facilities"],
  ["vessel", "Vessels"],
  ["other", "Other actors"],
];

/**
 * A fixed value's words with the source's own beside them, when it said more:
 * "Loitering munitions (in the source's words: “one-way attack drones”)".
 */
export function withWording(label: string, wording: string | null): string {
  if (wording === null || wording.trim().toLowerCase() === label.toLowerCase()) return label;
  return `${label} (in the source's words: “${wording}”)`;
}

/** When a status held: "since September 2022", "from 2019 to 2022", "until 2024"; null if undated. */
export function statusDates(since: PartialDate | null, until: PartialDate | null): string | null {
  if (since && until) return `from ${formatPartialDate(since)} to ${formatPartialDate(until)}`;
  if (since) return `since ${formatPartialDate(since)}`;
  if (until) return `until ${formatPartialDate(until)}`;
  return null;
}

/** A transfer's overall range: "1,000 to 10,000 containers", "at least 9,000 containers". */
export function rangeText(r: TransferRange): string | null {
  const unit = r.unit ? ` ${r.unit}` : "";
  if (r.low !== null && r.high !== null)
    return `${formatDecimal(r.low)} to ${formatDecimal(r.high)}${unit}`;
  if (r.low !== null) return `at least ${formatDecimal(r.low)}${unit}`;
  if (r.high !== null) return `up to ${formatDecimal(r.high)}${unit}`;
  return null;
}

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

/** A position in words: "42.25° N, 130.3° E" (the stored decimals, no more). */
export function coordinateText(p: { latitude: number; longitude: number }): string {
  const lat = `${Math.abs(p.latitude)}° ${p.latitude < 0 ? "S" : "N"}`;
  const lon = `${Math.abs(p.longitude)}° ${p.longitude < 0 ? "W" : "E"}`;
  return `${lat}, ${lon}`;
}
