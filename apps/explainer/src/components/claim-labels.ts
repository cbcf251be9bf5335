// Plain words for the enumerations the claims, sources and search pages show.
import type { ClaimType, ItemCategory, SourceKind, SubjectKind } from "@armstrail/domain";

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

export const subjectKindWords: Record<SubjectKind, string> = {
  actor: "Actor",
  transfer: "Transfer",
  sanction: "Sanction",
  event: "Event",
};

export function itemCategoryWords(category: ItemCategory): string {
  const words = category.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The number of a ref, for sorting C2 before C10. */
export function refNumber(ref: string): number {
  return Number(ref.slice(1));
}
