import { describe, expect, it } from "vitest";
import {
  type NetworkTransfer,
  boxesOverlap,
  buildGraph,
  layoutGraph,
  wrapLabel,
} from "./network-layout";

const actor = (ref: string, name: string, kind = "state") => ({ ref, name, kind });
const ru = actor("A01", "Russian Federation");
const kp = actor("A02", "Democratic People's Republic of Korea");
const rajin = actor("A45", "Rajin (Najin) port", "port");
const dunai = actor("A46", "Dunai (Dunay) naval facility", "port");
const vostochny = actor("A47", "Vostochny port", "port");
const depot = actor("A48", "Tikhoretsk ammunition depot", "facility");
const angara = actor("A53", "Angara", "vessel");

const transfer = (
  ref: string,
  itemCategory: string,
  supplier: NetworkTransfer["supplier"],
  recipient: NetworkTransfer["recipient"],
  routeLegs: NetworkTransfer["routeLegs"] = [],
): NetworkTransfer => ({
  ref,
  itemCategory,
  supplier,
  supplierNote: supplier ? null : "Companies not named",
  recipient,
  intermediaries: routeLegs.flatMap((l) => [l.from, l.to]).filter((a) => a !== null),
  routeLegs,
});

const transfers: NetworkTransfer[] = [
  transfer("T01", "munitions_unspecified", kp, ru, [
    { mode: "sea", from: rajin, to: dunai, vessels: [angara] },
    { mode: "sea", from: rajin, to: vostochny, vessels: [] },
    { mode: "sea", from: rajin, to: null, vessels: [actor("A55", "Maia-1", "vessel")] },
    { mode: "rail", from: dunai, to: depot, vessels: [] },
    { mode: "rail", from: null, to: null, vessels: [] },
  ]),
  transfer("T02", "artillery_ammunition", kp, ru, [
    { mode: "sea", from: rajin, to: dunai, vessels: [angara] },
  ]),
  transfer("T03", "rockets", kp, ru),
  transfer("T04", "ballistic_missiles", kp, ru),
  transfer("T05", "civilian_goods", ru, kp, [
    { mode: "sea", from: vostochny, to: null, vessels: [] },
  ]),
  transfer("T06", "fuel", ru, kp),
  transfer("T07", "military_technology", ru, kp),
  transfer("T08", "dual_use_components", null, kp),
];

describe("buildGraph", () => {
  const graph = buildGraph(transfers);

  it("has a node for every supplier, recipient, route point and ship", () => {
    expect(graph.nodes.map((n) => n.id)).toEqual([
      "A01",
      "A02",
      "A45",
      "A46",
      "A47",
      "A48",
      "A53",
      "A55",
      "unnamed:T08",
    ]);
    const role = (id: string) => graph.nodes.find((n) => n.id === id)?.role;
    expect(role("A01")).toBe("party");
    expect(role("A45")).toBe("place");
    expect(role("A53")).toBe("vessel");
    expect(role("unnamed:T08")).toBe("unnamed");
    expect(graph.nodes.find((n) => n.id === "unnamed:T08")?.linkRef).toBe("T08");
  });

  it("draws one arrow per transfer and merges shared route legs", () => {
    const transferEdges = graph.edges.filter((e) => e.kind === "transfer");
    expect(transferEdges).toHaveLength(8);
    const shared = graph.edges.find((e) => e.id === "route:A45>A46");
    expect(shared?.transferRefs).toEqual(["T01", "T02"]);
    expect(shared?.categories).toEqual(["artillery_ammunition", "munitions_unspecified"]);
    // A ship sits between the ends of its leg; a leg with a missing end draws only what is known.
    expect(graph.edges.some((e) => e.id === "route:A45>A53")).toBe(true);
    expect(graph.edges.some((e) => e.id === "route:A53>A46")).toBe(true);
    expect(graph.edges.some((e) => e.id === "route:A45>A55")).toBe(true);
  });

  it("gives each node the categories of the transfers it takes part in", () => {
    expect(graph.nodes.find((n) => n.id === "A48")?.categories).toEqual(["munitions_unspecified"]);
    // Vostochny is on a T01 leg and starts a T05 leg that has no drawn edge.
    expect(graph.nodes.find((n) => n.id === "A47")?.categories).toEqual([
      "civilian_goods",
      "munitions_unspecified",
    ]);
    expect(graph.nodes.find((n) => n.id === "A02")?.categories).toHaveLength(8);
  });
});

