import type { Event, PlaceSummary, PublicClaim, Transfer } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import {
  clusterPoints,
  collectRoutes,
  drawable,
  findStrikeSites,
  fitFrame,
  frameStyle,
  inBounds,
  longitudeArc,
  placeLabels,
  planFrames,
  routePath,
} from "./map-geometry";

const pt = (lon: number, lat: number) => ({ lon, lat });

describe("longitudeArc", () => {
  it("takes the short way round, across the antimeridian when that is shorter", () => {
    expect(longitudeArc([170, -170])).toEqual({ west: 170, east: 190 });
    expect(longitudeArc([10, 40, 25])).toEqual({ west: 10, east: 40 });
    expect(longitudeArc([179, -179, 175])).toEqual({ west: 175, east: 181 });
  });
});

describe("fitFrame", () => {
  it("holds every point with padding on all sides", () => {
    const points = [pt(30, 45), pt(40, 50), pt(35, 47)];
    const f = fitFrame(points);
    for (const p of points) expect(inBounds(f, p)).toBe(true);
    expect(f.west).toBeLessThan(30);
    expect(f.east).toBeGreaterThan(40);
    expect(f.south).toBeLessThan(45);
    expect(f.north).toBeGreaterThan(50);
  });

  it("gives a single place a frame of at least the minimum span, centred on it", () => {
    const f = fitFrame([pt(10.75, 59.9)], { minSpan: 3 });
    expect(f.north - f.south).toBeGreaterThanOrEqual(3);
    expect((f.north + f.south) / 2).toBeCloseTo(59.9, 5);
    expect((f.west + f.east) / 2).toBeCloseTo(10.75, 5);
  });

  it("frames places either side of the antimeridian narrowly, not round the world", () => {
    const f = fitFrame([pt(178, -17), pt(-178, -18)]);
    expect(f.east - f.west).toBeLessThan(20);
    expect(f.west).toBeLessThan(178);
    expect(f.east).toBeGreaterThan(182);
    expect(inBounds(f, pt(-178, -18))).toBe(true);
    expect(inBounds(f, pt(0, -17.5))).toBe(false);
  });

  it("keeps a readable shape: neither a sliver nor a tower", () => {
    const tall = fitFrame([pt(20, 30), pt(20.5, 60)]);
    const tallAspect =
      ((tall.east - tall.west) * Math.cos((45 * Math.PI) / 180)) / (tall.north - tall.south);
    expect(tallAspect).toBeGreaterThanOrEqual(1.09);
    const wide = fitFrame([pt(0, 10), pt(100, 10.2)]);
    expect(wide.north - wide.south).toBeGreaterThan(20);
  });

  it("stays off the poles", () => {
    const f = fitFrame([pt(0, 85), pt(20, 89)]);
    expect(f.north).toBeLessThanOrEqual(80);
    expect(f.south).toBeGreaterThan(-80);
  });

  it("refuses an empty set of points", () => {
    expect(() => fitFrame([])).toThrow(/at least one point/);
  });
});

describe("planFrames", () => {
  // Two investigations far apart: a close cluster of ports far from a depot and a strike site.
  const eastCluster = [pt(130.3, 42.25), pt(132.41, 42.97), pt(133.07, 42.73), pt(130.65, 42.43)];
  const west = [pt(40.13, 45.85), pt(36.23, 49.99)];
  const other = [pt(96.2, 16.8), pt(96.1, 19.7), pt(94.7, 16.8)];

  it("adds a detail frame only for places that would crowd one another", () => {
    const plan = planFrames([...eastCluster, ...west]);
    expect(plan.details).toHaveLength(1);
    expect(plan.details[0]!.points).toEqual(eastCluster);
    for (const p of eastCluster) expect(inBounds(plan.details[0]!.bounds, p)).toBe(true);
    for (const p of west) expect(inBounds(plan.details[0]!.bounds, p)).toBe(false);
    for (const p of [...eastCluster, ...west]) expect(inBounds(plan.overview, p)).toBe(true);
    expect(frameStyle(plan.overview).projection).toBe("conic");
    expect(frameStyle(plan.details[0]!.bounds).projection).toBe("mercator");
  });

  it("frames each investigation's own places, far apart from the other's", () => {
    const a = planFrames([...eastCluster, ...west]).overview;
    const b = planFrames(other).overview;
    for (const p of other) {
      expect(inBounds(b, p)).toBe(true);
    }
    expect(b.east - b.west).toBeLessThan(15);
    expect(inBounds(b, eastCluster[0]!)).toBe(false);
    expect(inBounds(a, other[0]!)).toBe(false);
  });
});

