// Rows -> domain types. Every public shape is built here, from explicit field lists, so
// no column reaches the API unless it is named.
import type {
  ActorSummary,
  DecimalString,
  QuantityEstimate,
  Source,
  TransferRange,
} from "@armstrail/domain";
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
    stage: e.stage,
    per: e.per,
    wording: e.wording,
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

/** A transfer's overall range as columns: all null when it states none. */
export function rangeColumns(r: TransferRange | null) {
  return {
    rangeLow: r?.low ?? null,
    rangeHigh: r?.high ?? null,
    rangeUnit: r?.unit ?? null,
    rangeNote: r?.note ?? null,
  };
}

/** The range back from its columns; a range is stated when it has a figure or a note. */
export function toTransferRange(t: {
  rangeLow: Prisma.Decimal | null;
  rangeHigh: Prisma.Decimal | null;
  rangeUnit: string | null;
  rangeNote: string | null;
}): TransferRange | null {
  if (t.rangeLow === null && t.rangeHigh === null && t.rangeNote === null) return null;
  return {
    low: toDecimalString(t.rangeLow),
    high: toDecimalString(t.rangeHigh),
    unit: t.rangeUnit,
    note: t.rangeNote,
  };
}

/** A status's wording and dates, the same columns on transfers and sanctions. */
export function statusColumns(s: {
  statusWording: string | null;
  statusSince: string | null;
  statusUntil: string | null;
}) {
  return { statusWording: s.statusWording, statusSince: s.statusSince, statusUntil: s.statusUntil };
}
