import { z } from "zod";
import { ActorSummarySchema } from "./actor";
import { PartialDateSchema } from "./dates";
import { ActorRefSchema, EventRefSchema, IdSchema, SourceRefSchema } from "./ref";
import { SourceSchema } from "./source";
import { sharedByInvestigations } from "./investigation";
import { text } from "./text";

const eventFields = {
  date: PartialDateSchema,
  /** True when even the stated precision is not confirmed (e.g. a publication month inferred from content). */
  dateUncertain: z.boolean(),
  title: text(300),
};

export const EventRecordSchema = z.strictObject({
  ref: EventRefSchema,
  ...sharedByInvestigations,
  ...eventFields,
  actorRefs: z.array(ActorRefSchema).max(100),
  sourceRefs: z.array(SourceRefSchema).max(200),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const EventSchema = z.object({
  id: IdSchema,
  ref: EventRefSchema,
  ...eventFields,
  actors: z.array(ActorSummarySchema),
  sources: z.array(SourceSchema),
});
export type Event = z.infer<typeof EventSchema>;
