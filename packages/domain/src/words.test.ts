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
  itemCategoryWords,
  roleWords,
  routeModeWords,
  sanctionStatusWords,
  sourceKindWords,
  subjectKindWords,
  tokenScopeWords,
  transferStatusWords,
} from "./words";

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
