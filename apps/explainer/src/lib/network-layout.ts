// The network graph of transfers: who supplied whom, and the ports, depots and ships on
// the way. Pure functions only, so the server lays the graph out the same way every time
// and the layout can be tested without a browser.

export interface NetworkActor {
  ref: string;
  name: string;
  kind: string;
}

/** The parts of a published transfer the graph needs (a Transfer from the API fits). */
export interface NetworkTransfer {
  ref: string;
  itemCategory: string;
  supplier: NetworkActor | null;
  supplierNote: string | null;
  recipient: NetworkActor;
  intermediaries: NetworkActor[];
  routeLegs: {
    mode: string;
    from: NetworkActor | null;
    to: NetworkActor | null;
    vessels: NetworkActor[];
  }[];
}

/** party: supplier or recipient; place: port, depot or other point on a route; unnamed: a supplier with no record. */
export type NodeRole = "party" | "place" | "vessel" | "unnamed";

export interface GraphNode {
  id: string;
  label: string;
  role: NodeRole;
  /** The record the node links to: the actor, or for an unnamed supplier the transfer. */
  linkRef: string;
  /** Item categories of every transfer the node takes part in. */
  categories: string[];
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** transfer: supplier to recipient; route: one leg of a route, or a ship's part in it. */
  kind: "transfer" | "route";
  transferRefs: string[];
  categories: string[];
  /** Modes of travel, for route edges. */
  modes: string[];
  label: string | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

/**
 * Nodes are the actors that supply, receive, lie on a route or carry the goods; edges are
 * one arrow per transfer (supplier to recipient) plus thinner arrows for route legs. A leg
 * sailed by named ships runs through each ship (from -> ship -> to) as well as directly.
 */
export function buildGraph(
  transfers: NetworkTransfer[],
  categoryLabel: (category: string) => string = (c) => c,
): Graph {
  const nodes = new Map<string, GraphNode>();
  const roleRank: Record<NodeRole, number> = { unnamed: 0, place: 1, party: 2, vessel: 3 };
  const addNode = (id: string, label: string, role: NodeRole, linkRef: string) => {
    const existing = nodes.get(id);
    if (!existing) nodes.set(id, { id, label, role, linkRef, categories: [] });
    else if (roleRank[role] > roleRank[existing.role]) existing.role = role;
  };
  const addActor = (a: NetworkActor, role: NodeRole) =>
    addNode(a.ref, a.name, a.kind === "vessel" ? "vessel" : role, a.ref);

  const edges = new Map<string, GraphEdge>();
  const addRouteEdge = (source: string, target: string, t: NetworkTransfer, mode: string) => {
    if (source === target) return;
    const id = `route:${source}>${target}`;
    const e = edges.get(id) ?? {
      id,
      source,
      target,
      kind: "route" as const,
      transferRefs: [],
      categories: [],
      modes: [],
      label: null,
    };
    e.transferRefs = sortedUnique([...e.transferRefs, t.ref]);
    e.categories = sortedUnique([...e.categories, t.itemCategory]);
    e.modes = sortedUnique([...e.modes, mode]);
    edges.set(id, e);
  };

  const ordered = [...transfers].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  for (const t of ordered) {
    const supplierId = t.supplier ? t.supplier.ref : `unnamed:${t.ref}`;
    if (t.supplier) addActor(t.supplier, "party");
    else addNode(supplierId, "Supplier not named", "unnamed", t.ref);
    addActor(t.recipient, "party");
    for (const i of t.intermediaries) addActor(i, "place");
    edges.set(`transfer:${t.ref}`, {
      id: `transfer:${t.ref}`,
      source: supplierId,
      target: t.recipient.ref,
      kind: "transfer",
      transferRefs: [t.ref],
      categories: [t.itemCategory],
      modes: [],
      label: categoryLabel(t.itemCategory),
    });
    for (const leg of t.routeLegs) {
      if (leg.from) addActor(leg.from, "place");
      if (leg.to) addActor(leg.to, "place");
      for (const v of leg.vessels) addActor(v, "vessel");
      if (leg.from && leg.to) addRouteEdge(leg.from.ref, leg.to.ref, t, leg.mode);
      for (const v of leg.vessels) {
        if (leg.from) addRouteEdge(leg.from.ref, v.ref, t, leg.mode);
        if (leg.to) addRouteEdge(v.ref, leg.to.ref, t, leg.mode);
      }
    }
  }

  const edgeList = [...edges.values()];
  // A node shows while any transfer it takes part in is shown.
  const take = (id: string, category: string) => {
    const nd = nodes.get(id);
    if (nd && !nd.categories.includes(category))
      nd.categories = sortedUnique([...nd.categories, category]);
  };
  for (const t of ordered) {
    take(t.supplier ? t.supplier.ref : `unnamed:${t.ref}`, t.itemCategory);
    take(t.recipient.ref, t.itemCategory);
    for (const i of t.intermediaries) take(i.ref, t.itemCategory);
    for (const leg of t.routeLegs) {
      for (const a of [leg.from, leg.to, ...leg.vessels]) if (a) take(a.ref, t.itemCategory);
    }
  }
  const nodeList = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: nodeList, edges: edgeList };
}

