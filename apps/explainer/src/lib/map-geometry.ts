// The maths behind the route map: which frames to draw for a set of places (fitted to them,
// with padding, a minimum span and sense across the antimeridian), which routes and strike
// sites the published records give, the curve of a route, and where each label goes. Pure
// functions only, so they can be tested without rendering anything; every place and
// coordinate comes from the data.
import type { Event, PlaceSummary, PublicClaim, RouteMode, Transfer } from "@armstrail/domain";

export interface LonLat {
  lon: number;
  lat: number;
}

/** A frame in degrees. `east` may exceed 180 when the frame crosses the antimeridian. */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Longitude in [-180, 180). */
export function normalizeLon(lon: number): number {
  const l = (((lon + 180) % 360) + 360) % 360;
  return l - 180;
}

/**
 * The shortest arc of longitude that holds every point: the circle minus its largest empty
 * gap. Points at 170 and -170 give 170..190, not -170..170.
 */
export function longitudeArc(lons: readonly number[]): { west: number; east: number } {
  const sorted = [...new Set(lons.map(normalizeLon))].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error("longitudeArc needs at least one longitude");
  if (sorted.length === 1) return { west: sorted[0]!, east: sorted[0]! };
  let gapAfter = sorted.length - 1;
  let widest = sorted[0]! + 360 - sorted.at(-1)!;
  for (let i = 0; i < sorted.length - 1; i++) {
    const gap = sorted[i + 1]! - sorted[i]!;
    if (gap > widest) {
      widest = gap;
      gapAfter = i;
    }
  }
  const west = sorted[(gapAfter + 1) % sorted.length]!;
  const east = sorted[gapAfter]!;
  return { west, east: east < west ? east + 360 : east };
}

export interface FitOptions {
  /** Share of the span added on each side. */
  padding?: number;
  /** Smallest span in degrees of latitude (and of longitude, scaled): one port still shows its coast. */
  minSpan?: number;
  /** Widest and narrowest shape allowed, as width over height on the ground. */
  maxAspect?: number;
  minAspect?: number;
}

const cosDeg = (d: number) => Math.cos((d * Math.PI) / 180);
/** Mercator cannot show the poles; frames stop short of them. */
const LAT_LIMIT = 80;

/** A frame around the points, padded, never smaller than `minSpan`, of a readable shape. */
export function fitFrame(points: readonly LonLat[], options: FitOptions = {}): Bounds {
  const { padding = 0.15, minSpan = 3, maxAspect = 2.6, minAspect = 1.3 } = options;
  if (points.length === 0) throw new Error("fitFrame needs at least one point");
  const arc = longitudeArc(points.map((p) => p.lon));
  const lats = points.map((p) => p.lat);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  let { west, east } = arc;
  const mid = (south + north) / 2;
  // Width on the ground shrinks with the cosine of latitude; shape rules compare ground spans.
  const k = Math.max(cosDeg(mid), 0.2);

  let latSpan = Math.max(north - south, minSpan);
  let lonSpan = Math.max(east - west, minSpan / k);
  latSpan *= 1 + 2 * padding;
  lonSpan *= 1 + 2 * padding;
  const aspect = (lonSpan * k) / latSpan;
  if (aspect < minAspect) lonSpan = (latSpan * minAspect) / k;
  if (aspect > maxAspect) latSpan = (lonSpan * k) / maxAspect;

  const latMid = (south + north) / 2;
  const lonMid = (west + east) / 2;
  south = latMid - latSpan / 2;
  north = latMid + latSpan / 2;
  // Keep the frame on the globe: shift it back from a pole rather than cut the points off.
  if (north > LAT_LIMIT) {
    south -= north - LAT_LIMIT;
    north = LAT_LIMIT;
  }
  if (south < -LAT_LIMIT) {
    north += -LAT_LIMIT - south;
    south = -LAT_LIMIT;
  }
  south = Math.max(south, -LAT_LIMIT);
  north = Math.min(north, LAT_LIMIT);
  if (lonSpan >= 360) return { west: -180, east: 180, south, north };
  west = lonMid - lonSpan / 2;
  east = lonMid + lonSpan / 2;
  // Report the west edge in [-180, 180); the east edge follows it (and may pass 180).
  const shift = normalizeLon(west) - west;
  return { west: west + shift, east: east + shift, south, north };
}

/** Whether a point lies in a frame, whichever way round the globe its longitude is written. */
export function inBounds(b: Bounds, p: LonLat): boolean {
  if (p.lat < b.south || p.lat > b.north) return false;
  const lon = normalizeLon(p.lon);
  return [lon, lon + 360, lon - 360].some((l) => l >= b.west && l <= b.east);
}

