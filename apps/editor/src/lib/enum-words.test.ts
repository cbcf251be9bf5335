import { ActorKindSchema, SourceKindSchema, sourceKindWords } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { enumOptions } from "./enum-words";

describe("enumOptions", () => {
  it("uses the domain's words for an enumeration it recognises by its values", () => {
    const options = enumOptions(SourceKindSchema.options);
    expect(options).toHaveLength(SourceKindSchema.options.length);
    for (const o of options) expect(o.label).toBe(sourceKindWords[o.value as "news"]);
    expect(options.map((o) => o.label)).not.toContain("news agency");
  });

  it("recognises each record form's enumerations (actor kinds among them)", () => {
    const labels = enumOptions(ActorKindSchema.options).map((o) => o.label);
    expect(labels.every((l) => /^[A-Z]/.test(l))).toBe(true);
  });

  it("falls back to plain letters for values it has no table for", () => {
    expect(enumOptions(["at_least", "about"])).toEqual([
      { value: "at_least", label: "at least" },
      { value: "about", label: "about" },
    ]);
  });
});
