export const dynamic = "force-dynamic";

import {
  type Event,
  type PublicClaim,
  type RouteMode,
  type Transfer,
  comparePartialDates,
  formatPartialDate,
  routeModeWords,
} from "@armstrail/domain";
import Link from "next/link";
import { Fragment } from "react";
import { PartialDateText } from "~/components/date";
import { InvestigationNav } from "~/components/investigation-nav";
import { RefLink, hrefFor } from "~/components/links";
import { type Basemap, type MapFrame, basemap } from "~/lib/basemap";
import { pageMetadata } from "~/lib/metadata";
import {
  type Place,
  actorPlaces,
  isoNumeric,
  namedCrossings,
  regionLabels,
  strikePlaces,
} from "~/lib/places";
import { itemCategoryPhrase, routeModePhrase } from "~/lib/route-words";
import { all, data } from "~/server/data";
import { requireScope } from "~/server/investigation";
import styles from "./map.module.css";

export const metadata = pageMetadata({
  title: "Map of the routes",
  description:
    "The sea and rail routes of North Korean munitions to Russia, from Rajin to the Russian Far East and on to Tikhoretsk, and the missile strike on Kharkiv, on a map that works offline.",
  path: "/map",
});

const EAST = { west: 124, east: 138, south: 36.5, north: 46 };
const EURASIA = { west: 28, east: 146, south: 36, north: 62 };

type Actor = { ref: string; name: string };

/** One drawn or listed leg: legs shared by several transfers are merged. */
interface RouteRow {
  key: string;
  mode: RouteMode;
  from: Actor | null;
  to: Actor | null;
  vessels: Actor[];
  transfers: string[];
  labels: string[];
  crossing: (typeof namedCrossings)[number] | null;
}

