// Rows -> domain types. Every public shape is built here, from explicit field lists, so
// no column reaches the API unless it is named.
import type { ActorSummary, DecimalString, QuantityEstimate, Source } from "@armstrail/domain";
import type { Prisma } from "./generated/prisma/client";

export const actorSummarySelect = {
  id: true,
  ref: true,
  name: true,
  kind: true,
  country: true,
} as const;

export function toActorSummary(
  a: Prisma.ActorGetPayload<{ select: typeof actorSummarySelect }>,
): ActorSummary {
  return { id: a.id, ref: a.ref, name: a.name, kind: a.kind, country: a.country };
}

export function toSource(s: Prisma.SourceGetPayload<object>): Source {
  return { id: s.id, ref: s.ref, ...toSourceFields(s) };
}

/** A source's own fields, as the record shape and the editor carry them. */
export function toSourceFields(s: Prisma.SourceGetPayload<object>): Omit<Source, "id" | "ref"> {
  return {
    publisher: s.publisher,
    title: s.title,
    titleIsDescriptive: s.titleIsDescriptive,
    published: s.published,
    url: s.url,
    kind: s.kind,
    kindNote: s.kindNote,
  };
}

/** Prisma decimals -> exact decimal strings ("13000", "1.75"), never through a float. */
export function toDecimalString(d: Prisma.Decimal | null): DecimalString | null {
  if (d === null) return null;
  const fixed = d.toFixed();
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

export function refNumber(ref: string): number {
  return Number(ref.slice(1));
}

/** A quantity estimate's fields, naming its source by ref. */
export function toEstimateFields(
  e: Prisma.QuantityEstimateGetPayload<object> & { source: { ref: string } },
): QuantityEstimate {
  return {
    low: toDecimalString(e.low),
    best: toDecimalString(e.best),
    high: toDecimalString(e.high),
    unit: e.unit,
    qualifier: e.qualifier,
    asOf: e.asOf,
    asOfEnd: e.asOfEnd,
    estimatedBy: e.estimatedBy,
    sourceRef: e.source.ref,
    note: e.note,
  };
}

/** An estimate's columns for writing, its source already looked up. */
export function estimateColumns(e: QuantityEstimate, sourceId: string, position: number) {
  const { sourceRef: _sourceRef, ...fields } = e;
  return { ...fields, sourceId, position };
}

/** A checked article's own words (stored and shown alike; its lists are apart). */
export function articleFields(a: {
  title: string;
  outlet: string;
  author: string;
  publishedOn: string | null;
  url: string | null;
  note: string | null;
}) {
  return {
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedOn: a.publishedOn,
    url: a.url,
    note: a.note,
  };
}
