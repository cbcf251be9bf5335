// What a refused save of any versioned record says (tRPC error `data.conflict`): claims,
// story blocks and every entity type give the same details, so the editor reads them in one
// place. Each record's service fills them through the db's versioned-record core.
import { z } from "zod";
import { EntityTypeSchema } from "../enums";
import { IdSchema } from "../ref";
import { PersonRefSchema } from "./claim-editing";

/**
 * The kinds of record that carry a version. Entity types come from their own enumeration, so
 * a new entity type is a versioned kind without a change here.
 */
export const VersionedKindSchema = z.union([z.enum(["claim", "story_block"]), EntityTypeSchema]);
export type VersionedKind = z.infer<typeof VersionedKindSchema>;

/** A record's values as the editor shows them side by side (field name -> value). */
const ValuesSchema = z.record(z.string(), z.unknown());

export const ConflictDetailsSchema = z.object({
  kind: VersionedKindSchema,
  id: IdSchema,
  /** The record's public reference (a story block's key). */
  ref: z.string(),
  /** Its workflow status now (a claim's status, an entity's review status). */
  status: z.string(),
  /** The version the caller based the change on. */
  expectedVersion: z.number().int(),
  currentVersion: z.number().int(),
  /** The change that gave it its current version: who, when, what; null if nobody knows. */
  lastChange: z
    .object({ by: PersonRefSchema.nullable(), at: z.iso.datetime(), action: z.string() })
    .nullable(),
  /** Fields that differ between what the caller started from (or sent) and what is saved. */
  changedFields: z.array(z.string()),
  /** What is saved now. */
  current: ValuesSchema,
  /** What the caller started from, where it is still known. */
  base: ValuesSchema.nullable(),
  /** What the caller tried to save, so nothing typed is lost; null for a workflow action. */
  yours: ValuesSchema.nullable(),
});
export type ConflictDetails = z.infer<typeof ConflictDetailsSchema>;

/** The one sentence every conflict says, from its details. */
export function conflictMessage(d: ConflictDetails): string {
  const who = d.lastChange?.by?.name ?? "Someone";
  const when = d.lastChange ? ` at ${d.lastChange.at}` : "";
  return `${who} changed ${d.kind.replace("_", " ")} ${d.ref}${when} after you loaded version ${d.expectedVersion} (it is now version ${d.currentVersion}). Nothing of yours was saved: compare, merge and save again.`;
}

/** Reads conflict details from an untrusted answer; null when they are absent or malformed. */
export function parseConflictDetails(value: unknown): ConflictDetails | null {
  const parsed = ConflictDetailsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