describe("clusterPoints", () => {
  it("links chains of near points and leaves far ones alone", () => {
    const groups = clusterPoints([pt(0, 0), pt(1, 0), pt(2, 0), pt(10, 0)], 1.1);
    expect(groups.map((g) => g.length)).toEqual([3, 1]);
  });
});

const place = (ref: string, kind: PlaceSummary["kind"] = "port"): PlaceSummary => ({
  id: `00000000-0000-7000-8000-0000000000${ref.slice(1)}`,
  ref,
  name: `Place ${ref}`,
  kind,
  country: null,
  latitude: 1,
  longitude: 1,
});
const actor = (ref: string) => ({
  id: ref,
  ref,
  name: `Actor ${ref}`,
  kind: "port" as const,
  country: null,
});

function transfer(ref: string, legs: Partial<Transfer["routeLegs"][number]>[]): Transfer {
  return {
    ref,
    itemCategory: "other",
    routeLegs: legs.map((l, i) => ({
      sequence: i + 1,
      mode: "sea",
      from: null,
      to: null,
      vessels: [],
      label: `leg ${i}`,
      fromPlace: null,
      toPlace: null,
      viaPlace: null,
      ...l,
    })),
  } as unknown as Transfer;
}

describe("collectRoutes", () => {
  it("merges the same leg of two transfers and keeps legs through a crossing apart", () => {
    const leg = {
      from: actor("A1"),
      to: actor("A2"),
      fromPlace: place("P1"),
      toPlace: place("P2"),
    };
    const via = {
      mode: "rail" as const,
      viaPlace: place("P3", "border_crossing"),
      label: "over the bridge",
    };
    const rows = collectRoutes([
      transfer("T1", [leg, via]),
      transfer("T2", [leg, { ...via, label: "by the bridge" }]),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.transfers).toEqual(["T1", "T2"]);
    expect(drawable(rows[0]!)).toBe(true);
    expect(drawable(rows[1]!)).toBe(false);
    expect(rows[1]!.labels).toEqual(["over the bridge", "by the bridge"]);
  });
});

describe("findStrikeSites", () => {
  it("takes sites from events at strike-site places, with the claims about them and their transfers", () => {
    const site = place("P9", "strike_site");
    const events = [
      { ref: "E1", place: site },
      { ref: "E2", place: place("P1") },
    ] as unknown as Event[];
    const claims = [
      {
        ref: "C2",
        subjects: [
          { kind: "event", ref: "E1" },
          { kind: "transfer", ref: "T4" },
        ],
      },
      { ref: "C1", subjects: [{ kind: "event", ref: "E2" }] },
    ] as unknown as PublicClaim[];
    const sites = findStrikeSites(events, claims, [transfer("T4", []), transfer("T5", [])]);
    expect(sites.map((s) => s.place.ref)).toEqual(["P9"]);
    expect(sites[0]!.claims.map((c) => c.ref)).toEqual(["C2"]);
    expect(sites[0]!.transfers.map((t) => t.ref)).toEqual(["T4"]);
  });
});

describe("routePath", () => {
  it("stops short of the end so the arrow head shows, and bows to one side", () => {
    expect(routePath([0, 0], [100, 0], 0.2, 10)).toBe("M0 0Q45 18 90 0");
  });
});

describe("placeLabels", () => {
  it("puts a label on the side where it covers nothing, and keeps it inside the map", () => {
    const [a, b] = placeLabels(
      [
        { id: "a", x: 100, y: 50, lines: ["Alpha port"] },
        { id: "b", x: 112, y: 52, lines: ["Beta depot"] },
      ],
      { width: 400, height: 200 },
    );
    // Beta's marker sits just right of Alpha's: Alpha's label goes to the left, clear of it.
    expect(a!.anchor).toBe("end");
    expect(a!.box.x + a!.box.width).toBeLessThanOrEqual(106);
    const overlap =
      Math.min(a!.box.x + a!.box.width, b!.box.x + b!.box.width) - Math.max(a!.box.x, b!.box.x) >
        0 &&
      Math.min(a!.box.y + a!.box.height, b!.box.y + b!.box.height) - Math.max(a!.box.y, b!.box.y) >
        0;
    expect(overlap).toBe(false);
    const [edge] = placeLabels([{ id: "e", x: 395, y: 100, lines: ["Right at the edge"] }], {
      width: 400,
      height: 200,
    });
    expect(edge!.anchor).toBe("end");
    expect(edge!.box.x + edge!.box.width).toBeLessThanOrEqual(400);
  });
});
