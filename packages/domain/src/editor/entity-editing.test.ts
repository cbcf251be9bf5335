import { describe, expect, it } from "vitest";
import {
  ActorInputSchema,
  EstimateInputSchema,
  TransferInputSchema,
  diffRecords,
  entityUpdateInput,
} from "./entity-editing";

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join(".")).sort() ?? [];

const estimate = {
  low: null,
  best: "5000",
  high: "3000",
  unit: "shells",
  qualifier: "about" as const,
  asOf: "2024-02",
  asOfEnd: null,
  estimatedBy: "A ministry",
  sourceRef: "S01",
  note: null,
};

const actor = {
  name: "Zvezda",
  kind: "company" as const,
  country: "RU",
  description: "A shipping company",
  aliases: [],
  identifiers: [],
  links: [],
  sourceRefs: [],
};

describe("entity edit inputs", () => {
  it("name both figures of an estimate out of order", () => {
    expect(paths(EstimateInputSchema.safeParse(estimate))).toEqual(["best", "high"]);
    expect(EstimateInputSchema.safeParse({ ...estimate, high: "5000" }).success).toBe(true);
    expect(paths(EstimateInputSchema.safeParse({ ...estimate, best: "1e3" }))).toEqual(["best"]);
  });

  it("take no ref: the server assigns it", () => {
    expect(ActorInputSchema.safeParse(actor).success).toBe(true);
    expect(paths(ActorInputSchema.safeParse({ ...actor, ref: "A01" }))).toEqual([""]);
  });

  it("accept only real country codes", () => {
    expect(paths(ActorInputSchema.safeParse({ ...actor, country: "QQ" }))).toEqual(["country"]);
    expect(paths(ActorInputSchema.safeParse({ ...actor, country: "ru" }))).toEqual(["country"]);
    expect(ActorInputSchema.safeParse({ ...actor, country: "KP" }).success).toBe(true);
  });

  it("flag the repeated item, not the list", () => {
    const r = ActorInputSchema.safeParse({ ...actor, sourceRefs: ["S01", "S02", "S01"] });
    expect(paths(r)).toEqual(["sourceRefs.2"]);
  });

  it("keep field paths at the top level when updating, beside id and baseVersion", () => {
    const r = entityUpdateInput("transfer").safeParse({
      id: "0190f5a0-0000-7000-8000-000000000000",
      baseVersion: 0,
      supplierRef: "A01",
      supplierNote: null,
      recipientRef: "A01",
      intermediaryRefs: [],
      routeLegs: [],
      itemCategory: "artillery_ammunition",
      designation: null,
      description: null,
      estimates: [estimate],
      periodStart: "2024-03",
      periodEnd: "2024-02",
      status: "reported",
      statusNote: null,
      note: null,
      breaches: [],
      sourceRefs: [],
    });
    expect(paths(r)).toEqual([
      "baseVersion",
      "estimates.0.best",
      "estimates.0.high",
      "periodEnd",
      "recipientRef",
    ]);
    expect(TransferInputSchema.safeParse({}).success).toBe(false);
  });

  it("diff records field by field", () => {
    expect(diffRecords({ a: 1, b: [1], c: null }, { a: 1, b: [2], d: "x" })).toEqual([
      { field: "b", before: [1], after: [2] },
      { field: "d", before: null, after: "x" },
    ]);
  });

  it("treat a nested field left out as null, so a leg without a place is no change", () => {
    const leg = { mode: "sea", fromRef: "A01", label: "L" };
    expect(
      diffRecords({ routeLegs: [leg] }, { routeLegs: [{ ...leg, viaPlaceRef: null }] }),
    ).toEqual([]);
    expect(
      diffRecords({ routeLegs: [leg] }, { routeLegs: [{ ...leg, viaPlaceRef: "P01" }] }),
    ).toHaveLength(1);
  });
});
