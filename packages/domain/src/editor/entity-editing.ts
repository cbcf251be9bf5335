// What the editor sends to create or change an entity: the record shape the seed and imports
// use, without its reference (the server gives a new record the next number of its letter).
// Every rule reports the path of the field it concerns, so a form can show the message beside
// that field (the API answers with `fieldErrors` keyed by these paths).
import { z } from "zod";
import { BaseVersionSchema, PersonRefSchema } from "./claim-editing";
import { ActorRecordSchema, checkActor } from "../actor";
import { PageInputSchema } from "../api";
import {
  EntityStatusSchema,
  EntityTypeSchema,
  MergeProposalStatusSchema,
  type EntityType,
} from "../enums";
import { EventRecordSchema } from "../event";
import {
  checkArticleClaims,
  checkedArticleRecordFields,
  investigationRecordFields,
} from "../investigation";
import { compareDecimals, QuantityEstimateSchema, type DecimalString } from "../quantity";
import { IdSchema, refSchemaFor } from "../ref";
import { checkSanction, SanctionRecordSchema } from "../sanction";
import { SourceRecordSchema } from "../source";
import { CountryCodeSchema, searchText, text } from "../text";
import { checkTransferRecord, TransferRecordSchema } from "../transfer";

/**
 * A record's fields as the editor edits them: without its ref, and without the seed's list
 * of investigations a transfer or event belongs to (kept in join rows of their own).
 */
function withoutRef<S extends { ref: z.ZodType }>(shape: S): Omit<S, "ref" | "investigations"> {
  const {
    ref: _ref,
    investigations: _investigations,
    ...rest
  } = shape as S & {
    investigations?: unknown;
  };
  return rest;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** A two-letter code that names a real country or territory (not "ZZ", "QQ"...). */
export const KnownCountryCodeSchema = CountryCodeSchema.refine(
  // A malformed code already has its message from the pattern; one message is enough.
  (code) => !/^[A-Z]{2}$/.test(code) || (code !== "ZZ" && regionNames.of(code) !== undefined),
  { message: "Not an ISO 3166-1 country code" },
);

/** Flags the second and later occurrences of the same key in a list, at their own path. */
function noRepeats<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: (index: number) => (string | number)[],
  message: string,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: "custom", path: path(i), message });
    seen.add(k);
  });
}

const itself = (s: string) => s;

/**
 * A dated quantity estimate. Besides the shared rules (which name the figure that falls
 * below an earlier one), the figure that is too high is named too, so both fields show why.
 */
export const EstimateInputSchema = QuantityEstimateSchema.superRefine((e, ctx) => {
  const figures = (["low", "best", "high"] as const).filter((k) => e[k] !== null);
  for (let i = 1; i < figures.length; i++) {
    const prev = figures[i - 1]!;
    const cur = figures[i]!;
    if (compareDecimals(e[prev] as DecimalString, e[cur] as DecimalString) > 0) {
      ctx.addIssue({ code: "custom", path: [prev], message: `${prev} must not be above ${cur}` });
    }
  }
});

const actorShape = withoutRef(ActorRecordSchema.shape);

// Each type's fields and rules, kept apart so that the update input can add its own fields
// (id, baseVersion) beside them: errors then carry the field's own path, e.g.
// `estimates.0.best`, whether the record is being created or changed.
const actorSpec = {
  shape: { ...actorShape, country: KnownCountryCodeSchema.nullable() },
  check: (a: Omit<z.infer<typeof ActorRecordSchema>, "ref">, ctx: z.RefinementCtx) => {
    checkActor(a, ctx);
    noRepeats(a.aliases, itself, (i) => ["aliases", i], "This alias is listed twice", ctx);
    noRepeats(
      a.identifiers,
      (x) => `${x.scheme}:${x.value}`,
      (i) => ["identifiers", i, "value"],
      "This identifier is listed twice",
      ctx,
    );
    noRepeats(
      a.links,
      (l) => `${l.type}:${l.targetRef}`,
      (i) => ["links", i, "targetRef"],
      "This link is listed twice",
      ctx,
    );
    noRepeats(a.sourceRefs, itself, (i) => ["sourceRefs", i], "This source is listed twice", ctx);
  },
};

