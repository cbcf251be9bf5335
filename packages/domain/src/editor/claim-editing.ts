// What the editor sends and receives for claims: drafts, workflow actions, the editor's
// view of a claim with its internal reviews and comments, revisions and their comparison,
// and the details of a save conflict. Everything here is internal to the newsroom; the
// public shapes live in ../claim.ts.
import { z } from "zod";
import { PageInputSchema } from "../api";
import {
  ReviewQueueItemSchema,
  SubjectRecordSchema,
  assessmentFields,
  checkGrade,
  checkJudgement,
  evidenceGradeFields,
} from "../claim";
import {
  ClaimStatusSchema,
  ClaimTypeSchema,
  EntityStatusSchema,
  SubjectKindSchema,
  VerdictSchema,
} from "../enums";
import { ownedByInvestigation } from "../investigation";
import { ClaimRefSchema, IdSchema, RefSchema, SourceRefSchema } from "../ref";
import { SourceSchema } from "../source";
import { optionalText, searchText, text } from "../text";
import { MIN_PUBLIC_REASON } from "../workflow";

/** A source named by its id or its reference (S12): the editor may have either at hand. */
export const SourceKeySchema = z
  .string()
  .trim()
  .refine((s) => IdSchema.safeParse(s).success || SourceRefSchema.safeParse(s).success, {
    message: "Expected a source id or a source reference such as S01",
  });

/** Null reliability and credibility: not yet graded (the reviewer grades before approving). */
export const EvidenceDraftSchema = z
  .strictObject({
    source: SourceKeySchema,
    ...evidenceGradeFields,
    /** The excerpt, or what in the source supports the claim. */
    supports: text(2000),
  })
  .superRefine(checkGrade);
export type EvidenceDraft = z.infer<typeof EvidenceDraftSchema>;

export const MAX_EVIDENCE = 50;
export const MAX_SUBJECTS = 50;
export const MAX_SEE_ALSO = 30;

/** The fields of a claim an editor writes; every save sends all of them. */
export const claimDraftFields = {
  ...assessmentFields,
  quotedPhrase: assessmentFields.quotedPhrase.default(null),
  likelihood: assessmentFields.likelihood.default(null),
  confidence: assessmentFields.confidence.default(null),
  /** Where the claim appeared. */
  appearance: SourceKeySchema.nullable().default(null),
  evidence: z
    .array(EvidenceDraftSchema)
    .max(MAX_EVIDENCE, { message: `At most ${MAX_EVIDENCE} evidence items` })
    .default([]),
  subjects: z
    .array(SubjectRecordSchema)
    .max(MAX_SUBJECTS, { message: `At most ${MAX_SUBJECTS} subjects` })
    .default([]),
  seeAlso: z
    .array(ClaimRefSchema)
    .max(MAX_SEE_ALSO, { message: `At most ${MAX_SEE_ALSO} related claims` })
    .refine((refs) => new Set(refs).size === refs.length, {
      message: "Name each related claim once",
    })
    .default([]),
  /** What this revision changed. Internal, except on a correction where it is the public note. */
  changeNote: optionalText(2000).default(null),
};

export const ClaimDraftSchema = z.strictObject(claimDraftFields).superRefine(checkJudgement);
export type ClaimDraft = z.infer<typeof ClaimDraftSchema>;

/**
 * A new claim: its draft, and the investigation it belongs to (by slug). Without one, the
 * claim goes to the only investigation there is, and is refused when there are several.
 */
export const CreateClaimInputSchema = z
  .strictObject({ ...claimDraftFields, ...ownedByInvestigation })
  .superRefine(checkJudgement);
export type CreateClaimInput = z.infer<typeof CreateClaimInputSchema>;

/** Every change to a claim names the version it was based on (optimistic concurrency). */
export const BaseVersionSchema = z
  .number({ message: "baseVersion: the version you loaded is required" })
  .int()
  .min(1);

const claimTarget = { id: IdSchema, baseVersion: BaseVersionSchema };

export const SaveClaimInputSchema = z
  .strictObject({ ...claimTarget, ...claimDraftFields })
  .superRefine(checkJudgement);
export type SaveClaimInput = z.infer<typeof SaveClaimInputSchema>;

export const ClaimVersionInputSchema = z.strictObject(claimTarget);
export type ClaimVersionInput = z.infer<typeof ClaimVersionInputSchema>;

/** Approval may carry an internal note; sending back or rejecting must say why. */
export const ApproveClaimInputSchema = z.strictObject({
  ...claimTarget,
  note: optionalText(5000).default(null),
});
export const ReviewDecisionInputSchema = z.strictObject({ ...claimTarget, note: text(5000) });
export type ReviewDecisionInput = z.infer<typeof ReviewDecisionInputSchema>;

