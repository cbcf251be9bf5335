// The route map of one investigation, or of all of them: it reads the published transfers,
// events and claims, takes the places they link to, fits the frames to those places (a
// detail map for any close group, one map around everything) and draws them on the offline
// basemap, with a table of every leg in words. Mounted by /map and by an investigation's
// own map page; it knows no place, coordinate or case of its own.
import { routeModeWords, type PlaceSummary } from "@armstrail/domain";
import { Fragment } from "react";
import { PartialDateText } from "~/components/date";
import { RefLink } from "~/components/links";
import { MapFigure } from "~/components/map-figure";
import { basemap } from "~/lib/basemap";
import {
  type Bounds,
  type RouteRow,
  collectRoutes,
  drawable,
  findStrikeSites,
  frameStyle,
  inBounds,
  placesInUse,
  planFrames,
  star,
} from "~/lib/map-geometry";
import { countryName } from "~/lib/record-words";
import { itemCategoryPhrase, routeModePhrase } from "~/lib/route-words";
import { all, data } from "~/server/data";
import styles from "./route-map.module.css";

const WIDTH = 800;
const lonLat = (p: PlaceSummary) => ({ lon: p.longitude, lat: p.latitude });

function legWords(rows: RouteRow[]) {
  return rows
    .map(
      (r) =>
        `${routeModePhrase(r.mode)} from ${r.from?.name ?? r.fromPlace?.name ?? "?"} to ${r.to?.name ?? r.toPlace?.name ?? "?"}`,
    )
    .join("; ");
}

/** The published records the map draws, for one investigation (by slug) or all. */
async function mapRecords(investigation: string | undefined) {
  const scope = investigation ? { investigation } : {};
  const [transfers, claims, events] = await Promise.all([
    all((cursor) => data.transfers({ limit: 100, cursor, ...scope })),
    all((cursor) => data.claims({ limit: 100, cursor, ...scope })),
    all((cursor) => data.events({ limit: 100, cursor, ...scope })),
  ]);
  transfers.sort((a, b) => (a.ref < b.ref ? -1 : 1));
  return { transfers, claims, events };
}

