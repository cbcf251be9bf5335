// One map of the route map page: the offline basemap of a fitted frame, the legs drawn on it,
// the place markers (links to each place's page), crossings, strike sites and the boxes of
// detail maps. Everything drawn comes from the records passed in; the geometry is in
// ~/lib/map-geometry, the basemap in ~/lib/basemap.
import { formatPartialDate, type PlaceSummary } from "@armstrail/domain";
import { hrefFor } from "~/components/links";
import type { Basemap } from "~/lib/basemap";
import {
  type Bounds,
  type Box,
  type RouteRow,
  type StrikeSite,
  placeLabels,
  routePath,
  star,
} from "~/lib/map-geometry";
import { routeModePhrase } from "~/lib/route-words";
import styles from "./route-map.module.css";

export interface MapFigureProps {
  id: string;
  map: Basemap;
  title: string;
  description: string;
  caption: string;
  routes: (RouteRow & { fromPlace: PlaceSummary; toPlace: PlaceSummary })[];
  /** Places marked with a dot and a label: the ends of the drawn legs. */
  places: PlaceSummary[];
  crossings: { place: PlaceSummary; rows: RouteRow[] }[];
  strikes: StrikeSite[];
  /** Country names to write, at points inside each country. */
  countries: { code: string; name: string; lon: number; lat: number }[];
  /** Detail maps whose area this map shows as a box. */
  boxes: { bounds: Bounds; label: string }[];
  /** A line of text in the top corner, e.g. where a leg continues. */
  note?: string | undefined;
}

const names = (xs: { name: string }[]) => xs.map((x) => x.name).join(", ");

function routeTitle(r: RouteRow): string {
  const ships = r.vessels.length ? `, on ${names(r.vessels)}` : "";
  const from = r.from?.name ?? r.fromPlace?.name ?? "?";
  const to = r.to?.name ?? r.toPlace?.name ?? "?";
  return `${routeModePhrase(r.mode)} from ${from} to ${to}${ships} (${r.transfers.join(", ")})`;
}

function Arrow({ id, kind }: { id: string; kind: "sea" | "rail" }) {
  return (
    <marker
      id={`${id}-arrow-${kind}`}
      viewBox="0 0 10 10"
      refX="8"
      refY="5"
      markerWidth="6"
      markerHeight="6"
      orient="auto"
    >
      <path d="M0 0L10 5L0 10Z" className={kind === "sea" ? styles.arrowSea : styles.arrowRail} />
    </marker>
  );
}

