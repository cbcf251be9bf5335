import { describe, expect, it } from "vitest";
import { domainEnums } from "./enums";
import { confidenceWords, verdictWords } from "./scales";
import {
  actorKindWords,
  actorLinkReverseWords,
  actorLinkWords,
  claimStatusWords,
  claimTypeWords,
  entityStatusWords,
  entityTypeWords,
  identifierSchemeWords,
  itemCategoryGroupWords,
  itemCategoryWords,
  quantityQualifierWords,
  ratePeriodWords,
  roleWords,
  routeModeWords,
  sanctionStatusWords,
  sourceKindWords,
  subjectKindWords,
  tokenScopeWords,
  transferStageWords,
  transferStatusWords,
} from "./words";
import { ItemCategoryGroupSchema, ItemCategorySchema, itemCategoryGroups } from "./enums";

// Each table with the enum it names; the apps build their choices and labels from these.
const tables = [
  ["ClaimStatus", claimStatusWords],
  ["EntityStatus", entityStatusWords],
  ["Role", roleWords],
  ["TokenScope", tokenScopeWords],
  ["ClaimType", claimTypeWords],
  ["SourceKind", sourceKindWords],
  ["SubjectKind", subjectKindWords],
  ["EntityType", Object.fromEntries(Object.entries(entityTypeWords).map(([k, w]) => [k, w.one]))],
  ["EntityType", Object.fromEntries(Object.entries(entityTypeWords).map(([k, w]) => [k, w.many]))],
  ["ActorKind", actorKindWords],
  ["IdentifierScheme", identifierSchemeWords],
  ["ActorLinkType", actorLinkWords],
  ["ActorLinkType", actorLinkReverseWords],
  ["ItemCategory", itemCategoryWords],
  ["TransferStatus", transferStatusWords],
  ["TransferStage", transferStageWords],
  ["RatePeriod", ratePeriodWords],
  ["QuantityQualifier", quantityQualifierWords],
  ["SanctionStatus", sanctionStatusWords],
  ["RouteMode", routeModeWords],
  ["Verdict", verdictWords],
  ["Confidence", confidenceWords],
] as const satisfies readonly (readonly [keyof typeof domainEnums, Record<string, string>])[];

describe("words for the enumerations", () => {
  it.each(tables.map(([name, words], i) => [`${name} #${i}`, name, words] as const))(
    "%s names every value, and no two alike",
    (_, name, words) => {
      expect(Object.keys(words).sort()).toEqual([...domainEnums[name].options].sort());
      const labels = Object.values(words);
      for (const label of labels) expect(label.trim()).toBe(label);
      for (const label of labels) expect(label).not.toBe("");
      expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    },
  );
});

describe("item category groups", () => {
  it("put every category in exactly one group, each group named", () => {
    const grouped = Object.values(itemCategoryGroups).flat();
    expect([...grouped].sort()).toEqual([...ItemCategorySchema.options].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(Object.keys(itemCategoryGroupWords).sort()).toEqual(
      [...ItemCategoryGroupSchema.options].sort(),
    );
  });

  it("include SIPRI's major-arms categories, drones and loitering munitions among them", () => {
    expect(itemCategoryGroups.major_arms).toEqual(
      expect.arrayContaining([
        "aircraft",
        "uncrewed_aircraft",
        "loitering_munitions",
        "air_defence_systems",
        "anti_submarine_warfare_weapons",
        "armoured_vehicles",
        "artillery",
        "engines",
        "missiles",
        "naval_weapons",
        "satellites",
        "sensors",
        "ships",
        "other_major_arms",
      ]),
    );
  });
});
