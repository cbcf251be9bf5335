// What the editor sends and receives for the story's narrative blocks.
import { z } from "zod";
import { ClaimStatusSchema } from "../enums";
import { ownedByInvestigation } from "../investigation";
import { ClaimRefSchema, IdSchema } from "../ref";
import { StoryBodySchema, StorySectionKeySchema, StorySectionTitleSchema } from "../story";
import { optionalText, text } from "../text";
import { BaseVersionSchema, PersonRefSchema, revisionMetaFields } from "./claim-editing";

const blockTarget = { id: IdSchema, baseVersion: BaseVersionSchema };

export const SaveStoryBlockInputSchema = z.strictObject({
  ...blockTarget,
  body: StoryBodySchema,
});
export type SaveStoryBlockInput = z.infer<typeof SaveStoryBlockInputSchema>;

/**
 * A new block: in a section that exists, or in a new one (key and title), after a given
 * block of that section or at its end. The server makes the block's key.
 */
export const CreateStoryBlockInputSchema = z
  .strictObject({
    section: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("existing"), key: StorySectionKeySchema }),
      z.strictObject({
        kind: z.literal("new"),
        key: StorySectionKeySchema,
        title: StorySectionTitleSchema,
      }),
    ]),
    /** The block the new one follows; null puts it at the section's end. */
    afterId: IdSchema.nullable().default(null),
    body: StoryBodySchema,
    /**
     * Whose story (by slug). An existing section's is the investigation the section belongs
     * to; a new section's, without it, the only investigation there is.
     */
    ...ownedByInvestigation,
  })
  .superRefine((input, ctx) => {
    if (input.section.kind === "new" && input.afterId !== null)
      ctx.addIssue({
        code: "custom",
        path: ["afterId"],
        message: "A new section has no blocks yet: leave out the block to follow",
      });
  });
export type CreateStoryBlockInput = z.infer<typeof CreateStoryBlockInputSchema>;

export const StoryBlockVersionInputSchema = z.strictObject(blockTarget);
export const ApproveStoryBlockInputSchema = z.strictObject({
  ...blockTarget,
  note: optionalText(5000).default(null),
});
export const StoryReviewDecisionInputSchema = z.strictObject({ ...blockTarget, note: text(5000) });

export const StoryBlockListInputSchema = z.strictObject({
  status: ClaimStatusSchema.optional(),
});

export const CompareStoryRevisionsInputSchema = z.strictObject({
  id: IdSchema,
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});

export const StoryBlockRevisionSchema = z.object({
  id: IdSchema,
  ...revisionMetaFields,
  body: z.string(),
  /** Claims the body cites, in order of first citation. */
  citedRefs: z.array(ClaimRefSchema),
});

export const StoryReviewEntrySchema = z.object({
  at: z.iso.datetime(),
  reviewer: z.string(),
  decision: ClaimStatusSchema,
  note: z.string().nullable(),
});

export const EditorStoryBlockSchema = z.object({
  id: IdSchema,
  key: z.string(),
  sectionKey: z.string(),
  sectionTitle: z.string(),
  sectionPosition: z.number().int(),
  position: z.number().int(),
  status: ClaimStatusSchema,
  version: z.number().int(),
  author: PersonRefSchema,
  updatedAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  publishedRevisionNumber: z.number().int().nullable(),
  working: StoryBlockRevisionSchema,
  /** Internal review decisions and their notes; never public. */
  reviews: z.array(StoryReviewEntrySchema),
});
export type EditorStoryBlock = z.infer<typeof EditorStoryBlockSchema>;

export const StoryBlockListItemSchema = z.object({
  id: IdSchema,
  key: z.string(),
  sectionKey: z.string(),
  sectionTitle: z.string(),
  /** Whose story the block's section tells. */
  investigation: z.object({ slug: z.string(), title: z.string() }),
  position: z.number().int(),
  status: ClaimStatusSchema,
  version: z.number().int(),
  excerpt: z.string(),
  published: z.boolean(),
  updatedAt: z.iso.datetime(),
});

export const StoryRevisionListItemSchema = z.object({
  ...revisionMetaFields,
  current: z.boolean(),
  published: z.boolean(),
});

export const StoryRevisionComparisonSchema = z.object({
  from: StoryBlockRevisionSchema,
  to: StoryBlockRevisionSchema,
  changed: z.boolean(),
});
