import type { ItemCategory, RouteMode } from "@armstrail/domain";

/** Item categories in plain words, for labels on the network graph and the map. */
export const itemCategoryWords: Record<ItemCategory, string> = {
  artillery_ammunition: "artillery ammunition",
  rockets: "rockets",
  ballistic_missiles: "ballistic missiles",
  munitions_unspecified: "unspecified munitions",
  dual_use_components: "dual-use components",
  fuel: "fuel",
  military_technology: "military technology",
  civilian_goods: "civilian goods",
  other: "other items",
};

/** How a leg of a route was travelled, in plain words. */
export const routeModeWords: Record<RouteMode, string> = {
  sea: "by sea",
  rail: "by rail",
  road: "by road",
  air: "by air",
  unknown: "by means not known",
};

/** The mode alone, as a heading for a leg. */
export const routeModeShort: Record<RouteMode, string> = {
  sea: "Sea",
  rail: "Rail",
  road: "Road",
  air: "Air",
  unknown: "Means not known",
};
