// The claim form's values and their labels, shared by the form, its error summary, the
// conflict panel and the revision diff so all four name a field the same way.
import type {
  ClaimType,
  Confidence,
  Likelihood,
  SourceReliability,
  SubjectKind,
  Verdict,
} from "@armstrail/domain";

export interface EvidenceRow {
  source: string;
  /** Shown beside the reference once picked, so a person sees what they chose. */
  sourceLabel?: string;
  reliability: SourceReliability | "";
  credibility: string;
  supports: string;
}

export interface SubjectRow {
  kind: SubjectKind;
  ref: string;
}

export interface ClaimValues {
  statement: string;
  quotedPhrase: string;
  claimant: string;
  claimType: ClaimType | "";
  verdict: Verdict | "";
  likelihood: Likelihood | "";
  confidence: Confidence | "";
  finding: string;
  appearance: string;
  subjects: SubjectRow[];
  evidence: EvidenceRow[];
  /** Claim references, separated by commas or spaces. */
  seeAlso: string;
  /** What this save changed: kept with the revision (public for an approved correction). */
  changeNote: string;
  [key: string]: unknown;
}

export const emptyClaim: ClaimValues = {
  statement: "",
  quotedPhrase: "",
  claimant: "",
  claimType: "",
  verdict: "",
  likelihood: "",
  confidence: "",
  finding: "",
  appearance: "",
  subjects: [],
  evidence: [],
  seeAlso: "",
  changeNote: "",
};

export const claimFields = [
  { key: "statement", label: "Statement" },
  { key: "quotedPhrase", label: "Quoted phrase" },
  { key: "claimant", label: "Claimant" },
  { key: "claimType", label: "Claim type" },
  { key: "verdict", label: "Verdict" },
  { key: "likelihood", label: "Likelihood" },
  { key: "confidence", label: "Confidence" },
  { key: "finding", label: "Finding" },
  { key: "appearance", label: "Where it appeared" },
  { key: "subjects", label: "Subject" },
  { key: "evidence", label: "Evidence" },
  { key: "seeAlso", label: "See also" },
] as const;

export const claimLabels: Record<string, string> = {
  ...Object.fromEntries(claimFields.map((f) => [f.key, f.label])),
  changeNote: "Change note",
};

/** "C1, C2 C3" -> ["C1", "C2", "C3"] */
export function splitRefs(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
}

/** The values compared by the conflict panel and the diff: display-only parts dropped. */
export function comparable(values: ClaimValues): ClaimValues {
  return {
    ...values,
    evidence: values.evidence.map(({ sourceLabel: _label, ...row }) => ({ ...row })),
    seeAlso: splitRefs(values.seeAlso).join(", "),
  };
}