describe("layoutGraph", () => {
  const graph = buildGraph(transfers, (c) => c.replace(/_/g, " "));

  it("is deterministic", () => {
    expect(layoutGraph(graph)).toEqual(layoutGraph(graph));
    expect(layoutGraph(graph, { gap: 4 })).toEqual(layoutGraph(graph, { gap: 4 }));
  });

  it("does not depend on the order the transfers arrive in", () => {
    const reversed = buildGraph([...transfers].reverse(), (c) => c.replace(/_/g, " "));
    expect(layoutGraph(reversed)).toEqual(layoutGraph(graph));
  });

  it.each([2, 10, 24])("leaves no two nodes or labels overlapping (gap %i)", (gap) => {
    const layout = layoutGraph(graph, { gap });
    const boxes = [
      ...layout.nodes.map((n) => n.box),
      ...layout.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : [])),
    ];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(boxesOverlap(boxes[i]!, boxes[j]!), `boxes ${i} and ${j}`).toBe(false);
      }
    }
    for (const n of layout.nodes) {
      expect(n.box.x0).toBeGreaterThanOrEqual(0);
      expect(n.box.y0).toBeGreaterThanOrEqual(0);
      expect(n.box.x1).toBeLessThanOrEqual(layout.width);
      expect(n.box.y1).toBeLessThanOrEqual(layout.height);
    }
  });

  it("ends every edge at a node, with finite coordinates", () => {
    const layout = layoutGraph(graph);
    const ids = new Set(layout.nodes.map((n) => n.id));
    expect(layout.edges).toHaveLength(graph.edges.length);
    for (const e of layout.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
      const numbers = e.path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(numbers.length).toBeGreaterThanOrEqual(4);
      expect(numbers.every(Number.isFinite)).toBe(true);
    }
  });

  it("puts the bigger supplier of the busiest pair on the left", () => {
    const layout = layoutGraph(graph);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)?.x ?? NaN;
    expect(x("A02")).toBeLessThan(x("A01"));
  });

  it("lays the route band out left to right, below the parties", () => {
    const layout = layoutGraph(graph);
    const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
    expect(node("A45").x).toBeLessThan(node("A53").x);
    expect(node("A53").x).toBeLessThan(node("A46").x);
    expect(node("A46").x).toBeLessThan(node("A48").x);
    expect(node("A45").box.y0).toBeGreaterThan(node("A01").box.y1);
  });

  it("keeps a crowded graph free of overlaps", () => {
    const parties = ["A01", "A02", "A03", "A04", "A05", "A06"].map((r) => actor(r, `Party ${r}`));
    const ports = ["A40", "A41", "A42", "A43"].map((r) =>
      actor(r, `Port ${r} with a long name`, "port"),
    );
    const crowd: NetworkTransfer[] = [];
    for (let i = 0; i < 24; i++) {
      const s = parties[i % parties.length]!;
      const r = parties[(i * 5 + 1) % parties.length]!;
      if (s.ref === r.ref) continue;
      const from = ports[i % ports.length]!;
      const to = ports[(i + 1) % ports.length]!;
      crowd.push(
        transfer(`T${String(i + 10)}`, i % 2 ? "fuel" : "rockets", s, r, [
          { mode: "sea", from, to, vessels: [] },
        ]),
      );
    }
    const layout = layoutGraph(buildGraph(crowd));
    const boxes = [
      ...layout.nodes.map((n) => n.box),
      ...layout.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : [])),
    ];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(boxesOverlap(boxes[i]!, boxes[j]!), `boxes ${i} and ${j}`).toBe(false);
      }
    }
  });

  it("copes with an empty graph and a single node", () => {
    expect(layoutGraph({ nodes: [], edges: [] }).nodes).toEqual([]);
    const one = layoutGraph(buildGraph([transfer("T09", "fuel", null, ru)]));
    expect(one.nodes).toHaveLength(2);
    expect(one.edges).toHaveLength(1);
  });
});

describe("helpers", () => {
  it("wraps labels at spaces", () => {
    expect(wrapLabel("Democratic People's Republic of Korea", 18)).toEqual([
      "Democratic",
      "People's Republic",
      "of Korea",
    ]);
  });
});
