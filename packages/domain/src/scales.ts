import { z } from "zod";
import type { Confidence, Likelihood, SourceReliability, Verdict } from "./enums";
import { SourceReliabilitySchema } from "./enums";

/** ICD 203 likelihood terms with their probability ranges, in percent. */
export const likelihoodScale: Record<Likelihood, { words: string; low: number; high: number }> = {
  almost_no_chance: { words: "almost no chance", low: 1, high: 5 },
  very_unlikely: { words: "very unlikely", low: 5, high: 20 },
  unlikely: { words: "unlikely", low: 20, high: 45 },
  roughly_even_chance: { words: "roughly even chance", low: 45, high: 55 },
  likely: { words: "likely", low: 55, high: 80 },
  very_likely: { words: "very likely", low: 80, high: 95 },
  almost_certain: { words: "almost certain", low: 95, high: 99 },
};

const likelihoodOrder = Object.keys(likelihoodScale) as Likelihood[];

/**
 * The ICD 203 term for a probability in percent. Boundaries belong to the higher band
 * except at the extremes (so 55 is "likely", 5 is "very unlikely").
 */
export function likelihoodFor(percent: number): Likelihood {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError("A probability must be a percentage between 0 and 100");
  }
  for (let i = likelihoodOrder.length - 1; i >= 0; i--) {
    const term = likelihoodOrder[i]!;
    if (percent >= likelihoodScale[term].low) return term;
  }
  return "almost_no_chance";
}

export const confidenceWords: Record<Confidence, string> = {
  low: "low confidence",
  moderate: "moderate confidence",
  high: "high confidence",
};

/**
 * Likelihood and confidence in words, as two sentences: ICD 203 keeps them apart so a
 * reader never mistakes how sure we are for how probable the event is.
 */
export function describeJudgement(
  likelihood: Likelihood | null,
  confidence: Confidence | null,
): string[] {
  const out: string[] = [];
  if (likelihood) {
    const l = likelihoodScale[likelihood];
    out.push(`We judge this ${l.words} (${l.low}-${l.high}%).`);
  }
  if (confidence) out.push(`We hold that judgement with ${confidenceWords[confidence]}.`);
  return out;
}

export const verdictWords: Record<Verdict, string> = {
  accurate: "Accurate",
  mostly_accurate: "Mostly accurate",
  needs_context: "Needs context",
  inaccurate: "Inaccurate",
  unverifiable: "Unverifiable",
  opinion: "Opinion (not checkable)",
};

/** "B2" for a graded evidence item, null for one nobody has graded yet. */
export function gradeOf(e: {
  reliability: SourceReliability | null;
  credibility: Credibility | null;
}): string | null {
  return e.reliability === null || e.credibility === null
    ? null
    : admiraltyGrade(e.reliability, e.credibility);
}

/** Admiralty code (NATO AJP-2.1): the source's reliability, graded apart from the information. */
export const reliabilityWords: Record<SourceReliability, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

export const CredibilitySchema = z
  .number()
  .int()
  .min(1, { message: "Credibility runs from 1 to 6" })
  .max(6, { message: "Credibility runs from 1 to 6" });
export type Credibility = z.infer<typeof CredibilitySchema>;

export const credibilityWords: Record<Credibility, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};

/** "B2" from its parts. */
export function admiraltyGrade(reliability: SourceReliability, credibility: Credibility): string {
  return `${reliability}${credibility}`;
}

/** Parses "B2" (any case, surrounding spaces allowed); null when it is not a grade. */
export function parseAdmiraltyGrade(
  grade: string,
): { reliability: SourceReliability; credibility: Credibility } | null {
  const m = /^([A-F])([1-6])$/.exec(grade.trim().toUpperCase());
  if (!m) return null;
  return { reliability: SourceReliabilitySchema.parse(m[1]), credibility: Number(m[2]) };
}

export function describeGrade(reliability: SourceReliability, credibility: Credibility): string {
  return `${admiraltyGrade(reliability, credibility)}: source ${reliabilityWords[reliability]}; information ${credibilityWords[credibility]}`;
}
