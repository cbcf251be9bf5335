// Investigations and the articles they check. An investigation owns its claims, story,
// transfers and events; the register of actors, sources and sanctions is shared by all of
// them. A checked article is one piece of writing that was split into claims: its claims in
// reading order, each with the passage it came from.
import { z } from "zod";
import { PartialDateSchema } from "./dates";
import { ClaimTypeSchema, InvestigationStatusSchema, VerdictSchema } from "./enums";
import { CheckedArticleRefSchema, ClaimRefSchema, InvestigationRefSchema } from "./ref";
import { UrlSchema, optionalText, text } from "./text";

/** Lower-case words joined by single hyphens: the investigation's address on the site. */
export const InvestigationSlugSchema = z
  .string()
  .max(80, { message: "A slug has at most 80 characters" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "Expected lower-case words joined by hyphens, such as arms-to-the-coast",
  });
export type InvestigationSlug = z.infer<typeof InvestigationSlugSchema>;

/** How many published claims carry each verdict (every verdict is present, zero or more). */
export const VerdictCountsSchema = z.object({
  total: z.number().int(),
  byVerdict: z.record(VerdictSchema, z.number().int()),
});
export type VerdictCounts = z.infer<typeof VerdictCountsSchema>;

/** Zero of every verdict, to count into. */
export function emptyVerdictCounts(): VerdictCounts {
  return {
    total: 0,
    byVerdict: Object.fromEntries(VerdictSchema.options.map((v) => [v, 0])) as Record<
      z.infer<typeof VerdictSchema>,
      number
    >,
  };
}

/** Counts verdicts of a list of claims into the shape `claim.count` answers with. */
export function countVerdicts(
  claims: readonly { verdict: z.infer<typeof VerdictSchema> }[],
): VerdictCounts {
  const counts = emptyVerdictCounts();
  for (const c of claims) {
    counts.byVerdict[c.verdict] += 1;
    counts.total += 1;
  }
  return counts;
}

const investigationFields = {
  slug: InvestigationSlugSchema,
  title: text(200),
  /** One or two sentences: the page description and the feed's subtitle. */
  standfirst: text(400),
  summary: text(6000),
  /** What is particular to this case's method (the general method is the site's own). */
  methodology: text(8000),
  status: InvestigationStatusSchema,
};

/** An investigation as the seed file, imports and the editor carry it. */
export const InvestigationRecordSchema = z.strictObject({
  ref: InvestigationRefSchema,
  ...investigationFields,
});
export type InvestigationRecord = z.infer<typeof InvestigationRecordSchema>;

/** One claim of a checked article, in reading order: the passage it was taken from. */
export const ArticleClaimRecordSchema = z.strictObject({
  ref: ClaimRefSchema,
  passage: text(1000),
});
export type ArticleClaimRecord = z.infer<typeof ArticleClaimRecordSchema>;

const articleFields = {
  /** The slug of the investigation that checked it. */
  investigation: InvestigationSlugSchema,
  title: text(500),
  outlet: text(300),
  author: text(300),
  publishedOn: PartialDateSchema.nullable(),
  url: UrlSchema.nullable(),
  note: optionalText(2000),
  claims: z.array(ArticleClaimRecordSchema).max(500),
};

/** The same claim twice in one article would count its verdict twice. */
export function checkArticleClaims(a: { claims: { ref: string }[] }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  a.claims.forEach((c, i) => {
    if (seen.has(c.ref))
      ctx.addIssue({
        code: "custom",
        path: ["claims", i, "ref"],
        message: "This claim is listed twice",
      });
    seen.add(c.ref);
  });
}

/** A checked article as the seed file and the editor carry it. */
export const CheckedArticleRecordSchema = z
  .strictObject({ ref: CheckedArticleRefSchema, ...articleFields })
  .superRefine(checkArticleClaims);
export type CheckedArticleRecord = z.infer<typeof CheckedArticleRecordSchema>;

/** The shapes without their refs, for the editor's entity inputs. */
export const investigationRecordFields = investigationFields;
export const checkedArticleRecordFields = articleFields;

// ---------------------------------------------------------------- public shapes

/** An investigation in the public list. */
export const InvestigationSummarySchema = z.object({
  ref: InvestigationRefSchema,
  slug: InvestigationSlugSchema,
  title: z.string(),
  standfirst: z.string(),
  status: InvestigationStatusSchema,
  counts: VerdictCountsSchema,
});
export type InvestigationSummary = z.infer<typeof InvestigationSummarySchema>;

/** A claim as a checked article shows it: its place, the passage and the verdict. */
export const CheckedArticleClaimSchema = z.object({
  ref: ClaimRefSchema,
  position: z.number().int(),
  passage: z.string(),
  verdict: VerdictSchema,
  /** The claim's statement as published. */
  text: z.string(),
  claimType: ClaimTypeSchema,
});
export type CheckedArticleClaim = z.infer<typeof CheckedArticleClaimSchema>;

/** A checked article as readers see it: only its published claims, in reading order. */
export const CheckedArticleSchema = z.object({
  ref: CheckedArticleRefSchema,
  title: z.string(),
  outlet: z.string(),
  author: z.string(),
  publishedOn: PartialDateSchema.nullable(),
  url: z.string().nullable(),
  note: z.string().nullable(),
  counts: VerdictCountsSchema,
  claims: z.array(CheckedArticleClaimSchema),
});
export type CheckedArticle = z.infer<typeof CheckedArticleSchema>;

export const InvestigationSchema = InvestigationSummarySchema.extend({
  summary: z.string(),
  methodology: z.string(),
  articles: z.array(CheckedArticleSchema),
});
export type Investigation = z.infer<typeof InvestigationSchema>;

export const InvestigationBySlugInputSchema = z.object({ slug: InvestigationSlugSchema });

/**
 * The optional filter every public read takes: one investigation's records, by slug.
 * Without it a read answers across all investigations.
 */
export const InvestigationFilterSchema = z.object({
  investigation: InvestigationSlugSchema.optional(),
});

/**
 * The investigation a claim, draft or story block belongs to, by slug. Optional in the record
 * so that an import can name it once for a whole file; whatever writes the record refuses
 * one that ends up with none.
 */
export const ownedByInvestigation = { investigation: InvestigationSlugSchema.optional() };

/** The investigations a transfer or event belongs to: it may be shared where it truly is. */
export const sharedByInvestigations = {
  investigations: z
    .array(InvestigationSlugSchema)
    .min(1, { message: "Name at least one investigation" })
    .max(50)
    .optional(),
};