const sourceSpec = {
  shape: withoutRef(SourceRecordSchema.shape),
  check: (_s: unknown, _ctx: z.RefinementCtx) => {
    // A source's fields carry all of its rules.
  },
};

const eventSpec = {
  shape: withoutRef(EventRecordSchema.shape),
  check: (e: { actorRefs: string[]; sourceRefs: string[] }, ctx: z.RefinementCtx) => {
    noRepeats(e.actorRefs, itself, (i) => ["actorRefs", i], "This actor is listed twice", ctx);
    noRepeats(e.sourceRefs, itself, (i) => ["sourceRefs", i], "This source is listed twice", ctx);
  },
};

const sanctionSpec = {
  shape: withoutRef(SanctionRecordSchema.shape),
  check: (s: Omit<z.infer<typeof SanctionRecordSchema>, "ref">, ctx: z.RefinementCtx) => {
    checkSanction(s, ctx);
    noRepeats(
      s.designations,
      (d) => d.actorRef,
      (i) => ["designations", i, "actorRef"],
      "This actor is designated twice",
      ctx,
    );
    noRepeats(s.sourceRefs, itself, (i) => ["sourceRefs", i], "This source is listed twice", ctx);
  },
};

const transferSpec = {
  shape: {
    ...withoutRef(TransferRecordSchema.shape),
    estimates: z.array(EstimateInputSchema).max(200),
  },
  check: (t: Omit<z.infer<typeof TransferRecordSchema>, "ref">, ctx: z.RefinementCtx) => {
    checkTransferRecord(t, ctx);
    noRepeats(
      t.intermediaryRefs,
      itself,
      (i) => ["intermediaryRefs", i],
      "This intermediary is listed twice",
      ctx,
    );
    t.routeLegs.forEach((leg, l) =>
      noRepeats(
        leg.vesselRefs,
        itself,
        (i) => ["routeLegs", l, "vesselRefs", i],
        "This vessel is listed twice",
        ctx,
      ),
    );
    noRepeats(
      t.breaches,
      (b) => `${b.sanctionRef}#${b.provisionKey ?? ""}`,
      (i) => ["breaches", i, "sanctionRef"],
      "This breach is listed twice",
      ctx,
    );
    noRepeats(t.sourceRefs, itself, (i) => ["sourceRefs", i], "This source is listed twice", ctx);
  },
};

const investigationSpec = {
  shape: investigationRecordFields,
  check: (_i: unknown, _ctx: z.RefinementCtx) => {
    // An investigation's fields carry all of its rules.
  },
};

const checkedArticleSpec = {
  shape: checkedArticleRecordFields,
  check: checkArticleClaims,
};

export const ActorInputSchema = z.strictObject(actorSpec.shape).superRefine(actorSpec.check);
export type ActorInput = z.infer<typeof ActorInputSchema>;
export const SourceInputSchema = z.strictObject(sourceSpec.shape);
export type SourceInput = z.infer<typeof SourceInputSchema>;
export const EventInputSchema = z.strictObject(eventSpec.shape).superRefine(eventSpec.check);
export type EventInput = z.infer<typeof EventInputSchema>;
export const SanctionInputSchema = z
  .strictObject(sanctionSpec.shape)
  .superRefine(sanctionSpec.check);
export type SanctionInput = z.infer<typeof SanctionInputSchema>;
export const TransferInputSchema = z
  .strictObject(transferSpec.shape)
  .superRefine(transferSpec.check);
