import { z } from "zod";
import { PartialDateSchema, isOrderedPeriod } from "./dates";
import {
  QuantityQualifierSchema,
  RatePeriodSchema,
  TransferStageSchema,
  type QuantityQualifier,
  type RatePeriod,
  type TransferStage,
} from "./enums";
import { RefSchema } from "./ref";
import { text } from "./text";

/**
 * A non-negative decimal as a string ("13000", "1.7"): quantities and money never pass
 * through binary floating point, so 0.1 + 0.2 problems cannot creep into published figures.
 */
export const DecimalStringSchema = z.string().regex(/^(0|[1-9]\d{0,17})(\.\d{1,4})?$/, {
  message: "Expected a non-negative decimal such as 13000 or 1.75",
});
export type DecimalString = z.infer<typeof DecimalStringSchema>;

/** Compares two decimal strings exactly, without converting to floats. */
export function compareDecimals(a: DecimalString, b: DecimalString): number {
  const [ai = "0", af = ""] = a.split(".");
  const [bi = "0", bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, "0");
  const fb = bf.padEnd(width, "0");
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** "13000" -> "13,000"; keeps the decimals as written. */
export function formatDecimal(value: DecimalString): string {
  const [int = "0", frac] = value.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** The qualifier as it reads before a figure ("about 5,000"); `stated` and `exactly` read as none. */
export const qualifierWords: Record<QuantityQualifier, string> = {
  stated: "",
  exactly: "",
  about: "about",
  more_than: "more than",
  at_least: "at least",
  up_to: "up to",
  fewer_than: "fewer than",
};

/** "a month": how a rate reads after its figure. */
export const ratePeriodPhrase: Record<RatePeriod, string> = {
  day: "a day",
  month: "a month",
  year: "a year",
};

/**
 * One dated estimate of how much was transferred, as somebody stated it: a single figure
 * (`best`) or a range (`low`..`high`), with its qualifier, who said it, when and where.
 * `stage` says what it counts (ordered, delivered, used in combat...); `per` makes it a
 * rate ("12,000 a month") instead of a total; `wording` keeps the source's own words,
 * verbatim, and is all there is when the source gave no number ("several hundred").
 * Older records and files without the new fields read as delivered totals.
 */
export const QuantityEstimateFieldsSchema = z.object({
  low: DecimalStringSchema.nullable(),
  best: DecimalStringSchema.nullable(),
  high: DecimalStringSchema.nullable(),
  unit: text(200),
  qualifier: QuantityQualifierSchema,
  stage: TransferStageSchema.default("delivered"),
  per: RatePeriodSchema.nullable().default(null),
  wording: text(500).nullable().default(null),
  asOf: PartialDateSchema,
  asOfEnd: PartialDateSchema.nullable(),
  estimatedBy: text(300),
  sourceRef: RefSchema,
  note: text(2000, 0).nullable(),
});

export const QuantityEstimateSchema = QuantityEstimateFieldsSchema.superRefine((e, ctx) => {
  if (e.low === null && e.best === null && e.high === null && e.wording === null) {
    ctx.addIssue({
      code: "custom",
      path: ["best"],
      message:
        "An estimate needs a figure (low, best or high), or the source's words when it gave none",
    });
  }
  const ordered: [string, DecimalString | null][] = [
    ["low", e.low],
    ["best", e.best],
    ["high", e.high],
  ];
  const present = ordered.filter((p): p is [string, DecimalString] => p[1] !== null);
  for (let i = 1; i < present.length; i++) {
    const prev = present[i - 1]!;
    const cur = present[i]!;
    if (compareDecimals(prev[1], cur[1]) > 0) {
      ctx.addIssue({
        code: "custom",
        path: [cur[0]],
        message: `${cur[0]} must not be below ${prev[0]}`,
      });
    }
  }
  if (!isOrderedPeriod(e.asOf, e.asOfEnd)) {
    ctx.addIssue({
      code: "custom",
      path: ["asOfEnd"],
      message: "asOfEnd must not come before asOf",
    });
  }
});
export type QuantityEstimate = z.infer<typeof QuantityEstimateSchema>;

/** Whether an estimate has a number to draw or add up (else only its wording). */
export function hasFigure(e: Pick<QuantityEstimate, "low" | "best" | "high">): boolean {
  return e.low !== null || e.best !== null || e.high !== null;
}

/**
 * "more than 13,000 containers", "1,000,000 to 3,000,000 rounds", "about 12,000 shells a
 * month"; an estimate without a number reads as its source's words ("several hundred
 * drones"), the unit added only when the words do not already name it.
 */
export function describeEstimate(
  e: Pick<QuantityEstimate, "low" | "best" | "high" | "unit" | "qualifier"> &
    Partial<Pick<QuantityEstimate, "per" | "wording">>,
): string {
  const per = e.per ? ratePeriodPhrase[e.per] : "";
  if (!hasFigure(e)) {
    const wording = e.wording ?? "";
    const unit = wording.toLowerCase().includes(e.unit.toLowerCase()) ? "" : e.unit;
    return [wording, unit, per].filter((s) => s.length > 0).join(" ");
  }
  const words = qualifierWords[e.qualifier];
  let figure: string;
  if (e.best !== null) figure = formatDecimal(e.best);
  else if (e.low !== null && e.high !== null)
    figure = `${formatDecimal(e.low)} to ${formatDecimal(e.high)}`;
  else if (e.low !== null) figure = formatDecimal(e.low);
  else figure = formatDecimal(e.high ?? "0");
  return [words, figure, e.unit, per].filter((s) => s.length > 0).join(" ");
}

/** A stage's estimates apart from the others, rates apart from totals: never add one to another. */
export function estimateSeriesKey(e: {
  stage: TransferStage;
  per: RatePeriod | null;
  unit: string;
}): string {
  return `${e.stage}|${e.per ?? "total"}|${e.unit}`;
}
