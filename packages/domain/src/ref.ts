import { z } from "zod";

/**
 * Stable public references, kept from the dossier: C01 (claim), A01 (actor), T01 (transfer),
 * X01 (sanction), E01 (event), S01 (source); and ours: I01 (investigation), K01 (checked
 * article). They never change once published.
 */
export const refPrefixes = {
  claim: "C",
  actor: "A",
  transfer: "T",
  sanction: "X",
  event: "E",
  source: "S",
  investigation: "I",
  checked_article: "K",
} as const;
export type RefKind = keyof typeof refPrefixes;

export const RefSchema = z
  .string()
  .regex(/^[CATXESIK]\d{2,6}$/, { message: "Expected a reference such as C01, A12 or S97" });
export type Ref = z.infer<typeof RefSchema>;

export function refSchemaFor(kind: RefKind) {
  const prefix = refPrefixes[kind];
  return z.string().regex(new RegExp(`^${prefix}\\d{2,6}$`), {
    message: `Expected a ${kind} reference such as ${prefix}01`,
  });
}

export const ClaimRefSchema = refSchemaFor("claim");
export const ActorRefSchema = refSchemaFor("actor");
export const TransferRefSchema = refSchemaFor("transfer");
export const SanctionRefSchema = refSchemaFor("sanction");
export const EventRefSchema = refSchemaFor("event");
export const SourceRefSchema = refSchemaFor("source");
export const InvestigationRefSchema = refSchemaFor("investigation");
export const CheckedArticleRefSchema = refSchemaFor("checked_article");

/** Database ids are UUIDs; a malformed id is a clear input error, not a NOT_FOUND. */
export const IdSchema = z.uuid({ message: "Expected an id in UUID form" });
export type Id = z.infer<typeof IdSchema>;

/** The next free reference of a kind, given those in use: C45 -> C46. */
export function nextRef(kind: RefKind, used: readonly string[]): string {
  const prefix = refPrefixes[kind];
  let max = 0;
  for (const ref of used) {
    if (!ref.startsWith(prefix)) continue;
    const n = refNumber(ref);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(2, "0")}`;
}

/** The number in a reference: 10 for C10. */
export function refNumber(ref: string): number {
  return Number(ref.slice(1));
}

/** Sorts records by their reference's number, so C2 comes before C10 (as text it would not). */
export function refOrder(a: { ref: string }, b: { ref: string }): number {
  return refNumber(a.ref) - refNumber(b.ref);
}