export function MapFigure(props: MapFigureProps) {
  const { id, map } = props;
  const at = (p: PlaceSummary) => map.project(p.longitude, p.latitude);
  const countryLabels = props.countries.flatMap((c) => {
    const p = map.countryLabelAt(c.lon, c.lat);
    return p ? [{ ...c, x: p[0], y: p[1] }] : [];
  });
  const countryBoxes: Box[] = countryLabels.map((c) => ({
    x: c.x - c.name.length * 4.5,
    y: c.y - 12,
    width: c.name.length * 9,
    height: 15,
  }));
  // The names of the detail maps' boxes sit above their top-left corners.
  const boxLabels: Box[] = props.boxes.flatMap((b) => {
    const corner = map.project(b.bounds.west, b.bounds.north);
    return corner ? [{ x: corner[0] - 24, y: corner[1] - 20, width: 48, height: 16 }] : [];
  });
  const marked = [
    ...props.places.map((p) => ({ place: p, lines: [p.name], kind: "place" as const })),
    ...props.crossings.map((c) => ({
      place: c.place,
      lines: [c.place.name],
      kind: "crossing" as const,
    })),
    ...props.strikes.map((s) => ({
      place: s.place,
      lines: [
        `${s.place.name}: strike`,
        ...(s.events[0] ? [formatPartialDate(s.events[0].date)] : []),
      ],
      kind: "strike" as const,
    })),
  ].flatMap((m) => {
    const p = at(m.place);
    return p ? [{ ...m, x: p[0], y: p[1] }] : [];
  });
  const labels = new Map(
    placeLabels(
      marked.map((m) => ({ id: `${m.kind}:${m.place.ref}`, x: m.x, y: m.y, lines: m.lines })),
      map,
      [...countryBoxes, ...boxLabels],
    ).map((l) => [l.id, l]),
  );
  const Label = ({ k, lines }: { k: string; lines: string[] }) => {
    const l = labels.get(k);
    if (!l) return null;
    return (
      <text x={l.x} y={l.y} textAnchor={l.anchor} className={styles.placeLabel}>
        {lines.map((line, i) => (
          <tspan key={i} x={l.x} dy={i === 0 ? 0 : 15}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <figure className={styles.figure}>
      <div className={styles.scroll}>
        {/* The map is an image with a name; the places drawn over it are links, which an
            image may not contain, so they sit beside it in the outer SVG. */}
        <svg viewBox={`0 0 ${map.width} ${map.height}`} className={styles.map}>
          <svg
            role="img"
            aria-labelledby={`map-${id}-title map-${id}-desc`}
            width={map.width}
            height={map.height}
            viewBox={`0 0 ${map.width} ${map.height}`}
          >
            <title id={`map-${id}-title`}>{props.title}</title>
            <desc id={`map-${id}-desc`}>{props.description}</desc>
            <defs>
              <clipPath id={`${id}-clip`}>
                <rect width={map.width} height={map.height} />
              </clipPath>
              <Arrow id={id} kind="sea" />
              <Arrow id={id} kind="rail" />
            </defs>
            <rect width={map.width} height={map.height} className={styles.water} />
            <path d={map.land} className={styles.land} />
            <path d={map.highlighted} className={styles.party} />
            <path d={map.borders} className={styles.border} />
            <g aria-hidden="true">
              {countryLabels.map((c) => (
                <text key={c.code} x={c.x} y={c.y} className={styles.country}>
                  {c.name.toUpperCase()}
                </text>
              ))}
            </g>
            {props.boxes.map((b) => {
              const corner = map.project(b.bounds.west, b.bounds.north);
              return (
                <g key={b.label}>
                  <path d={map.outline(b.bounds)} className={styles.frame} />
                  {corner ? (
                    <text
                      x={corner[0] - 4}
                      y={corner[1] - 6}
                      className={styles.note}
                      textAnchor="middle"
                    >
                      {b.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <g clipPath={`url(#${id}-clip)`}>
              {props.routes.map((r) => {
                const sea = r.mode === "sea";
                return (
                  <path
                    key={r.key}
                    // Sea legs bow more than overland ones, which keep close to a straight line.
                    d={routePath(
                      map.projectAnywhere(r.fromPlace.longitude, r.fromPlace.latitude),
                      map.projectAnywhere(r.toPlace.longitude, r.toPlace.latitude),
                      sea ? 0.18 : 0.14,
                    )}
                    className={sea ? styles.routeSea : styles.routeRail}
                    markerEnd={`url(#${id}-arrow-${sea ? "sea" : "rail"})`}
                  >
                    <title>{routeTitle(r)}</title>
                  </path>
                );
              })}
            </g>
            {props.note ? (
              <text x={12} y={24} className={styles.note}>
                {props.note}
              </text>
            ) : null}
          </svg>
          {marked.map((m) => {
            const k = `${m.kind}:${m.place.ref}`;
            if (m.kind === "crossing") {
              const rows = props.crossings.find((c) => c.place.ref === m.place.ref)?.rows ?? [];
              return (
                <a key={k} href={hrefFor(m.place.ref)} className={styles.placeLink}>
                  <title>{`${m.place.name} (${m.place.ref}): ${rows.flatMap((r) => r.labels).join("; ")} (${[...new Set(rows.flatMap((r) => r.transfers))].join(", ")})`}</title>
                  <rect
                    x={m.x - 4.5}
                    y={m.y - 4.5}
                    width={9}
                    height={9}
                    className={styles.crossing}
                  />
                  <Label k={k} lines={m.lines} />
                </a>
              );
            }
            if (m.kind === "strike") {
              const site = props.strikes.find((s) => s.place.ref === m.place.ref);
              return (
                <a key={k} href={hrefFor(m.place.ref)} className={styles.placeLink}>
                  <title>{`${m.place.name} (${m.place.ref}): ${site?.events.map((e) => e.title).join("; ") ?? ""}`}</title>
                  <path d={star(m.x, m.y, 9, 3.8)} className={styles.strike} />
                  <Label k={k} lines={m.lines} />
                </a>
              );
            }
            return (
              <a key={k} href={hrefFor(m.place.ref)} className={styles.placeLink}>
                <title>{`${m.place.name} (${m.place.ref})`}</title>
                <circle cx={m.x} cy={m.y} r={5} className={styles.place} />
                <Label k={k} lines={m.lines} />
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