const publicReason = text(2000, MIN_PUBLIC_REASON);

export const RetractClaimInputSchema = z.strictObject({ ...claimTarget, reason: publicReason });
export type RetractClaimInput = z.infer<typeof RetractClaimInputSchema>;

/** `note` is shown to readers beside the corrected claim once the correction is approved. */
export const CorrectClaimInputSchema = z.strictObject({ ...claimTarget, note: publicReason });
export type CorrectClaimInput = z.infer<typeof CorrectClaimInputSchema>;

export const AssignClaimInputSchema = z.strictObject({
  ...claimTarget,
  assigneeId: IdSchema.nullable(),
});
export type AssignClaimInput = z.infer<typeof AssignClaimInputSchema>;

/**
 * Comments add to the discussion and change nothing about the claim, so they take no
 * base version: a comment must never make a colleague's save conflict.
 */
export const CommentClaimInputSchema = z.strictObject({ id: IdSchema, body: text(5000) });

export const ClaimKeyInputSchema = z
  .strictObject({ id: IdSchema.optional(), ref: ClaimRefSchema.optional() })
  .refine((k) => (k.id === undefined) !== (k.ref === undefined), {
    message: "Give either id or ref",
  });

export const CompareRevisionsInputSchema = z.strictObject({
  id: IdSchema,
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});

export const RestoreRevisionInputSchema = z.strictObject({
  ...claimTarget,
  number: z.number().int().min(1),
  changeNote: optionalText(2000).default(null),
});
export type RestoreRevisionInput = z.infer<typeof RestoreRevisionInputSchema>;

export const SearchTextSchema = searchText({ min: 2, max: 200 });

/** Filters shared by the editor's claim list and the review queue. */
export const claimFilterFields = {
  assigneeId: IdSchema.optional(),
  /** Only claims nobody is assigned to. */
  unassigned: z.boolean().optional(),
  authorId: IdSchema.optional(),
  claimType: ClaimTypeSchema.optional(),
  verdict: VerdictSchema.optional(),
  /** Words in the working revision's statement, claimant or finding, or a reference. */
  text: SearchTextSchema.optional(),
};

export const EditorClaimListInputSchema = PageInputSchema.extend({
  status: ClaimStatusSchema.optional(),
  ...claimFilterFields,
});
export type EditorClaimListInput = z.infer<typeof EditorClaimListInputSchema>;

export const ReviewQueueInputSchema = PageInputSchema.extend(claimFilterFields);
export type ReviewQueueInput = z.infer<typeof ReviewQueueInputSchema>;

// ------------------------------------------------------------------ outputs

export const PersonRefSchema = z.object({ id: IdSchema, name: z.string() });
/** Who did something, as the editor shows it. */
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** A source as the editor sees it: with its review state, since drafts may cite drafts. */
export const EditorSourceSchema = SourceSchema.extend({ reviewStatus: EntityStatusSchema });

export const EditorEvidenceSchema = z.object({
  id: IdSchema,
  position: z.number().int(),
  source: EditorSourceSchema,
  ...evidenceGradeFields,
  /** "B2", or null while not yet graded. */
  grade: z.string().nullable(),
  supports: z.string(),
});

export const EditorSubjectSchema = z.object({
  kind: SubjectKindSchema,
  ref: RefSchema,
  label: z.string(),
  reviewStatus: EntityStatusSchema,
});

/**
 * A revision's content in comparable form: sources and subjects by reference. Two
 * revisions are compared field by field on this shape, and a conflict carries it.
 */
export const ClaimContentSchema = z.object({
  ...assessmentFields,
  appearance: SourceRefSchema.nullable(),
  evidence: z.array(
    z.object({
      source: SourceRefSchema,
      ...evidenceGradeFields,
      supports: z.string(),
    }),
  ),
  subjects: z.array(z.object({ kind: SubjectKindSchema, ref: RefSchema })),
  seeAlso: z.array(ClaimRefSchema),
  changeNote: z.string().nullable(),
});
export type ClaimContent = z.infer<typeof ClaimContentSchema>;

export const ClaimFieldSchema = ClaimContentSchema.keyof();
export type ClaimField = z.infer<typeof ClaimFieldSchema>;

/** Who wrote a revision, when, and who approved it: the same for claims and story blocks. */
export const revisionMetaFields = {
  number: z.number().int(),
  author: PersonRefSchema,
  createdAt: z.iso.datetime(),
  approvedBy: PersonRefSchema.nullable(),
  approvedAt: z.iso.datetime().nullable(),
};