/** Ground distance in degrees of latitude (equirectangular; good enough to group points). */
export function groundDistance(a: LonLat, b: LonLat): number {
  const dLon = Math.abs(normalizeLon(a.lon - b.lon)) * cosDeg((a.lat + b.lat) / 2);
  return Math.hypot(dLon, a.lat - b.lat);
}

/** Groups points that lie within `distance` of one another (single linkage), in input order. */
export function clusterPoints<P extends LonLat>(points: readonly P[], distance: number): P[][] {
  const group = points.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (groundDistance(points[i]!, points[j]!) <= distance) group[root(j)] = root(i);
  const out = new Map<number, P[]>();
  points.forEach((p, i) => out.set(root(i), [...(out.get(root(i)) ?? []), p]));
  return [...out.values()];
}

export interface FramePlan<P extends LonLat> {
  /** Every point. */
  overview: Bounds;
  /** Close groups that would crowd one another on the overview, each with a frame of its own. */
  details: { bounds: Bounds; points: P[] }[];
}

/**
 * The frames for a set of places: one around all of them and, where several would fall
 * within `crowd` pixels of one another on that overview (of `width` pixels), a detail frame
 * around each such group.
 */
export function planFrames<P extends LonLat>(
  points: readonly P[],
  { width = 800, crowd = 28 }: { width?: number; crowd?: number } = {},
): FramePlan<P> {
  const overview = fitFrame(points);
  const midLat = (overview.south + overview.north) / 2;
  const groundWidth = (overview.east - overview.west) * Math.max(cosDeg(midLat), 0.2);
  const perPixel = groundWidth / width;
  const details = clusterPoints(points, crowd * perPixel)
    .filter((g) => new Set(g.map((p) => `${p.lon},${p.lat}`)).size > 1)
    .map((g) => ({ bounds: fitFrame(g, { padding: 0.3 }), points: g }));
  return { overview, details };
}

/** Which projection and outline detail suit a frame: conic for wide ones, Mercator for close. */
export function frameStyle(b: Bounds): {
  projection: "mercator" | "conic";
  resolution: "50m" | "110m";
} {
  const wide = b.east - b.west > 30;
  return { projection: wide ? "conic" : "mercator", resolution: wide ? "110m" : "50m" };
}

// ---------------------------------------------------------------- routes

type Named = { ref: string; name: string };

/** One drawn or listed leg: legs shared by several transfers are merged. */
export interface RouteRow {
  key: string;
  mode: RouteMode;
  from: Named | null;
  to: Named | null;
  fromPlace: PlaceSummary | null;
  toPlace: PlaceSummary | null;
  /** A place the leg passes through, such as a border crossing. */
  viaPlace: PlaceSummary | null;
  vessels: Named[];
  transfers: string[];
  labels: string[];
}

