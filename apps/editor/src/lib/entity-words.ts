import { EntityTypeSchema } from "@armstrail/domain";

export const entityTypes = EntityTypeSchema.options;

/** Labels the generated ones would get wrong. */
export const entityFieldWords: Record<string, string> = {
  url: "Address (URL)",
  kindNote: "Note on the kind",
  titleIsDescriptive: "The title is our description (no headline was visible)",
  supplierRef: "Supplier (actor reference)",
  recipientRef: "Recipient (actor reference)",
  intermediaryRefs: "Intermediaries (actor references)",
  sourceRefs: "Sources (references)",
  actorRefs: "Actors (references)",
  vesselRefs: "Vessels (actor references)",
  routeLegs: "Route legs",
  estimates: "Quantity estimates",
  latitude: "Latitude (decimal degrees, north positive, e.g. 42.25)",
  longitude: "Longitude (decimal degrees, east positive, e.g. 130.3)",
  precision: "How exact the position is, and how it was found",
  placeRef: "Place (place reference, e.g. P01)",
  fromPlaceRef: "Starts at place (when the start is not an actor)",
  toPlaceRef: "Ends at place (when the end is not an actor)",
  viaPlaceRef: "Passes through place (e.g. a border crossing)",
  investigation: "Investigation (slug)",
  claims: "Claims, in reading order (reference and quoted passage)",
  publishedOn: "Published on (partial date)",
  standfirst: "Standfirst (one or two sentences)",
  methodology: "Methodology notes particular to this case",
};