function collectRoutes(transfers: Transfer[]): RouteRow[] {
  const rows = new Map<string, RouteRow>();
  for (const t of transfers) {
    for (const leg of [...t.routeLegs].sort((a, b) => a.sequence - b.sequence)) {
      const crossing =
        !leg.from || !leg.to ? (namedCrossings.find((c) => c.match.test(leg.label)) ?? null) : null;
      const key = [
        leg.mode,
        leg.from?.ref ?? "",
        leg.to?.ref ?? "",
        crossing?.key ?? leg.label,
      ].join("|");
      const row = rows.get(key) ?? {
        key,
        mode: leg.mode,
        from: leg.from,
        to: leg.to,
        vessels: [],
        transfers: [],
        labels: [],
        crossing,
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

const drawable = (r: RouteRow) =>
  r.from !== null && r.to !== null && r.from.ref in actorPlaces && r.to.ref in actorPlaces;

interface Strike {
  place: (typeof strikePlaces)[number];
  claims: PublicClaim[];
  event: Event | null;
  transfers: Transfer[];
}

/** Strikes come from the claims and events that name the place, and the missile transfers they concern. */
function findStrikes(claims: PublicClaim[], events: Event[], transfers: Transfer[]): Strike[] {
  return strikePlaces.flatMap((place) => {
    const about = claims
      .filter((c) => place.match.test(c.statement))
      .sort((a, b) => (a.ref < b.ref ? -1 : 1));
    const eventRefs = new Set(
      about.flatMap((c) => c.subjects.filter((s) => s.kind === "event").map((s) => s.ref)),
    );
    const event =
      events
        .filter((e) => eventRefs.has(e.ref) && place.match.test(e.title))
        .sort((a, b) => comparePartialDates(a.date, b.date))[0] ?? null;
    const transferRefs = new Set(
      about.flatMap((c) => c.subjects.filter((s) => s.kind === "transfer").map((s) => s.ref)),
    );
    const missiles = transfers.filter(
      (t) => transferRefs.has(t.ref) && t.itemCategory === "ballistic_missiles",
    );
    return about.length > 0 && missiles.length > 0
      ? [{ place, claims: about, event, transfers: missiles }]
      : [];
  });
}

function names(actors: Actor[]) {
  return actors.map((a) => a.name).join(", ");
}

function routeTitle(r: RouteRow): string {
  const ships = r.vessels.length ? `, on ${names(r.vessels)}` : "";
  return `${routeModePhrase(r.mode)} from ${r.from?.name ?? "?"} to ${r.to?.name ?? "?"}${ships} (${r.transfers.join(", ")})`;
}

/** A route as a gentle curve bowing to the right of its direction (seaward for these legs). */
function curve(a: [number, number], b: [number, number], bow: number): string {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const cx = mx - dy * bow;
  const cy = my + dx * bow;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)} ${r(y1)}Q${r(cx)} ${r(cy)} ${r(x2)} ${r(y2)}`;
}

function PlaceLabel({
  x,
  y,
  place,
  text,
  fallback,
}: {
  x: number;
  y: number;
  place: Place;
  text?: string;
  fallback?: Place["label"];
}) {
  const label = fallback ?? place.label ?? { dx: 8, dy: -8, anchor: "start" as const };
  return (
    <text x={x + label.dx} y={y + label.dy} textAnchor={label.anchor} className={styles.placeLabel}>
      {text ?? place.name}
    </text>
  );
}

function Regions({ map, which }: { map: Basemap; which: "east" | "eurasia" }) {
  return (
    <g aria-hidden="true">
      {regionLabels
        .filter((l) => l.map === which)
        .map((l) => {
          const p = map.project(l.lon, l.lat);
          return p ? (
            <text
              key={l.name}
              x={p[0]}
              y={p[1]}
              className={l.kind === "sea" ? styles.sea : styles.country}
            >
              {l.name}
            </text>
          ) : null;
        })}
    </g>
  );
}

function BaseLayers({ map, id }: { map: Basemap; id: string }) {
  return (
    <>
      <defs>
        <clipPath id={`${id}-clip`}>
          <rect width={map.width} height={map.height} />
        </clipPath>
        <marker
          id={`${id}-arrow-sea`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0 0L10 5L0 10Z" className={styles.arrowSea} />
        </marker>
        <marker
          id={`${id}-arrow-rail`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0 0L10 5L0 10Z" className={styles.arrowRail} />
        </marker>
      </defs>
      <rect width={map.width} height={map.height} className={styles.water} />
      <path d={map.land} className={styles.land} />
      <path d={map.highlighted} className={styles.party} />
      <path d={map.borders} className={styles.border} />
    </>
  );
}

function PlaceMarker({
  map,
  actor,
  fallback,
  text,
}: {
  map: Basemap;
  actor: Actor;
  fallback?: Place["label"];
  text?: string;
}) {
  const place = actorPlaces[actor.ref];
  if (!place) return null;
  const p = map.project(place.lon, place.lat);
  if (!p) return null;
  return (
    <a href={hrefFor(actor.ref)} className={styles.placeLink}>
      <title>{`${actor.name} (${actor.ref})`}</title>
      <circle cx={p[0]} cy={p[1]} r={5} className={styles.place} />
      <PlaceLabel x={p[0]} y={p[1]} place={place} text={text} fallback={fallback} />
    </a>
  );
}

function RouteLine({ map, row, id }: { map: Basemap; row: RouteRow; id: string }) {
  const from = row.from ? actorPlaces[row.from.ref] : undefined;
  const to = row.to ? actorPlaces[row.to.ref] : undefined;
  if (!from || !to) return null;
  const a = map.projectAnywhere(from.lon, from.lat);
  const b = map.projectAnywhere(to.lon, to.lat);
  const sea = row.mode === "sea";
  // Stop short of the destination marker so the arrow head shows.
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const end: [number, number] =
    len > 12 ? [b[0] - ((b[0] - a[0]) / len) * 7, b[1] - ((b[1] - a[1]) / len) * 7] : b;
  return (
    <path
      // Sea legs bow seaward; the long rail leg bows north, to keep to Russia's side.
      d={curve(a, end, sea ? 0.18 : 0.14)}
      className={sea ? styles.routeSea : styles.routeRail}
      markerEnd={`url(#${id}-arrow-${sea ? "sea" : "rail"})`}
    >
      <title>{routeTitle(row)}</title>
    </path>
  );
}

/**
 * The map of every investigation (/map), and of one: /investigations/<slug>/map serves this
 * same page with its slug, and every read is then limited to that investigation.
 */
export default async function MapPage({ params }: { params?: Promise<{ slug?: string }> }) {
  const slug = params ? (await params).slug : undefined;
  const scope = slug === undefined ? null : await requireScope(slug);
  const investigation = scope?.slug;
  const [transfers, claims, events] = await Promise.all([
    all((cursor) => data.transfers({ limit: 100, cursor, investigation })),
    all((cursor) => data.claims({ limit: 100, cursor, investigation })),
    all((cursor) => data.events({ limit: 100, cursor, investigation })),
  ]);
  transfers.sort((a, b) => (a.ref < b.ref ? -1 : 1));

  const routes = collectRoutes(transfers);
  const drawn = routes.filter(drawable);
  const crossings = routes.filter((r) => r.crossing !== null);
  const strikes = findStrikes(claims, events, transfers);

  const partyCountries = [
    ...new Set(
      transfers.flatMap((t) => [t.supplier?.country, t.recipient.country]).filter((c) => c != null),
    ),
  ]
    .map((c) => isoNumeric[c])
    .filter((c) => c !== undefined);

  const eastFrame: MapFrame = {
    ...EAST,
    width: 800,
    projection: "mercator",
    resolution: "50m",
    highlight: partyCountries,
  };
  const eurasiaFrame: MapFrame = {
    ...EURASIA,
    width: 800,
    projection: "conic",
    resolution: "110m",
    highlight: partyCountries,
  };
  const east = basemap(eastFrame);
  const eurasia = basemap(eurasiaFrame);

  // Which places each map marks: ends of drawn legs that fall inside it.
  const ends = new Map<string, Actor>();
  for (const r of drawn) for (const a of [r.from, r.to]) if (a) ends.set(a.ref, a);
  const inFrame = (map: Basemap, ref: string) => {
    const p = actorPlaces[ref];
    return p ? map.project(p.lon, p.lat) !== null : false;
  };
  const eastEnds = [...ends.values()].filter((a) => inFrame(east, a.ref));
  const eastRoutes = drawn.filter(
    (r) => r.from && r.to && inFrame(east, r.from.ref) && inFrame(east, r.to.ref),
  );
  // On the wide map, only the legs that cross it; the short sea legs are the first map's.
  const longRoutes = drawn.filter(
    (r) => r.from && r.to && !(inFrame(east, r.from.ref) && inFrame(east, r.to.ref)),
  );
  const longEnds = [...ends.values()].filter(
    (a) =>
      longRoutes.some((r) => r.from?.ref === a.ref || r.to?.ref === a.ref) &&
      inFrame(eurasia, a.ref),
  );
  const frameBox = eurasia.outline(EAST);
  const frameTop = eurasia.project(EAST.west, EAST.north);

  const legWords = (rows: RouteRow[]) =>
    rows
      .map((r) => `${routeModePhrase(r.mode)} from ${r.from?.name ?? "?"} to ${r.to?.name ?? "?"}`)
      .join("; ");
  const crossingNames = [...new Set(crossings.map((r) => r.crossing?.name ?? ""))];
  const eastDesc = [
    eastRoutes.length ? `Legs drawn: ${legWords(eastRoutes)}.` : "No legs with both ends named.",
    crossingNames.length ? `Marked: the ${crossingNames.join(" and the ")}.` : "",
    "The table after the maps lists every route.",
  ]
    .filter(Boolean)
    .join(" ");
  const eurasiaDesc = [
    longRoutes.length ? `Legs drawn: ${legWords(longRoutes)}.` : "",
    strikes.length
      ? `Marked: the missile strike on ${strikes.map((s) => s.place.name).join(" and ")}.`
      : "",
    "The box shows the area of map 1. The table after the maps lists every route.",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="map" link={Link} /> : null}
      <h1>Map of the routes</h1>
      <p>
        The routes the sources describe for North Korean munitions sent to Russia, drawn from the
        published transfers. Lines join the places named in the data; they are schematic and do not
        trace the actual sea lanes or railway. Select a place to open its page. A table after the
        maps lists every route in words.
      </p>

      <ul className={styles.legend} aria-label="Key to the maps">
        <li>
          <svg viewBox="0 0 40 14" width="40" height="14" aria-hidden="true">
            <path d="M2 7H36" className={styles.routeSea} />
          </svg>
          By sea (solid)
        </li>
        <li>
          <svg viewBox="0 0 40 14" width="40" height="14" aria-hidden="true">
            <path d="M2 7H36" className={styles.routeRail} />
          </svg>
          By rail (dashed)
        </li>
        <li>
          <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" className={styles.place} />
          </svg>
          Port or depot
        </li>
        <li>
          <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
            <rect x="2" y="2" width="10" height="10" className={styles.crossing} />
          </svg>
          Border crossing
        </li>
        <li>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d={star(8, 8, 7.5, 3.2)} className={styles.strike} />
          </svg>
          Missile strike
        </li>
        <li>
          <svg viewBox="0 0 20 14" width="20" height="14" aria-hidden="true">
            <rect x="1" y="1" width="18" height="12" className={styles.party} />
          </svg>
          Supplier or recipient state
        </li>
      </ul>

      <figure className={styles.figure}>
        <div className={styles.scroll}>
          {/* The map is an image with a name; the places drawn over it are links, which an
              image may not contain, so they sit beside it in the outer SVG. */}
          <svg viewBox={`0 0 ${east.width} ${east.height}`} className={styles.map}>
            <svg
              role="img"
              aria-labelledby="map-east-title map-east-desc"
              width={east.width}
              height={east.height}
              viewBox={`0 0 ${east.width} ${east.height}`}
            >
              <title id="map-east-title">
                Map of north-east Asia: the routes from Rajin to the Russian Far East
              </title>
              <desc id="map-east-desc">{eastDesc}</desc>
              <BaseLayers map={east} id="east" />
              <Regions map={east} which="east" />
              <g clipPath="url(#east-clip)">
                {eastRoutes.map((r) => (
                  <RouteLine key={r.key} map={east} row={r} id="east" />
                ))}
              </g>
              {crossings.map((r) => {
                const c = r.crossing;
                const p = c ? east.project(c.lon, c.lat) : null;
                if (!c || !p) return null;
                return (
                  <g key={r.key}>
                    <title>{`${c.name}: ${r.labels.join("; ")} (${r.transfers.join(", ")})`}</title>
                    <rect
                      x={p[0] - 4.5}
                      y={p[1] - 4.5}
                      width={9}
                      height={9}
                      className={styles.crossing}
                    />
                    <PlaceLabel x={p[0]} y={p[1]} place={c} />
                  </g>
                );
              })}
              {longRoutes.some((r) => r.from && inFrame(east, r.from.ref)) ? (
                <text x={12} y={24} className={styles.note}>
                  {`Rail on from ${longRoutes
                    .filter((r) => r.from && inFrame(east, r.from.ref))
                    .map(
                      (r) =>
                        `${actorPlaces[r.from?.ref ?? ""]?.name ?? ""} to ${actorPlaces[r.to?.ref ?? ""]?.name ?? ""}`,
                    )
                    .join(", ")}: see map 2`}
                </text>
              ) : null}
            </svg>
            {eastEnds.map((a) => (
              <PlaceMarker key={a.ref} map={east} actor={a} />
            ))}
          </svg>
        </div>
        <figcaption>
          Map 1. North-east Asia. Sea legs from Rajin (Najin) in North Korea to Russian ports on
          Peter the Great Gulf, and the rail crossing on the Tumen river. The countries that
          supplied or received the goods are shaded.
        </figcaption>
      </figure>

      <figure className={styles.figure}>
        <div className={styles.scroll}>
          {/* The map is an image with a name; the places drawn over it are links, which an
              image may not contain, so they sit beside it in the outer SVG. */}
          <svg viewBox={`0 0 ${eurasia.width} ${eurasia.height}`} className={styles.map}>
            <svg
              role="img"
              aria-labelledby="map-eurasia-title map-eurasia-desc"
              width={eurasia.width}
              height={eurasia.height}
              viewBox={`0 0 ${eurasia.width} ${eurasia.height}`}
            >
              <title id="map-eurasia-title">
                Map of Russia and Ukraine: the rail route to Tikhoretsk and the strike on Kharkiv
              </title>
              <desc id="map-eurasia-desc">{eurasiaDesc}</desc>
              <BaseLayers map={eurasia} id="eurasia" />
              <Regions map={eurasia} which="eurasia" />
              <path d={frameBox} className={styles.frame} />
              {frameTop ? (
                <text
                  x={frameTop[0] - 4}
                  y={frameTop[1] - 6}
                  className={styles.note}
                  textAnchor="middle"
                >
                  Map 1
                </text>
              ) : null}
              <g clipPath="url(#eurasia-clip)">
                {longRoutes.map((r) => (
                  <RouteLine key={r.key} map={eurasia} row={r} id="eurasia" />
                ))}
              </g>
            </svg>
            {longEnds.map((a) => (
              <PlaceMarker
                key={a.ref}
                map={eurasia}
                actor={a}
                fallback={inFrame(east, a.ref) ? { dx: -10, dy: 16, anchor: "end" } : undefined}
              />
            ))}
            {strikes.map((s) => {
              const p = eurasia.project(s.place.lon, s.place.lat);
              const claim = s.claims[0];
              if (!p || !claim) return null;
              const label = s.place.label ?? { dx: 10, dy: -8, anchor: "start" as const };
              return (
                <a key={s.place.key} href={hrefFor(claim.ref)} className={styles.placeLink}>
                  <title>{`${claim.ref}: ${claim.statement}`}</title>
                  <path d={star(p[0], p[1], 9, 3.8)} className={styles.strike} />
                  <text
                    x={p[0] + label.dx}
                    y={p[1] + label.dy}
                    textAnchor={label.anchor}
                    className={styles.placeLabel}
                  >
                    <tspan>{s.place.name}: missile strike</tspan>
                    {s.event ? (
                      <tspan x={p[0] + label.dx} dy={15}>
                        {formatPartialDate(s.event.date)}
                      </tspan>
                    ) : null}
                  </text>
                </a>
              );
            })}
          </svg>
        </div>
        <figcaption>
          Map 2. From the Russian Far East to Ukraine. The rail leg to the ammunition depot at
          Tikhoretsk, and the place where a North Korean missile struck. The box marks the area of
          map 1.
        </figcaption>
      </figure>

      <h2 id="routes">The routes in words</h2>
      <div
        className="table-scroll"
        role="region"
        aria-label="Table (scrolls sideways on narrow screens)"
        tabIndex={0}
      >
        <table className={styles.table}>
          <caption>Every route leg in the published transfers</caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              <th scope="col">Ships</th>
              <th scope="col">Transfers</th>
              <th scope="col">On the map</th>
            </tr>
          </thead>
          <tbody>
            {routes.map((r) => (
              <tr key={r.key}>
                <td>
                  <strong>{routeModeWords[r.mode]}:</strong>{" "}
                  {r.from || r.to ? (
                    <>
                      from{" "}
                      {r.from ? (
                        <RefLink refId={r.from.ref}>{r.from.name}</RefLink>
                      ) : (
                        "a place not named"
                      )}{" "}
                      to{" "}
                      {r.to ? <RefLink refId={r.to.ref}>{r.to.name}</RefLink> : "a place not named"}
                    </>
                  ) : r.crossing ? (
                    `across the ${r.crossing.name}`
                  ) : (
                    "places not named"
                  )}
                  <br />
                  <span className="muted">{r.labels.join("; ")}</span>
                </td>
                <td>
                  {r.vessels.length ? (
                    r.vessels.map((v, i) => (
                      <Fragment key={v.ref}>
                        {i > 0 ? ", " : ""}
                        <RefLink refId={v.ref}>{v.name}</RefLink>
                      </Fragment>
                    ))
                  ) : (
                    <span className="muted">none named</span>
                  )}
                </td>
                <td>
                  {r.transfers.map((ref, i) => {
                    const t = transfers.find((x) => x.ref === ref);
                    return (
                      <Fragment key={ref}>
                        {i > 0 ? ", " : ""}
                        <RefLink refId={ref}>{ref}</RefLink>
                        {t ? ` (${itemCategoryPhrase(t.itemCategory)})` : ""}
                      </Fragment>
                    );
                  })}
                </td>
                <td>
                  {drawable(r)
                    ? r.from && r.to && inFrame(east, r.from.ref) && inFrame(east, r.to.ref)
                      ? "Map 1"
                      : "Map 2"
                    : r.crossing
                      ? `Map 1, marked as the ${r.crossing.name}`
                      : "Not drawn: the sources do not name both ends"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {strikes.length > 0 ? (
        <>
          <h2 id="strikes">Missile strikes</h2>
          <ul className={styles.strikes}>
            {strikes.map((s) => (
              <li key={s.place.key}>
                <p>
                  <strong>{s.place.name}</strong>
                  {s.event ? (
                    <>
                      {", "}
                      <PartialDateText date={s.event.date} uncertain={s.event.dateUncertain} />
                      {": "}
                      <RefLink refId={s.event.ref}>{s.event.title}</RefLink>
                    </>
                  ) : null}
                  {". Missiles: "}
                  {s.transfers.map((t, i) => (
                    <Fragment key={t.ref}>
                      {i > 0 ? ", " : ""}
                      <RefLink refId={t.ref}>
                        {t.ref} ({t.designation ?? itemCategoryPhrase(t.itemCategory)})
                      </RefLink>
                    </Fragment>
                  ))}
                  .
                </p>
                <p>Claims about it:</p>
                <ul>
                  {s.claims.map((c) => (
                    <li key={c.ref}>
                      <RefLink refId={c.ref}>{c.ref}</RefLink>: {c.statement}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <p className="muted">
        Basemap: Natural Earth country outlines, via world-atlas, drawn on this server. Positions of
        ports and depots are approximate.
      </p>
    </>
  );
}

/** A small burst shape for a strike. */
function star(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 16; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI * i) / 8 - Math.PI / 2;
    points.push(
      `${Math.round((cx + r * Math.cos(a)) * 10) / 10} ${Math.round((cy + r * Math.sin(a)) * 10) / 10}`,
    );
  }
  return `M${points.join("L")}Z`;
}
