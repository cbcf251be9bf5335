import { describe, expect, it } from "vitest";
import {
  ClaimDraftSchema,
  ClaimKeyInputSchema,
  SaveClaimInputSchema,
  diffClaimContent,
  type ClaimContent,
} from "./claim-editing";

const draft = {
  statement: "A statement.",
  claimant: "Someone",
  claimType: "event",
  verdict: "accurate",
  finding: "What we found.",
};

const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => i.path.join(".")) ?? []);

describe("ClaimDraftSchema", () => {
  it("fills optional parts with empty values", () => {
    expect(ClaimDraftSchema.parse(draft)).toEqual({
      ...draft,
      quotedPhrase: null,
      likelihood: null,
      confidence: null,
      appearance: null,
      evidence: [],
      subjects: [],
      seeAlso: [],
      changeNote: null,
    });
  });

  it("names a source by id or by reference, and nothing else", () => {
    const withSource = (source: string) =>
      ClaimDraftSchema.safeParse({
        ...draft,
        evidence: [{ source, reliability: "B", credibility: 2, supports: "It says so." }],
      });
    expect(withSource("S12").success).toBe(true);
    expect(withSource("018f0000-0000-7000-8000-000000000000").success).toBe(true);
    expect(issuesOf(withSource("A12"))).toEqual(["evidence.0.source"]);
    expect(issuesOf(withSource("S12; --"))).toEqual(["evidence.0.source"]);
  });

  it("refuses a grade off the Admiralty scales", () => {
    const r = ClaimDraftSchema.safeParse({
      ...draft,
      evidence: [{ source: "S01", reliability: "G", credibility: 7, supports: "x" }],
    });
    expect(issuesOf(r).sort()).toEqual(["evidence.0.credibility", "evidence.0.reliability"]);
  });

  it("takes evidence not yet graded, but not half a grade", () => {
    const withGrade = (reliability: string | null, credibility: number | null) =>
      ClaimDraftSchema.safeParse({
        ...draft,
        evidence: [{ source: "S01", reliability, credibility, supports: "x" }],
      });
    expect(withGrade(null, null).success).toBe(true);
    expect(issuesOf(withGrade("B", null))).toEqual(["evidence.0.credibility"]);
    expect(issuesOf(withGrade(null, 2))).toEqual(["evidence.0.reliability"]);
  });

  it("wants likelihood and confidence together (ICD 203)", () => {
    expect(issuesOf(ClaimDraftSchema.safeParse({ ...draft, likelihood: "likely" }))).toEqual([
      "confidence",
    ]);
    expect(
      ClaimDraftSchema.safeParse({ ...draft, likelihood: "likely", confidence: "moderate" })
        .success,
    ).toBe(true);
  });

  it("refuses the same related claim twice", () => {
    expect(issuesOf(ClaimDraftSchema.safeParse({ ...draft, seeAlso: ["C01", "C01"] }))).toEqual([
      "seeAlso",
    ]);
  });

  it("refuses unknown fields and a save without a base version", () => {
    expect(issuesOf(ClaimDraftSchema.safeParse({ ...draft, status: "approved" }))).toEqual([""]);
    const save = SaveClaimInputSchema.safeParse({
      ...draft,
      id: "018f0000-0000-7000-8000-000000000000",
    });
    expect(issuesOf(save)).toEqual(["baseVersion"]);
  });
});

describe("ClaimKeyInputSchema", () => {
  it("takes an id or a reference, not both and not neither", () => {
    expect(ClaimKeyInputSchema.safeParse({ ref: "C01" }).success).toBe(true);
    expect(ClaimKeyInputSchema.safeParse({}).success).toBe(false);
    expect(
      ClaimKeyInputSchema.safeParse({ ref: "C01", id: "018f0000-0000-7000-8000-000000000000" })
        .success,
    ).toBe(false);
  });
});

describe("diffClaimContent", () => {
  const content: ClaimContent = {
    statement: "A statement.",
    quotedPhrase: null,
    claimant: "Someone",
    claimType: "event",
    verdict: "accurate",
    likelihood: null,
    confidence: null,
    finding: "What we found.",
    appearance: null,
    evidence: [{ source: "S01", reliability: "B", credibility: 2, supports: "It says so." }],
    subjects: [{ kind: "actor", ref: "A01" }],
    seeAlso: [],
    changeNote: null,
  };

  it("finds no difference between equal contents", () => {
    expect(diffClaimContent(content, structuredClone(content))).toEqual([]);
  });

  it("names each changed field, looking inside lists", () => {
    const changed: ClaimContent = {
      ...content,
      verdict: "inaccurate",
      evidence: [{ ...content.evidence[0]!, credibility: 3 }],
      seeAlso: ["C02"],
    };
    expect(diffClaimContent(content, changed)).toEqual(["verdict", "evidence", "seeAlso"]);
  });

  it("sees a reordering of evidence as a change", () => {
    const two = {
      ...content,
      evidence: [...content.evidence, { ...content.evidence[0]!, source: "S02" }],
    };
    const swapped = { ...two, evidence: [...two.evidence].reverse() };
    expect(diffClaimContent(two, swapped)).toEqual(["evidence"]);
  });
});