export type TransferInput = z.infer<typeof TransferInputSchema>;
export const InvestigationInputSchema = z.strictObject(investigationSpec.shape);
export type InvestigationInput = z.infer<typeof InvestigationInputSchema>;
export const CheckedArticleInputSchema = z
  .strictObject(checkedArticleSpec.shape)
  .superRefine(checkedArticleSpec.check);
export type CheckedArticleInput = z.infer<typeof CheckedArticleInputSchema>;

const specs = {
  actor: actorSpec,
  source: sourceSpec,
  event: eventSpec,
  sanction: sanctionSpec,
  transfer: transferSpec,
  investigation: investigationSpec,
  checked_article: checkedArticleSpec,
};

/** The input schema of each entity type. */
export const entityInputSchemas = {
  actor: ActorInputSchema,
  source: SourceInputSchema,
  event: EventInputSchema,
  sanction: SanctionInputSchema,
  transfer: TransferInputSchema,
  investigation: InvestigationInputSchema,
  checked_article: CheckedArticleInputSchema,
} as const satisfies Record<EntityType, z.ZodType>;
/**
 * The same shapes without the cross-field rules, for outputs: a record saved before a rule
 * was added must still open in the editor so that someone can fix it.
 */
export const entityDataSchemas = {
  actor: z.object(actorShape),
  source: z.object(withoutRef(SourceRecordSchema.shape)),
  event: z.object(withoutRef(EventRecordSchema.shape)),
  sanction: z.object(withoutRef(SanctionRecordSchema.shape)),
  transfer: z.object(withoutRef(TransferRecordSchema.shape)),
  investigation: z.object(investigationRecordFields),
  checked_article: z.object(checkedArticleRecordFields),
} as const satisfies Record<EntityType, z.ZodType>;

export type EntityInputs = { [K in EntityType]: z.infer<(typeof entityInputSchemas)[K]> };

// ---------------------------------------------------------------- procedure inputs

export const EntityListInputSchema = PageInputSchema.extend({
  status: EntityStatusSchema.optional(),
  /** Words in the record's name, title or description. */
  query: searchText({ max: 200 }).optional(),
  /** Only records this person created. */
  createdById: IdSchema.optional(),
});
export type EntityListInput = z.infer<typeof EntityListInputSchema>;

export function entityKeyInput(type: EntityType) {
  return z.union([z.object({ id: IdSchema }), z.object({ ref: refSchemaFor(type) })]);
}

const NoteSchema = text(1000, 0).nullish();

/** Creating: the record's fields (its ref is given by the server). */
export function entityCreateInput<T extends EntityType>(type: T): (typeof entityInputSchemas)[T] {
  return entityInputSchemas[type];
}

// `changeNote`, not `note`: transfers and sanctions have a `note` field of their own.
const updateFields = { id: IdSchema, baseVersion: BaseVersionSchema, changeNote: NoteSchema };
export type EntityUpdateInput<T extends EntityType> = EntityInputs[T] & {
  id: string;
  baseVersion: number;
  /** What this change is, for the revision list. */
  changeNote?: string | null | undefined;
};

/** Changing: which record, the version the change was based on, and all of its fields. */
export function entityUpdateInput<T extends EntityType>(
  type: T,
): z.ZodType<EntityUpdateInput<T>, EntityUpdateInput<T>> {
  const spec = specs[type];
  const check = spec.check as (value: unknown, ctx: z.RefinementCtx) => void;
  return z
    .strictObject({ ...spec.shape, ...updateFields })
    .superRefine((value, ctx) => check(value, ctx)) as unknown as z.ZodType<
    EntityUpdateInput<T>,
    EntityUpdateInput<T>
  >;
}

/** submit, publish and reject: which record, and the version the decision was made on. */
export const EntityTransitionInputSchema = z.object({
  id: IdSchema,
  baseVersion: BaseVersionSchema,
  note: NoteSchema,
});
export type EntityTransitionInput = z.infer<typeof EntityTransitionInputSchema>;

