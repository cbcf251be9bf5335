// The domain's words for item categories and route modes, as they read inside a sentence or
// on a graph label ("artillery ammunition", "by sea").
import {
  type ItemCategory,
  type RouteMode,
  itemCategoryWords,
  routeModeWords,
} from "@armstrail/domain";

/** An item category in running text: "artillery ammunition". */
export function itemCategoryPhrase(category: ItemCategory): string {
  return itemCategoryWords[category].toLowerCase();
}

/** How a leg of a route was travelled, in running text: "by sea". */
export function routeModePhrase(mode: RouteMode): string {
  return `by ${routeModeWords[mode].toLowerCase()}`;
}
