import { z } from "zod";
import { ActorSummarySchema } from "./actor";
import { PartialDateSchema, isOrderedPeriod } from "./dates";
import { ItemCategorySchema, RouteModeSchema, TransferStatusSchema } from "./enums";
import {
  compareDecimals,
  DecimalStringSchema,
  QuantityEstimateFieldsSchema,
  QuantityEstimateSchema,
} from "./quantity";
import {
  ActorRefSchema,
  IdSchema,
  SanctionRefSchema,
  SourceRefSchema,
  TransferRefSchema,
} from "./ref";
import { ProvisionKeySchema, SanctionSummarySchema } from "./sanction";
import { SourceSchema } from "./source";
import { checkStatusDates, statusDetailFields } from "./status";
import { sharedByInvestigations } from "./investigation";
import { optionalText, text } from "./text";

/**
 * The overall range a transfer's figures fall in, as the research states it ("1 to 3
 * million rounds"), with its note verbatim. Either end may be open.
 */
export const TransferRangeSchema = z
  .strictObject({
    low: DecimalStringSchema.nullable(),
    high: DecimalStringSchema.nullable(),
    unit: optionalText(200),
    note: optionalText(2000),
  })
  .superRefine((r, ctx) => {
    if (r.low === null && r.high === null && r.note === null) {
      ctx.addIssue({
        code: "custom",
        path: ["low"],
        message: "A range needs a low or high figure, or a note",
      });
    }
    if (r.low !== null && r.high !== null && compareDecimals(r.low, r.high) > 0) {
      ctx.addIssue({ code: "custom", path: ["high"], message: "high must not be below low" });
    }
  });
export type TransferRange = z.infer<typeof TransferRangeSchema>;

const transferFields = {
  supplierNote: optionalText(500),
  itemCategory: ItemCategorySchema,
  /** The source's own words for what was transferred, verbatim ("Shahed-136 drones"). */
  itemCategoryWording: optionalText(500).default(null),
  designation: optionalText(500),
  description: optionalText(2000),
  periodStart: PartialDateSchema.nullable(),
  periodEnd: PartialDateSchema.nullable(),
  status: TransferStatusSchema,
  statusNote: optionalText(1000),
  ...statusDetailFields,
  range: TransferRangeSchema.nullable().default(null),
  note: optionalText(2000),
};

function checkTransfer(
  t: {
    supplierRef?: string | null;
    supplierNote: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    statusSince?: string | null;
    statusUntil?: string | null;
  },
  ctx: z.RefinementCtx,
) {
  checkStatusDates(t, ctx);
  if (t.supplierRef === null && t.supplierNote === null) {
    ctx.addIssue({
      code: "custom",
      path: ["supplierRef"],
      message: "Name the supplier, or describe it in supplierNote when it is not a known actor",
    });
  }
  if (!isOrderedPeriod(t.periodStart, t.periodEnd)) {
    ctx.addIssue({
      code: "custom",
      path: ["periodEnd"],
      message: "The period cannot end before it starts",
    });
  }
}

/** Rules across the fields of a transfer as records carry it (with actor references). */
export function checkTransferRecord(
  t: Parameters<typeof checkTransfer>[0] & { supplierRef: string | null; recipientRef: string },
  ctx: z.RefinementCtx,
) {
  checkTransfer(t, ctx);
  if (t.supplierRef !== null && t.supplierRef === t.recipientRef) {
    ctx.addIssue({
      code: "custom",
      path: ["recipientRef"],
      message: "Supplier and recipient must differ",
    });
  }
}

export const RouteLegRecordSchema = z.strictObject({
  mode: RouteModeSchema,
  fromRef: ActorRefSchema.nullable(),
  toRef: ActorRefSchema.nullable(),
  vesselRefs: z.array(ActorRefSchema).max(50),
  label: text(300),
});

export const TransferRecordSchema = z
  .strictObject({
    ref: TransferRefSchema,
    ...sharedByInvestigations,
    ...transferFields,
    supplierRef: ActorRefSchema.nullable(),
    recipientRef: ActorRefSchema,
    intermediaryRefs: z.array(ActorRefSchema).max(50),
    routeLegs: z.array(RouteLegRecordSchema).max(50),
    estimates: z.array(QuantityEstimateSchema).max(200),
    breaches: z
      .array(
        z.strictObject({
          sanctionRef: SanctionRefSchema,
          provisionKey: ProvisionKeySchema.nullable(),
        }),
      )
      .max(100),
    sourceRefs: z.array(SourceRefSchema).max(200),
  })
  .superRefine(checkTransferRecord);
export type TransferRecord = z.infer<typeof TransferRecordSchema>;

export const TransferSummarySchema = z.object({
  id: IdSchema,
  ref: TransferRefSchema,
  supplier: ActorSummarySchema.nullable(),
  supplierNote: z.string().nullable(),
  recipient: ActorSummarySchema,
  itemCategory: ItemCategorySchema,
  designation: z.string().nullable(),
  status: TransferStatusSchema,
  periodStart: PartialDateSchema.nullable(),
});
export type TransferSummary = z.infer<typeof TransferSummarySchema>;

export const TransferSchema = z.object({
  id: IdSchema,
  ref: TransferRefSchema,
  ...transferFields,
  supplier: ActorSummarySchema.nullable(),
  recipient: ActorSummarySchema,
  intermediaries: z.array(ActorSummarySchema),
  routeLegs: z.array(
    z.object({
      sequence: z.number().int(),
      mode: RouteModeSchema,
      from: ActorSummarySchema.nullable(),
      to: ActorSummarySchema.nullable(),
      vessels: z.array(ActorSummarySchema),
      label: z.string(),
    }),
  ),
  estimates: z.array(QuantityEstimateFieldsSchema.extend({ source: SourceSchema })),
  breaches: z.array(
    z.object({
      sanction: SanctionSummarySchema,
      provisionKey: z.string().nullable(),
      provisionText: z.string().nullable(),
    }),
  ),
  sources: z.array(SourceSchema),
});
export type Transfer = z.infer<typeof TransferSchema>;
