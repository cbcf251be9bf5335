import { z } from "zod";
import {
  ClaimStatusSchema,
  ClaimTypeSchema,
  ConfidenceSchema,
  LikelihoodSchema,
  SourceReliabilitySchema,
  SubjectKindSchema,
  VerdictSchema,
} from "./enums";
import { ClaimRefSchema, IdSchema, RefSchema, SourceRefSchema, refPrefixes } from "./ref";
import { ownedByInvestigation } from "./investigation";
import { CredibilitySchema } from "./scales";
import { SourceSchema } from "./source";
import { optionalText, text } from "./text";

export const SubjectRecordSchema = z
  .strictObject({ kind: SubjectKindSchema, ref: RefSchema })
  .refine((s) => s.ref.startsWith(refPrefixes[s.kind]), {
    message: "The reference does not match the subject's kind",
    path: ["ref"],
  });

/** A graded evidence item: what an approved claim rests on. */
export const EvidenceRecordSchema = z.strictObject({
  sourceRef: SourceRefSchema,
  reliability: SourceReliabilitySchema,
  credibility: CredibilitySchema,
  supports: text(2000),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

/**
 * An evidence item's Admiralty grade while a claim is being worked on: both axes, or
 * neither while nobody has graded it yet. "Not yet graded" is a state of its own, never F6
 * (F6 is a judgement: the source and the information cannot be judged).
 */
export const evidenceGradeFields = {
  reliability: SourceReliabilitySchema.nullable(),
  credibility: CredibilitySchema.nullable(),
};

/** A refinement for two fields that are set together or both null; the null one is named. */
function bothOrNeither<A extends string, B extends string>(a: A, b: B, message: string) {
  return (value: Record<A | B, unknown>, ctx: z.RefinementCtx) => {
    if ((value[a] === null) !== (value[b] === null))
      ctx.addIssue({ code: "custom", path: [value[a] === null ? a : b], message });
  };
}

export const checkGrade = bothOrNeither(
  "reliability",
  "credibility",
  "Grade both the source's reliability and the information's credibility, or leave both as not yet graded",
);

/** An evidence item of a claim still in the workflow: it may be ungraded. */
export const DraftEvidenceRecordSchema = z
  .strictObject({ sourceRef: SourceRefSchema, ...evidenceGradeFields, supports: text(2000) })
  .superRefine(checkGrade);
export type DraftEvidenceRecord = z.infer<typeof DraftEvidenceRecordSchema>;

/** Whether an item has a grade; an approval needs every item graded. */
export function isGraded<E extends { reliability: unknown; credibility: unknown }>(
  e: E,
): e is E & {
  reliability: NonNullable<E["reliability"]>;
  credibility: NonNullable<E["credibility"]>;
} {
  return e.reliability !== null && e.credibility !== null;
}

/** "evidence 2 (S12)" for each item not yet graded, numbered as the editor shows them. */
export function ungradedEvidence(
  evidence: readonly { source: string; reliability: unknown; credibility: unknown }[],
): string[] {
  return evidence.flatMap((e, i) => (isGraded(e) ? [] : [`evidence ${i + 1} (${e.source})`]));
}

/** The assessment itself: what was claimed and what we found. */
export const assessmentFields = {
  statement: text(1000),
  /** A short verbatim phrase from where the claim appeared, if any. */
  quotedPhrase: optionalText(300),
  claimant: text(300),
  claimType: ClaimTypeSchema,
  verdict: VerdictSchema,
  likelihood: LikelihoodSchema.nullable(),
  confidence: ConfidenceSchema.nullable(),
  finding: text(5000),
};

/**
 * A judgement carries both a likelihood and a confidence, or neither: one without the
 * other cannot be read (ICD 203).
 */
export const checkJudgement = bothOrNeither(
  "likelihood",
  "confidence",
  "State likelihood and confidence together, or neither",
);

export const ClaimRecordSchema = z
  .strictObject({
    ref: ClaimRefSchema,
    ...ownedByInvestigation,
    ...assessmentFields,
    subjects: z.array(SubjectRecordSchema).max(100),
    appearanceRef: SourceRefSchema.nullable(),
    evidence: z.array(EvidenceRecordSchema).max(100),
    seeAlso: z.array(ClaimRefSchema).max(50),
  })
  .superRefine(checkJudgement);
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

/** A claim still in the workflow, as the seed's drafts file carries it. */
export const DraftClaimRecordSchema = z
  .strictObject({
    ref: ClaimRefSchema,
    ...ownedByInvestigation,
    ...assessmentFields,
    subjects: z.array(SubjectRecordSchema).max(100),
    appearanceRef: SourceRefSchema.nullable(),
    evidence: z.array(DraftEvidenceRecordSchema).max(100),
    seeAlso: z.array(ClaimRefSchema).max(50),
    status: z.enum(["draft", "in_review", "changes_requested", "rejected"]),
    authorEmail: z.email(),
    reviewerNote: optionalText(2000),
  })
  .superRefine(checkJudgement);
export type DraftClaimRecord = z.infer<typeof DraftClaimRecordSchema>;

export const EvidenceSchema = z.object({
  id: IdSchema,
  source: SourceSchema,
  reliability: SourceReliabilitySchema,
  credibility: CredibilitySchema,
  /** "B2" */
  grade: z.string(),
  supports: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SubjectSchema = z.object({
  kind: SubjectKindSchema,
  ref: RefSchema,
  label: z.string(),
});
export type Subject = z.infer<typeof SubjectSchema>;

/** A claim as the public sees it: only approved claims ever take this shape in the public API. */
export const PublicClaimSchema = z.object({
  id: IdSchema,
  ref: ClaimRefSchema,
  ...assessmentFields,
  subjects: z.array(SubjectSchema),
  appearance: SourceSchema.nullable(),
  evidence: z.array(EvidenceSchema),
  seeAlso: z.array(ClaimRefSchema),
  /** ISO 8601 instants: the API speaks plain JSON, so curl and any language can read it. */
  publishedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PublicClaim = z.infer<typeof PublicClaimSchema>;

export const ClaimSummarySchema = z.object({
  id: IdSchema,
  ref: ClaimRefSchema,
  statement: z.string(),
  claimant: z.string(),
  claimType: ClaimTypeSchema,
  verdict: VerdictSchema,
  publishedAt: z.iso.datetime(),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

/** A claim as fact-checkers see it in the review queue. */
export const ReviewQueueItemSchema = z.object({
  id: IdSchema,
  ref: ClaimRefSchema,
  statement: z.string(),
  claimType: ClaimTypeSchema,
  verdict: VerdictSchema,
  status: ClaimStatusSchema,
  author: z.object({ id: IdSchema, name: z.string() }),
  assignee: z.object({ id: IdSchema, name: z.string() }).nullable(),
  evidenceCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;
