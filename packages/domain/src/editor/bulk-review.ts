// Bulk review (issue 10 §7): one action on many records in one request. The records are still
// decided one by one by each kind's own workflow; this module says which kinds take part, in
// which order they are acted on, and what a caller sends and gets back.
import { z } from "zod";
import type { Role } from "../enums";
import { refSchemaFor } from "../ref";
import { text } from "../text";
import { entityTypeWords } from "../words";

/**
 * The kinds bulk review acts on, in dependency order: what a record refers to comes before
 * it (sources before actors, actors before what involves them, claims before the story
 * blocks that cite them; an investigation before the articles it checked), so a selection that holds a claim and the source it cites
 * publishes both. Each kind says how its records are named. Adding a kind is one line here
 * and one in the db's table, which the compiler then asks for.
 */
export const bulkKindRefs = {
  investigation: refSchemaFor("investigation"),
  source: refSchemaFor("source"),
  place: refSchemaFor("place"),
  actor: refSchemaFor("actor"),
  sanction: refSchemaFor("sanction"),
  transfer: refSchemaFor("transfer"),
  event: refSchemaFor("event"),
  claim: refSchemaFor("claim"),
  checked_article: refSchemaFor("checked_article"),
  story_block: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, { message: "Expected a story block key such as trade-2" }),
} as const;

export const BulkKindSchema = z.enum(
  Object.keys(bulkKindRefs) as [keyof typeof bulkKindRefs, ...(keyof typeof bulkKindRefs)[]],
);
export type BulkKind = z.infer<typeof BulkKindSchema>;

/** A kind named once ("Source S12") and as a list ("Sources"), in the queue and its filter. */
export const bulkKindWords: Record<BulkKind, { one: string; many: string }> = {
  ...entityTypeWords,
  claim: { one: "Claim", many: "Claims" },
  story_block: { one: "Story block", many: "Story blocks" },
};

/** Rank of a kind in the dependency order: lower goes first. */
export const bulkKindRank = Object.fromEntries(
  BulkKindSchema.options.map((k, i) => [k, i]),
) as Record<BulkKind, number>;

/**
 * The actions. `publish` is a claim's or story block's "approve" and a record's "publish":
 * either way it is what makes the record public, and it needs a second person.
 */
export const BulkActionSchema = z.enum(["submit", "publish", "reject"]);
export type BulkAction = z.infer<typeof BulkActionSchema>;

const reviewers: readonly Role[] = ["fact_checker", "editor", "admin"];

/**
 * Who may ask for each action at all. Each record's own rules still apply on top (a
 * story block is published by an editor, never by its author; a contributor submits only
 * their own drafts).
 */
export const bulkActionRoles: Record<BulkAction, readonly Role[]> = {
  submit: ["contributor", ...reviewers],
  publish: reviewers,
  reject: reviewers,
};

/** The most records one request may act on. */
export const MAX_BULK_ITEMS = 500;

export const BulkItemSchema = z
  .strictObject({
    kind: BulkKindSchema,
    /** Any kind's shape here; the kind's own is checked below, with its own message. */
    ref: z.string().regex(/^[A-Za-z0-9-]{1,60}$/, { message: "Expected a reference such as C01" }),
    /** The version the caller saw; without it, the record's version when it is acted on. */
    version: z.number().int().min(1).optional(),
  })
  .superRefine((item, ctx) => {
    const parsed = bulkKindRefs[item.kind].safeParse(item.ref);
    if (!parsed.success)
      ctx.addIssue({ code: "custom", path: ["ref"], message: parsed.error.issues[0]!.message });
  });
export type BulkItem = z.infer<typeof BulkItemSchema>;

export const BulkReviewInputSchema = z
  .strictObject({
    action: BulkActionSchema,
    items: z
      .array(BulkItemSchema)
      .min(1, { message: "Select at least one record" })
      .max(MAX_BULK_ITEMS, {
        message: `At most ${MAX_BULK_ITEMS} records at once: split the selection`,
      }),
    /** The reviewer's note, kept in each record's audit entry; a rejection must say why. */
    note: text(5000).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.action === "reject" && !input.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "A rejection must say why" });
    const seen = new Map<string, number>();
    input.items.forEach((item, i) => {
      const key = `${item.kind}:${item.ref}`;
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "ref"],
          message: `${item.ref} is already item ${first}`,
        });
      else seen.set(key, i);
    });
  });
export type BulkReviewInput = z.infer<typeof BulkReviewInputSchema>;

/**
 * Why one record was refused. `forbidden`: the person may not (four eyes, role, someone
 * else's draft); `precondition`: not yet (wrong status, no evidence, a reference not
 * published); `conflict`: the record changed since the version given.
 */
export const BulkRefusalSchema = z.enum(["forbidden", "precondition", "conflict"]);
export type BulkRefusal = z.infer<typeof BulkRefusalSchema>;

const outcomeBase = {
  /** The item's place in the request (results come in the order they were applied). */
  index: z.number().int().min(0),
  kind: BulkKindSchema,
  ref: z.string(),
};

export const BulkOutcomeSchema = z.discriminatedUnion("outcome", [
  z.object({
    ...outcomeBase,
    outcome: z.literal("done"),
    /** The record's review status afterwards. */
    status: z.string(),
  }),
  z.object({
    ...outcomeBase,
    outcome: z.literal("refused"),
    reason: BulkRefusalSchema,
    /** The rule's own code: own_claim, invalid_transition, needs_evidence... */
    code: z.string(),
    message: z.string(),
  }),
]);
export type BulkOutcome = z.infer<typeof BulkOutcomeSchema>;

export const BulkReviewResultSchema = z.object({
  action: BulkActionSchema,
  /** Each record is applied on its own: one refusal never undoes or stops another. */
  mode: z.literal("per_item"),
  summary: z.object({ total: z.number().int(), done: z.number().int(), refused: z.number().int() }),
  items: z.array(BulkOutcomeSchema),
});
export type BulkReviewResult = z.infer<typeof BulkReviewResultSchema>;

/** Where a record stands for the queue: waiting to be sent to review, or waiting for a reviewer. */
export const ReviewStageSchema = z.enum(["to_submit", "in_review"]);
export type ReviewStage = z.infer<typeof ReviewStageSchema>;

export const ReviewItemsInputSchema = z.strictObject({
  stage: ReviewStageSchema.default("in_review"),
  kind: BulkKindSchema.optional(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_BULK_ITEMS, { message: `limit must be at most ${MAX_BULK_ITEMS}` })
    .default(MAX_BULK_ITEMS),
});
export type ReviewItemsInput = z.infer<typeof ReviewItemsInputSchema>;

export const ReviewItemSchema = z.object({
  kind: BulkKindSchema,
  ref: z.string(),
  label: z.string(),
  status: z.string(),
  version: z.number().int(),
  /** Whether a published record is what waits (a change to it, a correction). */
  published: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewItemsSchema = z.object({
  items: z.array(ReviewItemSchema),
  /** More records wait than `limit` let through. */
  more: z.boolean(),
});