export const EditorClaimRevisionSchema = z.object({
  id: IdSchema,
  ...revisionMetaFields,
  restoredFrom: z.number().int().nullable(),
  ...assessmentFields,
  appearance: EditorSourceSchema.nullable(),
  evidence: z.array(EditorEvidenceSchema),
  subjects: z.array(EditorSubjectSchema),
  seeAlso: z.array(ClaimRefSchema),
  changeNote: z.string().nullable(),
});
export type EditorClaimRevision = z.infer<typeof EditorClaimRevisionSchema>;

export const ClaimReviewEntrySchema = z.object({
  id: IdSchema,
  revisionNumber: z.number().int(),
  reviewer: PersonRefSchema,
  decision: ClaimStatusSchema,
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const ClaimCommentEntrySchema = z.object({
  id: IdSchema,
  author: PersonRefSchema,
  body: z.string(),
  createdAt: z.iso.datetime(),
});

export const ClaimHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  actor: PersonRefSchema,
  fromStatus: ClaimStatusSchema.nullable(),
  toStatus: ClaimStatusSchema,
  revisionNumber: z.number().int().nullable(),
  publicNote: z.string().nullable(),
});

/** A claim as the newsroom sees it: the revision being worked on, and everything said about it. */
export const EditorClaimSchema = z.object({
  id: IdSchema,
  ref: ClaimRefSchema,
  status: ClaimStatusSchema,
  /** Send it back as baseVersion with the next change. */
  version: z.number().int(),
  author: PersonRefSchema,
  assignee: PersonRefSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  /** The revision readers see, if any (while a correction is worked on, it differs from `working`). */
  publishedRevisionNumber: z.number().int().nullable(),
  /** True while a correction of a published claim is in the workflow. */
  correcting: z.boolean(),
  retractedAt: z.iso.datetime().nullable(),
  retractionReason: z.string().nullable(),
  working: EditorClaimRevisionSchema,
  reviews: z.array(ClaimReviewEntrySchema),
  comments: z.array(ClaimCommentEntrySchema),
  history: z.array(ClaimHistoryEntrySchema),
});
export type EditorClaim = z.infer<typeof EditorClaimSchema>;

/** A row of the editor's claim list: a review-queue item that also says whether readers see it. */
export const EditorClaimListItemSchema = ReviewQueueItemSchema.extend({ published: z.boolean() });
export type EditorClaimListItem = z.infer<typeof EditorClaimListItemSchema>;

export const ClaimRevisionListItemSchema = z.object({
  ...revisionMetaFields,
  changeNote: z.string().nullable(),
  restoredFrom: z.number().int().nullable(),
  current: z.boolean(),
  published: z.boolean(),
});
export type ClaimRevisionListItem = z.infer<typeof ClaimRevisionListItemSchema>;

const comparedRevision = z.object({
  number: z.number().int(),
  author: PersonRefSchema,
  createdAt: z.iso.datetime(),
  content: ClaimContentSchema,
});

/** Two revisions side by side, and which fields differ. */
export const RevisionComparisonSchema = z.object({
  from: comparedRevision,
  to: comparedRevision,
  changedFields: z.array(ClaimFieldSchema),
});
export type RevisionComparison = z.infer<typeof RevisionComparisonSchema>;

/**
 * What a refused change tells its caller (tRPC error `data.conflict`): who changed the
 * claim since the caller loaded it, when, and what they changed, with both versions in
 * full so the caller can merge; `yours` holds what the caller tried to save, so nothing
 * typed is lost.
 */
export const ClaimConflictSchema = z.object({
  kind: z.literal("claim_version"),
  id: IdSchema,
  ref: ClaimRefSchema,
  status: ClaimStatusSchema,
  baseVersion: z.number().int(),
  currentVersion: z.number().int(),
  lastChange: z
    .object({ by: PersonRefSchema.nullable(), at: z.iso.datetime(), action: z.string() })
    .nullable(),
  baseRevision: z.number().int().nullable(),
  currentRevision: z.number().int(),
  /** Fields the other change made differ from the caller's base revision. */
  changedFields: z.array(ClaimFieldSchema),
  base: ClaimContentSchema.nullable(),
  current: ClaimContentSchema,
  yours: ClaimDraftSchema.nullable(),
});
export type ClaimConflict = z.infer<typeof ClaimConflictSchema>;

/** Fields whose values differ between two contents (deep comparison of lists). */
export function diffClaimContent(a: ClaimContent, b: ClaimContent): ClaimField[] {
  return ClaimFieldSchema.options.filter(
    (field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]),
  );
}
