// Headings and ordering for the claims and sources pages. The enumerations' own words are the
// domain's (shared with the editor).
import type { SourceKind } from "@armstrail/domain";

/** Plural headings for the sources page, in the order the groups are shown. */
export const sourceKindHeadings: [SourceKind, string][] = [
  ["opinion", "Opinion pieces"],
  ["official", "Official records"],
  ["news_agency", "News agencies"],
  ["news", "News reports"],
  ["state_media", "State media"],
  ["think_tank", "Think tanks"],
  ["research", "Research"],
  ["reference", "Reference works"],
  ["repost", "Reposts"],
  ["other", "Other sources"],
];

/** The number of a ref, for sorting C2 before C10. */
export function refNumber(ref: string): number {
  return Number(ref.slice(1));
}
