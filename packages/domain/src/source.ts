import { z } from "zod";
import { PartialDateSchema } from "./dates";
import { SourceKindSchema } from "./enums";
import { IdSchema, SourceRefSchema } from "./ref";
import { UrlSchema, optionalText, text } from "./text";

const sourceFields = {
  publisher: text(300),
  title: text(500),
  /** True when no headline was visible and the title is our own description of the page. */
  titleIsDescriptive: z.boolean(),
  published: PartialDateSchema.nullable(),
  url: UrlSchema,
  kind: SourceKindSchema,
  kindNote: optionalText(200),
};

/** A source as the seed files and imports carry it. */
export const SourceRecordSchema = z.strictObject({ ref: SourceRefSchema, ...sourceFields });
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

export const SourceSchema = z.object({ id: IdSchema, ref: SourceRefSchema, ...sourceFields });
export type Source = z.infer<typeof SourceSchema>;