/** The route legs of the transfers, merged where the same leg serves several transfers. */
export function collectRoutes(transfers: readonly Transfer[]): RouteRow[] {
  const rows = new Map<string, RouteRow>();
  for (const t of transfers) {
    for (const leg of [...t.routeLegs].sort((a, b) => a.sequence - b.sequence)) {
      const end = (a: Named | null, p: PlaceSummary | null) => a?.ref ?? p?.ref ?? "";
      const key = [
        leg.mode,
        end(leg.from, leg.fromPlace),
        end(leg.to, leg.toPlace),
        leg.viaPlace?.ref ?? (leg.from || leg.to ? "" : leg.label),
      ].join("|");
      const row = rows.get(key) ?? {
        key,
        mode: leg.mode,
        from: leg.from,
        to: leg.to,
        fromPlace: leg.fromPlace,
        toPlace: leg.toPlace,
        viaPlace: leg.viaPlace,
        vessels: [],
        transfers: [],
        labels: [],
      };
      for (const v of leg.vessels)
        if (!row.vessels.some((x) => x.ref === v.ref)) row.vessels.push(v);
      if (!row.transfers.includes(t.ref)) row.transfers.push(t.ref);
      if (!row.labels.includes(leg.label)) row.labels.push(leg.label);
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

/** A leg can be drawn when both of its ends have a place. */
export const drawable = (
  r: RouteRow,
): r is RouteRow & { fromPlace: PlaceSummary; toPlace: PlaceSummary } =>
  r.fromPlace !== null && r.toPlace !== null && r.fromPlace.ref !== r.toPlace.ref;

/** A strike site with the events there, the claims about them and the transfers those claims concern. */
export interface StrikeSite {
  place: PlaceSummary;
  events: Event[];
  claims: PublicClaim[];
  transfers: Transfer[];
}

/** Strike sites come from events placed at a place of kind strike site. */
export function findStrikeSites(
  events: readonly Event[],
  claims: readonly PublicClaim[],
  transfers: readonly Transfer[],
): StrikeSite[] {
  const sites = new Map<string, StrikeSite>();
  for (const e of events) {
    if (e.place?.kind !== "strike_site") continue;
    const site = sites.get(e.place.ref) ?? {
      place: e.place,
      events: [],
      claims: [],
      transfers: [],
    };
    site.events.push(e);
    sites.set(e.place.ref, site);
  }
  for (const site of sites.values()) {
    const refs = new Set(site.events.map((e) => e.ref));
    site.claims = claims
      .filter((c) => c.subjects.some((s) => s.kind === "event" && refs.has(s.ref)))
      .sort((a, b) => (a.ref < b.ref ? -1 : 1));
    const named = new Set(
      site.claims.flatMap((c) => c.subjects.filter((s) => s.kind === "transfer").map((s) => s.ref)),
    );
    site.transfers = transfers.filter((t) => named.has(t.ref));
  }
  return [...sites.values()];
}

/** Every place the routes and strike sites use, once each, in order of first use. */
export function placesInUse(routes: readonly RouteRow[], sites: readonly StrikeSite[]) {
  const out = new Map<string, PlaceSummary>();
  for (const r of routes)
    for (const p of [r.fromPlace, r.toPlace, r.viaPlace]) if (p) out.set(p.ref, p);
  for (const s of sites) out.set(s.place.ref, s.place);
  return [...out.values()].map((p) => ({ ...p, lon: p.longitude, lat: p.latitude }));
}

// ---------------------------------------------------------------- drawing

type XY = [number, number];
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A route as a gentle curve bowing to the right of its direction, stopped `gap` pixels short
 * of its end so that an arrow head shows beside the marker there.
 */
export function routePath(a: XY, b: XY, bow: number, gap = 7): string {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const end: XY =
    len > gap * 2 ? [b[0] - ((b[0] - a[0]) / len) * gap, b[1] - ((b[1] - a[1]) / len) * gap] : b;
  const [x1, y1] = a;
  const [x2, y2] = end;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bow;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bow;
  return `M${r1(x1)} ${r1(y1)}Q${r1(cx)} ${r1(cy)} ${r1(x2)} ${r1(y2)}`;
}

/** A small burst shape for a strike. */
export function star(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 16; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI * i) / 8 - Math.PI / 2;
    points.push(`${r1(cx + r * Math.cos(a))} ${r1(cy + r * Math.sin(a))}`);
  }
  return `M${points.join("L")}Z`;
}

// ---------------------------------------------------------------- labels

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The marker the label names, in pixels. */
  x: number;
  y: number;
  lines: string[];
}

export interface PlacedLabel {
  id: string;
  /** Where the text starts: the baseline of the first line. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

const CHAR = 6.8;
const LINE = 15;
const GAP = 9;

function candidates(req: LabelRequest): Omit<PlacedLabel, "id">[] {
  const width = Math.max(...req.lines.map((l) => l.length)) * CHAR;
  const height = req.lines.length * LINE;
  const at = (dx: number, dy: number, anchor: PlacedLabel["anchor"]) => {
    const left =
      anchor === "start"
        ? req.x + dx
        : anchor === "end"
          ? req.x + dx - width
          : req.x + dx - width / 2;
    const top = req.y + dy - LINE + 3;
    return { x: req.x + dx, y: req.y + dy, anchor, box: { x: left, y: top, width, height } };
  };
  return [
    at(GAP, 5, "start"),
    at(-GAP, 5, "end"),
    at(GAP - 2, -GAP, "start"),
    at(-GAP + 2, -GAP, "end"),
    at(GAP - 2, GAP + 10, "start"),
    at(-GAP + 2, GAP + 10, "end"),
    at(0, -GAP - 3, "middle"),
    at(0, GAP + 13, "middle"),
  ];
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Places each label beside its marker where it covers the fewest other labels and markers
 * and stays inside the map; the first position that is clear wins, so ties read the same way
 * every time.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: { width: number; height: number },
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const markers: Box[] = requests.map((r) => ({ x: r.x - 6, y: r.y - 6, width: 12, height: 12 }));
  const taken: Box[] = [...obstacles, ...markers];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    let best: Omit<PlacedLabel, "id"> | null = null;
    let bestCost = Infinity;
    for (const c of candidates(req)) {
      const b = c.box;
      const outside =
        Math.max(0, -b.x) +
        Math.max(0, b.x + b.width - frame.width) +
        Math.max(0, -b.y) +
        Math.max(0, b.y + b.height - frame.height);
      const cost = taken.reduce((sum, t) => sum + overlap(b, t), 0) + outside * 1000;
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    placed.push({ id: req.id, ...best! });
    taken.push(best!.box);
  }
  return placed;
}
