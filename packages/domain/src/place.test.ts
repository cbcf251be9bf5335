import { describe, expect, it } from "vitest";
import { PlaceInputSchema } from "./editor/entity-editing";
import { LatitudeSchema, LongitudeSchema, PlaceRecordSchema } from "./place";
import { RefSchema } from "./ref";

const place = {
  name: "A harbour",
  kind: "port" as const,
  country: "NO",
  latitude: 59.9,
  longitude: 10.75,
  precision: "To about a kilometre, from the port's own chart",
  sourceRefs: ["S01"],
};

const messages = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("coordinates", () => {
  it("accept the full valid ranges, edges included", () => {
    for (const v of [-90, -45.5, 0, 90]) expect(LatitudeSchema.safeParse(v).success).toBe(true);
    for (const v of [-180, 0, 179.999999, 180])
      expect(LongitudeSchema.safeParse(v).success).toBe(true);
  });

  it("refuse positions off the globe with a message naming the range", () => {
    const lat = LatitudeSchema.safeParse(90.5);
    expect(lat.success).toBe(false);
    expect(lat.error?.issues[0]?.message).toMatch(/Latitude must be between -90 and 90/);
    const lon = LongitudeSchema.safeParse(-181);
    expect(lon.error?.issues[0]?.message).toMatch(/Longitude must be between -180 and 180/);
  });

  it("refuse text, NaN and infinities", () => {
    for (const v of ["59.9", Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(LatitudeSchema.safeParse(v).success).toBe(false);
    }
  });

  it("refuse more precision than six decimals, which no source has", () => {
    expect(LatitudeSchema.safeParse(1.1234567).success).toBe(false);
    expect(LatitudeSchema.safeParse(1.123456).success).toBe(true);
  });
});

describe("a place record", () => {
  it("round-trips through the record schema with a P ref", () => {
    const r = PlaceRecordSchema.parse({ ref: "P01", ...place });
    expect(r).toEqual({ ref: "P01", ...place });
    expect(RefSchema.safeParse("P12").success).toBe(true);
  });

  it("reports each bad field at its own path in the editor's input", () => {
    const r = PlaceInputSchema.safeParse({
      ...place,
      latitude: 123,
      longitude: 200,
      country: "ZZ",
      kind: "harbour",
    });
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^latitude: Latitude must be between/),
        expect.stringMatching(/^longitude: Longitude must be between/),
        "country: Not an ISO 3166-1 country code",
        expect.stringMatching(/^kind: /),
      ]),
    );
    const twice = PlaceInputSchema.safeParse({ ...place, sourceRefs: ["S01", "S01"] });
    expect(messages(twice)).toEqual(["sourceRefs.1: This source is listed twice"]);
  });

  it("needs a note on how precise the position is", () => {
    const r = PlaceInputSchema.safeParse({ ...place, precision: "" });
    expect(messages(r)).toContain("precision: Must not be empty");
  });
});
