// A place on the map: a port, depot, factory, airbase, border crossing, strike site or city,
// with its coordinates. Places are part of the shared register (like actors and sources), so
// two investigations that name the same port share one record. Coordinates are data, entered
// in the editor and reviewed like any other field; no place or coordinate lives in code.
import { z } from "zod";
import { PlaceKindSchema } from "./enums";
import { IdSchema, PlaceRefSchema, SourceRefSchema } from "./ref";
import { CountryCodeSchema, text } from "./text";

/** At most six decimals: about 10 cm, far finer than any source gives. */
const MAX_DECIMALS = 6;

function degrees(name: "Latitude" | "Longitude", limit: number, sign: [string, string]) {
  return z
    .number({ message: `${name} must be a number of decimal degrees` })
    .refine(Number.isFinite, { message: `${name} must be a finite number` })
    .refine((v) => v >= -limit && v <= limit, {
      message: `${name} must be between -${limit} and ${limit} (${sign[0]} positive, ${sign[1]} negative)`,
    })
    .refine((v) => Math.abs(v * 10 ** MAX_DECIMALS - Math.round(v * 10 ** MAX_DECIMALS)) < 1e-6, {
      message: `${name} may have at most ${MAX_DECIMALS} decimals`,
    });
}

/** Decimal degrees, north positive. */
export const LatitudeSchema = degrees("Latitude", 90, ["north", "south"]);
/** Decimal degrees, east positive; -180 and 180 are the same meridian. */
export const LongitudeSchema = degrees("Longitude", 180, ["east", "west"]);

const placeFields = {
  name: text(300),
  kind: PlaceKindSchema,
  /** ISO 3166-1 alpha-2 of the country the place lies in; null at sea, on a border, or where disputed. */
  country: CountryCodeSchema.nullable(),
  latitude: LatitudeSchema,
  longitude: LongitudeSchema,
  /** How exact the position is and how it was found ("to a few kilometres, from the sources' maps"). */
  precision: text(500),
};

/** A place as the seed files and imports carry it, with references to its sources. */
export const PlaceRecordSchema = z.strictObject({
  ref: PlaceRefSchema,
  ...placeFields,
  sourceRefs: z.array(SourceRefSchema).max(200),
});
export type PlaceRecord = z.infer<typeof PlaceRecordSchema>;

/** A place where a public record links to it: enough to draw and to name it. */
export const PlaceSummarySchema = z.object({
  id: IdSchema,
  ref: PlaceRefSchema,
  name: z.string(),
  kind: PlaceKindSchema,
  country: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
});
export type PlaceSummary = z.infer<typeof PlaceSummarySchema>;