/* ---------- Layout ---------- */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LaidOutNode extends GraphNode {
  /** Centre of the node's symbol (for a party: of its box). */
  x: number;
  y: number;
  /** Radius of the symbol; a party is drawn as a labelled box instead (`shape`). */
  r: number;
  shape: "box" | "symbol";
  lines: string[];
  /** The node's symbol and its label together. */
  box: Box;
}

export interface LaidOutEdge extends GraphEdge {
  /** SVG path data, already shortened so the arrow head stops at the node's edge. */
  path: string;
  labelX: number;
  labelY: number;
  labelLines: string[];
  /** The box of the edge's label, when it has one. */
  labelBox: Box | null;
}

export interface Layout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export interface LayoutOptions {
  fontSize?: number;
  lineHeight?: number;
  /** Characters per line of a node label before it wraps. */
  wrapAt?: number;
  /** Clear space kept between any two boxes. */
  gap?: number;
  padding?: number;
  /** Horizontal distance between columns of the route band. */
  columnGap?: number;
}

/** Splits a label into lines of about `width` characters at spaces. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

const radius: Record<NodeRole, number> = { party: 0, place: 10, vessel: 9, unnamed: 0 };

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A thing with a box around a centre point, which removeOverlaps may move. */
export interface Body {
  x: number;
  y: number;
  /** Offsets of the box from (x, y). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const boxOf = (b: Body): Box => ({
  x0: b.x - b.left,
  y0: b.y - b.top,
  x1: b.x + b.right,
  y1: b.y + b.bottom,
});

const round = (n: number) => Math.round(n * 10) / 10;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lays the graph out by role, with no randomness:
 * - the parties (suppliers and recipients) sit in one row, net suppliers to the left;
 *   each transfer is an arc between two of them, above the row when it runs left to
 *   right and below when it runs right to left, with parallel arcs stacked and each
 *   labelled at its peak (an arc diagram);
 * - below them, the route band: ports, depots and ships in columns by how many legs
 *   from the start of a route they are, so the goods flow left to right.
 * Any boxes that still overlap are then pushed apart.
 */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Layout {
  const {
    fontSize = 13,
    lineHeight = 15,
    wrapAt = 18,
    gap = 10,
    padding = 12,
    columnGap = 170,
  } = options;
  const charWidth = fontSize * 0.58;
  const textWidth = (lines: string[]) => Math.max(...lines.map((l) => l.length)) * charWidth;

  const nodes = graph.nodes;
  const byNodeId = new Map(nodes.map((nd) => [nd.id, nd]));
  const edges = graph.edges.filter((e) => byNodeId.has(e.source) && byNodeId.has(e.target));
  const transferEdges = edges.filter((e) => e.kind === "transfer");
  const routeEdges = edges.filter((e) => e.kind === "route");
  const isParty = (nd: GraphNode) => nd.role === "party" || nd.role === "unnamed";

  // Bodies for every node, in graph order; positions are filled in below.
  const nodeLines = nodes.map((nd) => wrapLabel(nd.label, wrapAt));
  const bodies = new Map<string, Body>();
  nodes.forEach((nd, i) => {
    const lines = nodeLines[i] ?? [""];
    if (isParty(nd)) {
      const half = Math.max(45, textWidth(lines) / 2 + 10);
      const h = (lines.length * lineHeight) / 2 + 8;
      bodies.set(nd.id, { x: 0, y: 0, left: half, right: half, top: h, bottom: h });
    } else {
      const r = radius[nd.role];
      const half = Math.max(r + 2, textWidth(lines) / 2);
      bodies.set(nd.id, {
        x: 0,
        y: 0,
        left: half,
        right: half,
        top: r + 2,
        bottom: r + 4 + lines.length * lineHeight,
      });
    }
  });
  const body = (id: string) => bodies.get(id) as Body;

  // The row of parties, net suppliers first.
  const net = new Map<string, number>();
  for (const e of transferEdges) {
    net.set(e.source, (net.get(e.source) ?? 0) + 1);
    net.set(e.target, (net.get(e.target) ?? 0) - 1);
  }
  const parties = nodes
    .filter(isParty)
    .sort((a, b) => (net.get(b.id) ?? 0) - (net.get(a.id) ?? 0) || byText(a.id, b.id));
  const column = new Map(parties.map((p, i) => [p.id, i]));

  // Arcs: stacked per pair and side; the stack height sets how far apart things must be.
  const labelLines = new Map(transferEdges.map((e) => [e.id, wrapLabel(e.label ?? "", 28)]));
  const labelHalfHeight = (id: string) => ((labelLines.get(id)?.length ?? 1) * lineHeight) / 2 + 2;
  const stackGap = lineHeight * 2;
  const stacks = new Map<string, number>();
  const arcs = transferEdges.map((e) => {
    const s = column.get(e.source) ?? 0;
    const t = column.get(e.target) ?? 0;
    const above = s < t || (s === t && byText(e.source, e.target) <= 0);
    const key = `${Math.min(s, t)}|${Math.max(s, t)}|${above ? "up" : "down"}`;
    const level = (stacks.get(key) ?? 0) + 1;
    stacks.set(key, level);
    return { edge: e, above, level };
  });
  const partyHalfHeight = Math.max(0, ...parties.map((p) => body(p.id).top));
  const reach = (side: boolean) =>
    Math.max(
      0,
      ...arcs
        .filter((a) => a.above === side)
        .map((a) => partyHalfHeight + 12 + a.level * stackGap + labelHalfHeight(a.edge.id)),
    );
  const rowY = reach(true) + padding;

  let x = 0;
  parties.forEach((p, i) => {
    const b = body(p.id);
    if (i > 0) {
      const prev = body((parties[i - 1] as GraphNode).id);
      x += Math.max(prev.right + b.left + 80, 240);
    }
    b.x = x;
    b.y = rowY;
  });
  const rowWidth = x;

  // The route band: columns by the longest run of legs leading to each point.
  const routeNodes = nodes.filter((nd) => !isParty(nd));
  const layer = new Map(routeNodes.map((nd) => [nd.id, 0]));
  for (let pass = 0; pass < routeNodes.length; pass++) {
    let changed = false;
    for (const e of routeEdges) {
      const s = layer.get(e.source);
      const t = layer.get(e.target);
      if (s === undefined || t === undefined) continue;
      if (t < s + 1) {
        layer.set(e.target, s + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const layerCount = Math.max(0, ...layer.values()) + 1;
  const columns: GraphNode[][] = Array.from({ length: layerCount }, () => []);
  for (const nd of routeNodes) columns[layer.get(nd.id) ?? 0]?.push(nd);

  const bandTop = rowY + reach(false) + 30;
  // The band spans the parties whose transfers have drawn routes.
  const routed = new Set(routeEdges.flatMap((e) => e.transferRefs));
  const routedXs = transferEdges
    .filter((e) => e.transferRefs.some((r) => routed.has(r)))
    .flatMap((e) => [body(e.source).x, body(e.target).x]);
  const bandLeft = routedXs.length ? Math.min(...routedXs) : 0;
  const bandWidth = routedXs.length ? Math.max(...routedXs) - bandLeft : rowWidth;
  const step = layerCount > 1 ? Math.max(columnGap, bandWidth / (layerCount - 1)) : 0;
  const rowOfNode = new Map<string, number>();
  const heights = columns.map((col) =>
    col.reduce((h, nd) => h + body(nd.id).top + body(nd.id).bottom + 2 * gap, 0),
  );
  const bandHeight = Math.max(0, ...heights);
  columns.forEach((col, c) => {
    // Order each column by where its predecessors sit, so legs cross as little as possible.
    const centre = (nd: GraphNode) => {
      const rows = routeEdges
        .filter((e) => e.target === nd.id && rowOfNode.has(e.source))
        .map((e) => rowOfNode.get(e.source) as number);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Infinity;
    };
    const sorted = [...col].sort((a, b) => {
      const ca = centre(a);
      const cb = centre(b);
      return ca === cb ? byText(a.id, b.id) : ca < cb ? -1 : 1;
    });
    let y = bandTop + (bandHeight - (heights[c] ?? 0)) / 2;
    sorted.forEach((nd, i) => {
      const b = body(nd.id);
      y += b.top + gap;
      b.x = bandLeft + c * step;
      b.y = y;
      y += b.bottom + gap;
      rowOfNode.set(nd.id, i);
    });
  });

  // Labels of the arcs, at each arc's peak.
  const labelBodies = new Map<string, Body>();
  for (const a of arcs) {
    const s = body(a.edge.source);
    const t = body(a.edge.target);
    const lines = labelLines.get(a.edge.id) ?? [""];
    const half = textWidth(lines) / 2 + 3;
    const h = labelHalfHeight(a.edge.id);
    const lift = partyHalfHeight + 12 + a.level * stackGap;
    labelBodies.set(a.edge.id, {
      x: (s.x + t.x) / 2,
      y: rowY + (a.above ? -lift : lift),
      left: half,
      right: half,
      top: h,
      bottom: h,
    });
  }

  // Safety net: push apart anything that still overlaps, in a fixed order.
  const all = [
    ...nodes.map((nd) => body(nd.id)),
    ...arcs.map((a) => labelBodies.get(a.edge.id) as Body),
  ];
  removeOverlaps(all, gap);

  // Move everything into view.
  const boxes = all.map(boxOf);
  const shiftX = padding - (boxes.length ? Math.min(...boxes.map((b) => b.x0)) : 0);
  const shiftY = padding - (boxes.length ? Math.min(...boxes.map((b) => b.y0)) : 0);
  for (const b of all) {
    b.x = round(b.x + shiftX);
    b.y = round(b.y + shiftY);
  }
  const finalBoxes = all.map(boxOf);
  const width = Math.ceil(Math.max(padding * 2, ...finalBoxes.map((b) => b.x1 + padding)));
  const height = Math.ceil(Math.max(padding * 2, ...finalBoxes.map((b) => b.y1 + padding)));

  const laidNodes: LaidOutNode[] = nodes.map((nd, i) => {
    const b = body(nd.id);
    return {
      ...nd,
      x: b.x,
      y: b.y,
      r: radius[nd.role],
      shape: isParty(nd) ? "box" : "symbol",
      lines: nodeLines[i] ?? [""],
      box: boxOf(b),
    };
  });
  const laid = new Map(laidNodes.map((nd) => [nd.id, nd]));

  const laidEdges: LaidOutEdge[] = edges.map((e) => {
    const s = laid.get(e.source) as LaidOutNode;
    const t = laid.get(e.target) as LaidOutNode;
    const label = labelBodies.get(e.id);
    if (!label) {
      const [sx, sy] = edgePoint(s, t.x, t.y, 2);
      const [tx, ty] = edgePoint(t, s.x, s.y, 5);
      return {
        ...e,
        path: `M${round(sx)} ${round(sy)}L${round(tx)} ${round(ty)}`,
        labelX: round((s.x + t.x) / 2),
        labelY: round((s.y + t.y) / 2),
        labelLines: [],
        labelBox: null,
      };
    }
    // A quadratic curve through the label: its control point is 2L - (S + T) / 2.
    const cx = 2 * label.x - (s.x + t.x) / 2;
    const cy = 2 * label.y - (s.y + t.y) / 2;
    const [sx, sy] = edgePoint(s, cx, cy, 2);
    const [tx, ty] = edgePoint(t, cx, cy, 6);
    return {
      ...e,
      path: `M${round(sx)} ${round(sy)}Q${round(cx)} ${round(cy)} ${round(tx)} ${round(ty)}`,
      labelX: label.x,
      labelY: label.y,
      labelLines: labelLines.get(e.id) ?? [""],
      labelBox: boxOf(label),
    };
  });

  return { width, height, nodes: laidNodes, edges: laidEdges };
}

/** Where a line from a node's centre towards (x, y) leaves its symbol or box, plus `margin`. */
function edgePoint(node: LaidOutNode, x: number, y: number, margin: number) {
  const vx = x - node.x;
  const vy = y - node.y;
  const d = Math.hypot(vx, vy);
  if (d < 1e-9) return [node.x, node.y] as const;
  let reach = node.r;
  if (node.shape === "box") {
    const hw = (node.box.x1 - node.box.x0) / 2;
    const hh = (node.box.y1 - node.box.y0) / 2;
    reach = Math.min(
      Math.abs(vx) > 1e-9 ? (hw * d) / Math.abs(vx) : Infinity,
      Math.abs(vy) > 1e-9 ? (hh * d) / Math.abs(vy) : Infinity,
    );
  }
  const m = Math.min(reach + margin, d);
  return [node.x + (vx / d) * m, node.y + (vy / d) * m] as const;
}

/**
 * Pushes overlapping boxes apart along the axis where they overlap least, half each way,
 * pass after pass until no two boxes (with `gap` between them) overlap.
 */
export function removeOverlaps(bodies: Body[], gap: number, maxPasses = 2000): void {
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = false;
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        const a = bodies[i] as Body;
        const b = bodies[j] as Body;
        const A = boxOf(a);
        const B = boxOf(b);
        const ox = Math.min(A.x1, B.x1) - Math.max(A.x0, B.x0) + gap;
        const oy = Math.min(A.y1, B.y1) - Math.max(A.y0, B.y0) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const acx = (A.x0 + A.x1) / 2;
        const bcx = (B.x0 + B.x1) / 2;
        const acy = (A.y0 + A.y1) / 2;
        const bcy = (B.y0 + B.y1) / 2;
        if (ox < oy) {
          const dir = acx <= bcx ? -1 : 1;
          a.x += (dir * (ox + 0.5)) / 2;
          b.x -= (dir * (ox + 0.5)) / 2;
        } else {
          const dir = acy <= bcy ? -1 : 1;
          a.y += (dir * (oy + 0.5)) / 2;
          b.y -= (dir * (oy + 0.5)) / 2;
        }
      }
    }
    if (!moved) return;
  }
}