export async function RouteMap({ investigation }: { investigation?: string | undefined }) {
  const { transfers, claims, events } = await mapRecords(investigation);
  const routes = collectRoutes(transfers);
  const drawn = routes.filter(drawable);
  const strikes = findStrikeSites(events, claims, transfers);
  const places = placesInUse(routes, strikes);

  if (places.length === 0) {
    return (
      <p>
        No published route leg or event names a place with coordinates yet, so there is no map to
        draw.
      </p>
    );
  }

  const plan = planFrames(places, { width: WIDTH });
  // Shade the countries of the suppliers and recipients, where a place of theirs is drawn.
  const parties = new Set(
    transfers.flatMap((t) => [t.supplier?.country, t.recipient.country]).filter((c) => c != null),
  );
  const highlight = places
    .filter((p) => p.country !== null && parties.has(p.country))
    .map((p): [number, number] => [p.longitude, p.latitude]);
  const countries = [
    ...new Map(places.filter((p) => p.country).map((p) => [p.country!, p])).values(),
  ]
    .map((p) => ({
      code: p.country!,
      name: countryName(p.country!),
      lon: p.longitude,
      lat: p.latitude,
    }))
    .filter((c) => c.name !== c.code);
  const mapOf = (bounds: Bounds) =>
    basemap({ ...bounds, ...frameStyle(bounds), width: WIDTH, highlight });

  const inside = (b: Bounds, p: PlaceSummary) => inBounds(b, lonLat(p));
  const detailOf = (p: PlaceSummary) =>
    plan.details.findIndex((d) => d.points.some((q) => q.ref === p.ref));
  const drawnOnDetail = (r: (typeof drawn)[number]) => {
    const i = detailOf(r.fromPlace);
    return i >= 0 && i === detailOf(r.toPlace) ? i : -1;
  };
  const overviewRoutes = drawn.filter((r) => drawnOnDetail(r) < 0);
  const crossingsIn = (keep: (p: PlaceSummary) => boolean) => {
    const byPlace = new Map<string, { place: PlaceSummary; rows: RouteRow[] }>();
    for (const r of routes)
      if (r.viaPlace && keep(r.viaPlace)) {
        const c = byPlace.get(r.viaPlace.ref) ?? { place: r.viaPlace, rows: [] };
        c.rows.push(r);
        byPlace.set(r.viaPlace.ref, c);
      }
    return [...byPlace.values()];
  };
  const ends = (rows: typeof drawn) => [
    ...new Map(rows.flatMap((r) => [r.fromPlace, r.toPlace]).map((p) => [p.ref, p])).values(),
  ];
  const n = plan.details.length;
  const mapName = (i: number) => `Map ${i + 1}`;

  const detailFigures = plan.details.map((d, i) => {
    const map = mapOf(d.bounds);
    const here = drawn.filter((r) => drawnOnDetail(r) === i);
    const crossings = crossingsIn((p) => detailOf(p) === i);
    const onward = overviewRoutes.filter((r) => detailOf(r.fromPlace) === i);
    const names = d.points.map((p) => p.name);
    return (
      <MapFigure
        key={`detail-${i}`}
        id={`detail-${i + 1}`}
        map={map}
        title={`${mapName(i)}: ${names.join(", ")}`}
        description={[
          here.length ? `Legs drawn: ${legWords(here)}.` : "",
          crossings.length ? `Marked: ${crossings.map((c) => c.place.name).join(" and ")}.` : "",
          "The table after the maps lists every route.",
        ]
          .filter(Boolean)
          .join(" ")}
        caption={`${mapName(i)}. A closer view of ${names.join(", ")}. The countries that supplied or received the goods are shaded.`}
        routes={here}
        places={ends(here).filter((p) => inside(d.bounds, p))}
        crossings={crossings}
        strikes={strikes.filter((s) => detailOf(s.place) === i)}
        countries={countries}
        boxes={[]}
        note={
          onward.length
            ? `On from ${onward.map((r) => `${r.fromPlace.name} to ${r.toPlace.name}`).join(", ")}: see map ${n + 1}`
            : undefined
        }
      />
    );
  });

  const overviewCrossings = crossingsIn((p) => detailOf(p) < 0);
  const overviewStrikes = strikes.filter((s) => detailOf(s.place) < 0);
  const overview = (
    <MapFigure
      key="overview"
      id="overview"
      map={mapOf(plan.overview)}
      title={`${mapName(n)}: every place the routes and events name`}
      description={[
        overviewRoutes.length ? `Legs drawn: ${legWords(overviewRoutes)}.` : "",
        overviewStrikes.length
          ? `Marked: the strike on ${overviewStrikes.map((s) => s.place.name).join(" and ")}.`
          : "",
        n
          ? `Boxes show the areas of ${plan.details.map((_, i) => `map ${i + 1}`).join(" and ")}.`
          : "",
        "The table after the maps lists every route.",
      ]
        .filter(Boolean)
        .join(" ")}
      caption={`${mapName(n)}. All the places on the routes and where the events happened.${n ? ` The ${n === 1 ? "box marks the area" : "boxes mark the areas"} of ${plan.details.map((_, i) => `map ${i + 1}`).join(" and ")}.` : ""} The countries that supplied or received the goods are shaded.`}
      routes={overviewRoutes}
      places={ends(overviewRoutes)}
      crossings={overviewCrossings}
      strikes={overviewStrikes}
      countries={countries}
      boxes={plan.details.map((d, i) => ({ bounds: d.bounds, label: mapName(i) }))}
    />
  );

  const whereDrawn = (r: RouteRow) => {
    if (drawable(r)) {
      const i = drawnOnDetail(r);
      return i >= 0 ? mapName(i) : mapName(n);
    }
    if (r.viaPlace) {
      const i = detailOf(r.viaPlace);
      return `${mapName(i >= 0 ? i : n)}, marked as ${r.viaPlace.name}`;
    }
    return "Not drawn: the sources do not name both ends";
  };

  return (
    <>
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
          Overland (dashed)
        </li>
        <li>
          <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" className={styles.place} />
          </svg>
          Port, depot or other place
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
          Strike site
        </li>
        <li>
          <svg viewBox="0 0 20 14" width="20" height="14" aria-hidden="true">
            <rect x="1" y="1" width="18" height="12" className={styles.party} />
          </svg>
          Supplier or recipient state
        </li>
      </ul>

      {detailFigures}
      {overview}

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
                  {r.from || r.to || r.fromPlace || r.toPlace ? (
                    <>
                      from <End actor={r.from} place={r.fromPlace} /> to{" "}
                      <End actor={r.to} place={r.toPlace} />
                    </>
                  ) : r.viaPlace ? (
                    <>
                      across <RefLink refId={r.viaPlace.ref}>{r.viaPlace.name}</RefLink>
                    </>
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
                <td>{whereDrawn(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {strikes.length > 0 ? (
        <>
          <h2 id="strikes">Strike sites</h2>
          <ul className={styles.strikes}>
            {strikes.map((s) => (
              <li key={s.place.ref}>
                <p>
                  <strong>
                    <RefLink refId={s.place.ref}>{s.place.name}</RefLink>
                  </strong>
                  {s.events.map((e) => (
                    <Fragment key={e.ref}>
                      {", "}
                      <PartialDateText date={e.date} uncertain={e.dateUncertain} />
                      {": "}
                      <RefLink refId={e.ref}>{e.title}</RefLink>
                    </Fragment>
                  ))}
                  {s.transfers.length ? ". Weapons: " : ""}
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
                {s.claims.length ? (
                  <>
                    <p>Claims about it:</p>
                    <ul>
                      {s.claims.map((c) => (
                        <li key={c.ref}>
                          <RefLink refId={c.ref}>{c.ref}</RefLink>: {c.statement}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <p className="muted">
        Basemap: Natural Earth country outlines, via world-atlas, drawn on this server. Each
        place&apos;s page gives its coordinates and how exact they are.
      </p>
    </>
  );
}

/** One end of a leg: its actor, else its place, else words saying it is not named. */
function End({
  actor,
  place,
}: {
  actor: { ref: string; name: string } | null;
  place: PlaceSummary | null;
}) {
  if (actor) return <RefLink refId={actor.ref}>{actor.name}</RefLink>;
  if (place) return <RefLink refId={place.ref}>{place.name}</RefLink>;
  return <>a place not named</>;
}
