import "server-only";
import {
  type ExtendedFeature,
  type ExtendedFeatureCollection,
  type GeoGeometryObjects,
  type GeoProjection,
  geoConicConformal,
  geoContains,
  geoMercator,
  geoPath,
} from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth countries as TopoJSON, shipped with the app: no tile server, no network.
// Read only here, on the server; the browser receives the finished SVG paths.
import countries50m from "world-atlas/countries-50m.json";
import countries110m from "world-atlas/countries-110m.json";

export interface MapFrame {
  /** Western, eastern, southern and northern edges in degrees (east may pass 180). */
  west: number;
  east: number;
  south: number;
  north: number;
  width: number;
  projection: "mercator" | "conic";
  resolution: "50m" | "110m";
  /** Points (longitude, latitude) whose countries are shaded, e.g. the parties' places. */
  highlight: [number, number][];
}

export interface Basemap {
  width: number;
  height: number;
  /** Path data: all land, the shaded countries, and the land borders. */
  land: string;
  highlighted: string;
  borders: string;
  /** Screen position of a point, or null when it is off the map. */
  project: (lon: number, lat: number) => [number, number] | null;
  /** Screen position even outside the frame (for lines that leave the map). */
  projectAnywhere: (lon: number, lat: number) => [number, number];
  /** Path data of the outline of another frame, e.g. to show where a detail map sits. */
  outline: (frame: Pick<MapFrame, "west" | "east" | "south" | "north">) => string;
  /**
   * Where to write the name of the country a point lies in: the middle of the part of that
   * country inside the map, or null when the point is in no country (at sea) or off the map.
   */
  countryLabelAt: (lon: number, lat: number) => [number, number] | null;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const topologies: Record<MapFrame["resolution"], Countries> = {
  "50m": countries50m as unknown as Countries,
  "110m": countries110m as unknown as Countries,
};

function frameOutline(f: Pick<MapFrame, "west" | "east" | "south" | "north">): GeoGeometryObjects {
  const coordinates: [number, number][] = [];
  for (let lon = f.west; lon <= f.east; lon += 1) {
    coordinates.push([lon, f.south], [lon, f.north]);
  }
  for (let lat = f.south; lat <= f.north; lat += 1) {
    coordinates.push([f.west, lat], [f.east, lat]);
  }
  coordinates.push([f.east, f.south], [f.east, f.north]);
  return { type: "MultiPoint", coordinates };
}

// Both projections are centred on the frame's middle meridian, so a frame across the
// antimeridian (east edge past 180) draws as one piece.
function makeProjection(frame: MapFrame): GeoProjection {
  const mid = (frame.west + frame.east) / 2;
  if (frame.projection === "mercator") return geoMercator().rotate([-mid, 0]);
  const span = frame.north - frame.south;
  return geoConicConformal()
    .parallels([frame.south + span / 6, frame.north - span / 6])
    .rotate([-mid, 0]);
}

const cache = new Map<string, Basemap>();

/** Renders the countries inside a frame to SVG path data, once per frame per process. */
export function basemap(frame: MapFrame): Basemap {
  const key = JSON.stringify(frame);
  const hit = cache.get(key);
  if (hit) return hit;

  const outline = frameOutline(frame);
  const projection = makeProjection(frame).fitWidth(frame.width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1 - y0);
  projection.fitSize([frame.width, height], outline);
  const free = projection.clipExtent(null);
  const toScreen = (lon: number, lat: number): [number, number] => {
    const p = free([lon, lat]) ?? [NaN, NaN];
    return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  };
  projection.clipExtent([
    [-2, -2],
    [frame.width + 2, height + 2],
  ]);
  const path = geoPath(projection).digits(1);

  const topology = topologies[frame.resolution];
  const countries = feature(topology, topology.objects.countries) as ExtendedFeatureCollection<
    ExtendedFeature & { id?: string | number }
  >;
  const shaded: ExtendedFeatureCollection = {
    type: "FeatureCollection",
    features: countries.features.filter((f) =>
      frame.highlight.some((point) => geoContains(f, point)),
    ),
  };
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

  const map: Basemap = {
    width: frame.width,
    height,
    land: path(countries) ?? "",
    highlighted: path(shaded) ?? "",
    borders: path(borders) ?? "",
    project: (lon, lat) => {
      const [x, y] = toScreen(lon, lat);
      return x >= 0 && x <= frame.width && y >= 0 && y <= height ? [x, y] : null;
    },
    projectAnywhere: toScreen,
    outline: (f) => {
      const ring: [number, number][] = [];
      for (let lon = f.west; lon <= f.east; lon += 0.5) ring.push(toScreen(lon, f.south));
      for (let lon = f.east; lon >= f.west; lon -= 0.5) ring.push(toScreen(lon, f.north));
      return `M${ring.map(([x, y]) => `${x} ${y}`).join("L")}Z`;
    },
    countryLabelAt: (lon, lat) => {
      const country = countries.features.find((f) => geoContains(f, [lon, lat]));
      if (!country) return null;
      const [x, y] = path.centroid(country);
      return Number.isFinite(x) &&
        Number.isFinite(y) &&
        x >= 0 &&
        x <= frame.width &&
        y >= 0 &&
        y <= height
        ? [Math.round(x), Math.round(y)]
        : null;
    },
  };
  cache.set(key, map);
  return map;
}
