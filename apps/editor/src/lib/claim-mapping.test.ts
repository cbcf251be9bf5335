import { ClaimDraftSchema } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { emptyClaim, type ClaimValues } from "./claim-fields";
import { draftFromValues, valuesFromContent } from "./claim-mapping";

const values: ClaimValues = {
  ...emptyClaim,
  statement: "Ships loaded at the quay.",
  claimant: "A columnist",
  claimType: "event",
  verdict: "accurate",
  finding: "The paper saw them.",
  evidence: [
    { source: "S702", reliability: "", credibility: "", supports: "Photos." },
    { source: "S703", reliability: "B", credibility: "2", supports: "A log." },
  ],
};

describe("the claim form's evidence grades", () => {
  it("sends an item left unchosen on both axes as not yet graded, not as a grade", () => {
    const draft = draftFromValues(values);
    expect(draft.evidence.map((e) => [e.reliability, e.credibility])).toEqual([
      [null, null],
      ["B", 2],
    ]);
    expect(ClaimDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("shows a saved ungraded item as both selects empty", () => {
    const shown = valuesFromContent({
      ...draftFromValues(values),
      appearance: null,
      subjects: [],
      evidence: [{ source: "S702", reliability: null, credibility: null, supports: "Photos." }],
    });
    expect(shown.evidence[0]).toMatchObject({ reliability: "", credibility: "" });
  });

  it("leaves half a grade for the API to name", () => {
    const half = draftFromValues({
      ...values,
      evidence: [{ source: "S702", reliability: "C", credibility: "", supports: "Photos." }],
    });
    const r = ClaimDraftSchema.safeParse(half);
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join("."))).toEqual([
      "evidence.0.credibility",
    ]);
  });
});
