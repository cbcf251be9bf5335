// The transfers download as CSV: one row per dated estimate, its transfer's particulars
// repeated (as SIPRI's trade register does), with every vocabulary field beside the fixed
// values: the source's words, the status's dates, the overall range, each estimate's stage,
// rate period and words. Pure, so the columns can be tested without a server.
import type { Transfer } from "@armstrail/domain";
import { toCsv } from "./csv";

export const TRANSFER_COLUMNS = [
  "transfer_ref",
  "supplier",
  "supplier_ref",
  "recipient",
  "recipient_ref",
  "item_category",
  "item_category_wording",
  "designation",
  "status",
  "status_wording",
  "status_since",
  "status_until",
  "range_low",
  "range_high",
  "range_unit",
  "range_note",
  "period_start",
  "period_end",
  "estimate_low",
  "estimate_best",
  "estimate_high",
  "unit",
  "qualifier",
  "stage",
  "per",
  "wording",
  "as_of",
  "as_of_end",
  "estimated_by",
  "source_ref",
  "source_url",
  "note",
  "url",
] as const;

/** One row per dated quantity estimate, with its transfer's particulars repeated (as SIPRI does). */
export function estimateRows(transfers: readonly Transfer[]) {
  return transfers.flatMap((t) => t.estimates.map((e) => ({ t, e })));
}

export function transfersCsv(transfers: readonly Transfer[], site: string): string {
  return toCsv(
    TRANSFER_COLUMNS,
    estimateRows(transfers).map(({ t, e }) => [
      t.ref,
      t.supplier?.name ?? t.supplierNote,
      t.supplier?.ref,
      t.recipient.name,
      t.recipient.ref,
      t.itemCategory,
      t.itemCategoryWording,
      t.designation,
      t.status,
      t.statusWording,
      t.statusSince,
      t.statusUntil,
      t.range?.low,
      t.range?.high,
      t.range?.unit,
      t.range?.note,
      t.periodStart,
      t.periodEnd,
      e.low,
      e.best,
      e.high,
      e.unit,
      e.qualifier,
      e.stage,
      e.per,
      e.wording,
      e.asOf,
      e.asOfEnd,
      e.estimatedBy,
      e.source.ref,
      e.source.url,
      e.note,
      `${site}/transfers/${t.ref}`,
    ]),
  );
}
