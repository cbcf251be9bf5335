import { describe, expect, it } from "vitest";
import {
  ClaimRecordSchema,
  DraftClaimRecordSchema,
  EvidenceRecordSchema,
  SubjectRecordSchema,
  type ClaimRecord,
  type DraftClaimRecord,
} from "./claim";

function claim(overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    ref: "C01",
    statement: "North Korea has shipped more than 6,700 containers of munitions to Russia.",
    quotedPhrase: null,
    claimant: "South Korean defence minister",
    claimType: "quantity",
    verdict: "needs_context",
    likelihood: "likely",
    confidence: "moderate",
    finding: "The figure counts containers, not shells; their contents are estimated.",
    subjects: [
      { kind: "transfer", ref: "T01" },
      { kind: "actor", ref: "A01" },
    ],
    appearanceRef: "S12",
    evidence: [
      {
        sourceRef: "S12",
        reliability: "B",
        credibility: 2,
        supports: "States the container count.",
      },
    ],
    seeAlso: ["C02"],
    ...overrides,
  };
}

function issues(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
) {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return (
    r.error?.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) ?? []
  );
}

describe("SubjectRecordSchema", () => {
  it.each([
    ["actor", "A01"],
    ["transfer", "T01"],
    ["sanction", "X01"],
    ["event", "E01"],
  ] as const)("accepts a %s subject with ref %s", (kind, ref) => {
    expect(SubjectRecordSchema.safeParse({ kind, ref }).success).toBe(true);
  });

  it.each([
    ["actor", "T01"],
    ["transfer", "A01"],
    ["sanction", "S01"],
    ["event", "C01"],
  ] as const)("rejects a %s subject with ref %s", (kind, ref) => {
    expect(issues(SubjectRecordSchema, { kind, ref })).toEqual([
      { path: "ref", message: "The reference does not match the subject's kind" },
    ]);
  });

  it("rejects kinds that cannot be subjects", () => {
    expect(SubjectRecordSchema.safeParse({ kind: "source", ref: "S01" }).success).toBe(false);
    expect(SubjectRecordSchema.safeParse({ kind: "claim", ref: "C01" }).success).toBe(false);
  });
});

describe("EvidenceRecordSchema", () => {
  const evidence = {
    sourceRef: "S01",
    reliability: "B",
    credibility: 2,
    supports: "Quotes the minister.",
  };

  it("accepts a graded piece of evidence", () => {
    expect(EvidenceRecordSchema.safeParse(evidence).success).toBe(true);
  });

  it("rejects grades off the Admiralty scale", () => {
    expect(EvidenceRecordSchema.safeParse({ ...evidence, reliability: "G" }).success).toBe(false);
    expect(EvidenceRecordSchema.safeParse({ ...evidence, credibility: 0 }).success).toBe(false);
    expect(EvidenceRecordSchema.safeParse({ ...evidence, credibility: 7 }).success).toBe(false);
    expect(EvidenceRecordSchema.safeParse({ ...evidence, credibility: 2.5 }).success).toBe(false);
  });

  it("needs a source reference", () => {
    expect(EvidenceRecordSchema.safeParse({ ...evidence, sourceRef: "A01" }).success).toBe(false);
  });
});

describe("ClaimRecordSchema", () => {
  it("accepts a claim with likelihood and confidence", () => {
    expect(ClaimRecordSchema.safeParse(claim()).success).toBe(true);
  });

  it("accepts a claim with neither likelihood nor confidence", () => {
    expect(ClaimRecordSchema.safeParse(claim({ likelihood: null, confidence: null })).success).toBe(
      true,
    );
  });

  it("rejects a likelihood without a confidence", () => {
    expect(issues(ClaimRecordSchema, claim({ confidence: null }))).toEqual([
      { path: "confidence", message: "State likelihood and confidence together, or neither" },
    ]);
  });

  it("rejects a confidence without a likelihood", () => {
    expect(issues(ClaimRecordSchema, claim({ likelihood: null }))).toEqual([
      { path: "likelihood", message: "State likelihood and confidence together, or neither" },
    ]);
  });

  it("rejects a subject whose reference does not match its kind", () => {
    expect(
      issues(
        ClaimRecordSchema,
        claim({
          subjects: [
            { kind: "actor", ref: "A01" },
            { kind: "sanction", ref: "T01" },
          ],
        }),
      ),
    ).toEqual([
      { path: "subjects.1.ref", message: "The reference does not match the subject's kind" },
    ]);
  });

  it("rejects unknown verdicts and likelihood words", () => {
    expect(issues(ClaimRecordSchema, { ...claim(), verdict: "false" }).map((i) => i.path)).toEqual([
      "verdict",
    ]);
    expect(
      issues(ClaimRecordSchema, { ...claim(), likelihood: "probable" }).map((i) => i.path),
    ).toContain("likelihood");
  });

  it("rejects a non-claim reference in seeAlso and a workflow status", () => {
    expect(issues(ClaimRecordSchema, claim({ seeAlso: ["A01"] })).map((i) => i.path)).toEqual([
      "seeAlso.0",
    ]);
    expect(ClaimRecordSchema.safeParse({ ...claim(), status: "approved" }).success).toBe(false);
  });

  it("rejects a blank statement", () => {
    expect(issues(ClaimRecordSchema, claim({ statement: "  " })).map((i) => i.path)).toEqual([
      "statement",
    ]);
  });
});

describe("DraftClaimRecordSchema", () => {
  function draft(overrides: Partial<DraftClaimRecord> = {}): DraftClaimRecord {
    return {
      ...claim(),
      status: "in_review",
      authorEmail: "analyst@example.org",
      reviewerNote: null,
      ...overrides,
    };
  }

  it("accepts the workflow statuses a draft can be in", () => {
    for (const status of ["draft", "in_review", "changes_requested", "rejected"] as const) {
      expect(DraftClaimRecordSchema.safeParse(draft({ status })).success, status).toBe(true);
    }
  });

  it("rejects published statuses", () => {
    expect(
      issues(DraftClaimRecordSchema, { ...draft(), status: "approved" }).map((i) => i.path),
    ).toEqual(["status"]);
    expect(
      issues(DraftClaimRecordSchema, { ...draft(), status: "retracted" }).map((i) => i.path),
    ).toEqual(["status"]);
  });

  it("applies the judgement rule too", () => {
    expect(issues(DraftClaimRecordSchema, draft({ likelihood: null })).map((i) => i.path)).toEqual([
      "likelihood",
    ]);
  });

  it("rejects a malformed author email", () => {
    expect(
      issues(DraftClaimRecordSchema, draft({ authorEmail: "analyst" })).map((i) => i.path),
    ).toEqual(["authorEmail"]);
  });
});