export const EntityCompareInputSchema = z.object({
  id: IdSchema,
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});

export const ActorMergeInputSchema = z
  .object({
    /** The actor that stays. */
    survivorId: IdSchema,
    survivorVersion: BaseVersionSchema,
    /** The duplicate: every reference moves to the survivor, its ref redirects there. */
    mergedId: IdSchema,
    mergedVersion: BaseVersionSchema,
    note: NoteSchema,
  })
  .refine((m) => m.survivorId !== m.mergedId, {
    path: ["mergedId"],
    message: "An actor cannot be merged into itself",
  });
export type ActorMergeInput = z.infer<typeof ActorMergeInputSchema>;

export const SourceSearchInputSchema = z.object({
  query: searchText({ min: 1, max: 200, tooShort: "Type part of a title, publisher or address" }),
  limit: z.number().int().min(1).max(50).default(20),
});

// ---------------------------------------------------------------- outputs

/** One entity in the editor's lists. */
export const EditorEntitySummarySchema = z.object({
  id: IdSchema,
  type: EntityTypeSchema,
  ref: z.string(),
  label: z.string(),
  reviewStatus: EntityStatusSchema,
  version: z.number().int(),
  createdBy: PersonRefSchema.nullable(),
  updatedAt: z.iso.datetime(),
  /** A change to the published record that waits (proposed, or in review). */
  change: z.enum(["proposed", "in_review"]).nullable(),
});
export type EditorEntitySummary = z.infer<typeof EditorEntitySummarySchema>;

/**
 * An entity as the editor's form shows it: its fields as the record shape, and its state.
 * While a change to a published record waits for review, `data` is that change and
 * `publicData` what readers still see.
 */
export function editorEntitySchema<T extends EntityType>(type: T) {
  return EditorEntitySummarySchema.extend({
    data: entityDataSchemas[type],
    lastRevision: z
      .object({ number: z.number().int(), author: PersonRefSchema, at: z.iso.datetime() })
      .nullable(),
    pendingChange: z
      .object({
        state: z.enum(["proposed", "in_review"]),
        revision: z.number().int(),
        at: z.iso.datetime(),
        /** Who wrote it: none of them (nor the record's creator) may approve it. */
        authors: z.array(PersonRefSchema),
      })
      .nullable(),
    publicData: entityDataSchemas[type].nullable(),
  });
}

/** A merge of two published actors that waits for a second editor. */
export const MergeProposalSchema = z.object({
  id: IdSchema,
  survivorRef: z.string(),
  mergedRef: z.string(),
  status: MergeProposalStatusSchema,
  note: z.string().nullable(),
  proposedBy: PersonRefSchema,
  at: z.iso.datetime(),
  decidedBy: PersonRefSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type MergeProposal = z.infer<typeof MergeProposalSchema>;

/** A merge either happens (two unpublished actors) or waits as a proposal (two published ones). */
export const ActorMergeResultSchema = z.object({
  outcome: z.enum(["merged", "proposed"]),
  survivor: editorEntitySchema("actor"),
  proposal: MergeProposalSchema.nullable(),
});

/** Approving or rejecting a proposed merge. */
export const MergeDecisionInputSchema = z.object({ proposalId: IdSchema, note: NoteSchema });
export type MergeDecisionInput = z.infer<typeof MergeDecisionInputSchema>;

export const EntityRevisionSummarySchema = z.object({
  number: z.number().int(),
  author: PersonRefSchema,
  at: z.iso.datetime(),
  note: z.string().nullable(),
});

export const FieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const EntityComparisonSchema = z.object({
  from: EntityRevisionSummarySchema.extend({ data: z.record(z.string(), z.unknown()) }),
  to: EntityRevisionSummarySchema.extend({ data: z.record(z.string(), z.unknown()) }),
  changes: z.array(FieldChangeSchema),
});

/** Top-level fields whose values differ between two records, in the order of `after`. */
export function diffRecords(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}
