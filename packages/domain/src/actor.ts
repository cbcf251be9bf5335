import { z } from "zod";
import { ActorKindSchema, ActorLinkTypeSchema, IdentifierSchemeSchema } from "./enums";
import { ActorRefSchema, IdSchema, SourceRefSchema } from "./ref";
import { SourceSchema } from "./source";
import { CountryCodeSchema, optionalText, text } from "./text";

const IMO = /^\d{7}$/;
const MMSI = /^\d{9}$/;
const UN_REFERENCE = /^(KP|QD|IR|CD|SO|LY|SS|YE|CF|ML|HT)[ie]\.\d{3}$/;

export const IdentifierSchema = z
  .strictObject({ scheme: IdentifierSchemeSchema, value: text(100) })
  .superRefine((id, ctx) => {
    const checks: Partial<Record<typeof id.scheme, [RegExp, string]>> = {
      imo: [IMO, "An IMO number has seven digits"],
      mmsi: [MMSI, "An MMSI has nine digits"],
      un_reference: [UN_REFERENCE, "A UN reference looks like KPe.001 or KPi.002"],
    };
    const check = checks[id.scheme];
    if (check && !check[0].test(id.value))
      ctx.addIssue({ code: "custom", path: ["value"], message: check[1] });
    if (id.scheme === "imo" && IMO.test(id.value) && !isValidImoChecksum(id.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "IMO number fails its check digit",
      });
    }
  });
export type Identifier = z.infer<typeof IdentifierSchema>;

/** IMO ship numbers carry a check digit: the sum of the first six digits times 7..2, mod 10. */
export function isValidImoChecksum(imo: string): boolean {
  if (!IMO.test(imo)) return false;
  const digits = imo.split("").map(Number);
  const sum = digits.slice(0, 6).reduce((acc, d, i) => acc + d * (7 - i), 0);
  return sum % 10 === digits[6];
}

const actorFields = {
  name: text(300),
  kind: ActorKindSchema,
  /** The source's own words for the kind, verbatim ("organisation (think tank)"). */
  kindWording: optionalText(300).default(null),
  country: CountryCodeSchema.nullable(),
  description: text(2000),
  aliases: z.array(text(300)).max(50),
  identifiers: z.array(IdentifierSchema).max(50),
};

export const ActorLinkRecordSchema = z.strictObject({
  type: ActorLinkTypeSchema,
  targetRef: ActorRefSchema,
  note: optionalText(500),
});

/** Rules across an actor's fields; `ref` is absent while the actor is being created. */
export function checkActor(
  a: {
    ref?: string;
    kind: z.infer<typeof ActorKindSchema>;
    identifiers: Identifier[];
    links: { targetRef: string }[];
  },
  ctx: z.RefinementCtx,
) {
  a.links.forEach((l, i) => {
    if (a.ref !== undefined && l.targetRef === a.ref)
      ctx.addIssue({
        code: "custom",
        path: ["links", i, "targetRef"],
        message: "An actor cannot link to itself",
      });
  });
  if (a.kind !== "vessel" && a.identifiers.some((i) => i.scheme === "imo" || i.scheme === "mmsi")) {
    ctx.addIssue({
      code: "custom",
      path: ["identifiers"],
      message: "IMO and MMSI numbers belong to vessels",
    });
  }
}

/** An actor as the seed files and imports carry it, with references to other records. */
export const ActorRecordSchema = z
  .strictObject({
    ref: ActorRefSchema,
    ...actorFields,
    links: z.array(ActorLinkRecordSchema).max(100),
    sourceRefs: z.array(SourceRefSchema).max(200),
  })
  .superRefine(checkActor);
export type ActorRecord = z.infer<typeof ActorRecordSchema>;

export const ActorSummarySchema = z.object({
  id: IdSchema,
  ref: ActorRefSchema,
  name: z.string(),
  kind: ActorKindSchema,
  country: z.string().nullable(),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const ActorSchema = z.object({
  id: IdSchema,
  ref: ActorRefSchema,
  ...actorFields,
  links: z.array(
    z.object({
      type: ActorLinkTypeSchema,
      target: ActorSummarySchema,
      note: z.string().nullable(),
    }),
  ),
  sources: z.array(SourceSchema),
});
export type Actor = z.infer<typeof ActorSchema>;
