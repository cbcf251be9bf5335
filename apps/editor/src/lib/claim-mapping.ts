// Between the API's claim shapes and the form's values: the form holds text as typed ("" for
// nothing, credibility as a select's string); the API takes nulls and numbers.
import type {
  ClaimContent,
  ClaimDraft,
  EditorClaimRevision,
  SourceReliability,
} from "@armstrail/domain";
import { type ClaimValues, splitRefs } from "./claim-fields";

/** A grade as the form's selects hold it: "" on both for not yet graded. */
function gradeValues(e: { reliability: SourceReliability | null; credibility: number | null }) {
  return {
    reliability: e.reliability ?? "",
    credibility: e.credibility?.toString() ?? "",
  } as const;
}

export function valuesFromRevision(r: EditorClaimRevision): ClaimValues {
  return {
    statement: r.statement,
    quotedPhrase: r.quotedPhrase ?? "",
    claimant: r.claimant,
    claimType: r.claimType,
    verdict: r.verdict,
    likelihood: r.likelihood ?? "",
    confidence: r.confidence ?? "",
    finding: r.finding,
    appearance: r.appearance?.ref ?? "",
    subjects: r.subjects.map((s) => ({ kind: s.kind, ref: s.ref })),
    evidence: r.evidence.map((e) => ({
      source: e.source.ref,
      sourceLabel: `${e.source.title} (${e.source.publisher})`,
      ...gradeValues(e),
      supports: e.supports,
    })),
    seeAlso: r.seeAlso.join(", "),
    // A change note describes one save; the next save starts without one.
    changeNote: "",
  };
}

export function valuesFromContent(c: ClaimContent): ClaimValues {
  return {
    statement: c.statement,
    quotedPhrase: c.quotedPhrase ?? "",
    claimant: c.claimant,
    claimType: c.claimType,
    verdict: c.verdict,
    likelihood: c.likelihood ?? "",
    confidence: c.confidence ?? "",
    finding: c.finding,
    appearance: c.appearance ?? "",
    subjects: c.subjects.map((s) => ({ kind: s.kind, ref: s.ref })),
    evidence: c.evidence.map((e) => ({
      source: e.source,
      ...gradeValues(e),
      supports: e.supports,
    })),
    seeAlso: c.seeAlso.join(", "),
    changeNote: "",
  };
}

const orNull = (s: string) => (s.trim() === "" ? null : s);

/**
 * The API's draft from the form. Empty selects go as they are (""), so the API names the
 * field that needs a value instead of the form guessing one; the grade's two selects are
 * the exception, since empty there means "not yet graded" (null).
 */
export function draftFromValues(v: ClaimValues): ClaimDraft {
  return {
    statement: v.statement,
    quotedPhrase: orNull(v.quotedPhrase),
    claimant: v.claimant,
    claimType: v.claimType as ClaimDraft["claimType"],
    verdict: v.verdict as ClaimDraft["verdict"],
    likelihood: orNull(v.likelihood) as ClaimDraft["likelihood"],
    confidence: orNull(v.confidence) as ClaimDraft["confidence"],
    finding: v.finding,
    appearance: orNull(v.appearance),
    evidence: v.evidence.map((e) => ({
      source: e.source,
      reliability: e.reliability === "" ? null : e.reliability,
      credibility: e.credibility === "" ? null : Number(e.credibility),
      supports: e.supports,
    })),
    subjects: v.subjects.map((s) => ({ kind: s.kind, ref: s.ref })),
    seeAlso: splitRefs(v.seeAlso),
    changeNote: orNull(v.changeNote),
  };
}
