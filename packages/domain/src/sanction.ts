import { z } from "zod";
import { ActorSummarySchema } from "./actor";
import { PartialDateSchema, isOrderedPeriod } from "./dates";
import { SanctionStatusSchema } from "./enums";
import { ActorRefSchema, IdSchema, SanctionRefSchema, SourceRefSchema } from "./ref";
import { SourceSchema } from "./source";
import { optionalText, text } from "./text";
import { checkStatusDates, statusDetailFields } from "./status";

export const ProvisionKeySchema = z
  .string()
  .regex(/^P\d{1,3}$/, { message: "Expected a provision key such as P1" });

export const ProvisionSchema = z.strictObject({ key: ProvisionKeySchema, text: text(2000) });
export type Provision = z.infer<typeof ProvisionSchema>;

const monitoringFields = {
  name: text(300),
  mandateStart: PartialDateSchema.nullable(),
  mandateEnd: PartialDateSchema.nullable(),
};

const sanctionFields = {
  regime: text(300),
  instrument: text(500),
  adopted: PartialDateSchema.nullable(),
  adoptedNote: optionalText(500),
  imposedByNote: optionalText(500),
  provisions: z.array(ProvisionSchema).max(100),
  status: SanctionStatusSchema,
  statusNote: optionalText(1000),
  ...statusDetailFields,
  note: optionalText(2000),
};

export function checkSanction(
  s: {
    provisions: { key: string }[];
    monitoringBody: { mandateStart: string | null; mandateEnd: string | null } | null;
    statusSince?: string | null;
    statusUntil?: string | null;
  },
  ctx: z.RefinementCtx,
) {
  checkStatusDates(s, ctx);
  const seen = new Set<string>();
  s.provisions.forEach((p, i) => {
    if (seen.has(p.key))
      ctx.addIssue({
        code: "custom",
        path: ["provisions", i, "key"],
        message: `Provision key ${p.key} is used twice`,
      });
    seen.add(p.key);
  });
  const mb = s.monitoringBody;
  if (mb && !isOrderedPeriod(mb.mandateStart, mb.mandateEnd)) {
    ctx.addIssue({
      code: "custom",
      path: ["monitoringBody", "mandateEnd"],
      message: "The mandate cannot end before it starts",
    });
  }
}

export const SanctionRecordSchema = z
  .strictObject({
    ref: SanctionRefSchema,
    ...sanctionFields,
    imposedByRef: ActorRefSchema.nullable(),
    designations: z
      .array(
        z.strictObject({
          actorRef: ActorRefSchema,
          reference: optionalText(50),
          listedOn: PartialDateSchema.nullable(),
          note: optionalText(500),
        }),
      )
      .max(500),
    monitoringBody: z
      .strictObject({ ...monitoringFields, actorRef: ActorRefSchema.nullable() })
      .nullable(),
    sourceRefs: z.array(SourceRefSchema).max(200),
  })
  .superRefine(checkSanction);
export type SanctionRecord = z.infer<typeof SanctionRecordSchema>;

export const SanctionSummarySchema = z.object({
  id: IdSchema,
  ref: SanctionRefSchema,
  regime: z.string(),
  instrument: z.string(),
  status: SanctionStatusSchema,
});
export type SanctionSummary = z.infer<typeof SanctionSummarySchema>;

export const SanctionSchema = z.object({
  id: IdSchema,
  ref: SanctionRefSchema,
  ...sanctionFields,
  imposedBy: ActorSummarySchema.nullable(),
  designations: z.array(
    z.object({
      actor: ActorSummarySchema,
      reference: z.string().nullable(),
      listedOn: PartialDateSchema.nullable(),
      note: z.string().nullable(),
    }),
  ),
  monitoringBody: z
    .object({ ...monitoringFields, actor: ActorSummarySchema.nullable() })
    .nullable(),
  sources: z.array(SourceSchema),
});
export type Sanction = z.infer<typeof SanctionSchema>;
