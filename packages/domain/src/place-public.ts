// A published place as readers see it: its position, how exact that is, its sources, and the
// published actors and events that are there. Apart from ./place.ts because actors and events
// link to places (an actor's summary would otherwise import itself through here).
import { z } from "zod";
import { ActorSummarySchema } from "./actor";
import { PartialDateSchema } from "./dates";
import { PlaceSummarySchema } from "./place";
import { EventRefSchema, IdSchema } from "./ref";
import { SourceSchema } from "./source";

export const PlaceSchema = PlaceSummarySchema.extend({
  precision: z.string(),
  sources: z.array(SourceSchema),
  /** Facilities located here (a port actor, a depot). */
  actors: z.array(ActorSummarySchema),
  /** Events that happened here. */
  events: z.array(
    z.object({ id: IdSchema, ref: EventRefSchema, date: PartialDateSchema, title: z.string() }),
  ),
});
export type Place = z.infer<typeof PlaceSchema>;
