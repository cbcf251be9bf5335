// The map of every investigation's routes. An investigation's own map page re-exports this one
// with its slug in `params`; `?investigation=<slug>` narrows it too. The drawing is
// ~/components/route-map, fitted to the places the shown records use.
export const dynamic = "force-dynamic";

import Link from "next/link";
import { InvestigationNav } from "~/components/investigation-nav";
import { RouteMap } from "~/components/route-map";
import { pageMetadata } from "~/lib/metadata";
import { requireScope } from "~/server/investigation";

export const metadata = pageMetadata({
  title: "Map of the routes",
  description:
    "The routes of the published transfers and the places where events happened, on maps fitted to those places that work offline.",
  path: "/map",
});

export default async function MapPage({
  params,
  searchParams,
}: {
  params?: Promise<{ slug?: string }>;
  searchParams?: Promise<{ investigation?: string | string[] }>;
}) {
  const fromPath = params ? (await params).slug : undefined;
  const query = searchParams ? (await searchParams).investigation : undefined;
  const slug = fromPath ?? (typeof query === "string" && query !== "" ? query : undefined);
  const scope = slug === undefined ? null : await requireScope(slug);
  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="map" link={Link} /> : null}
      <h1>Map of the routes</h1>
      <p>
        The routes the sources describe, drawn from the published transfers, and the places where
        events happened. Lines join the places named in the data; they are schematic and do not
        trace actual sea lanes, roads or railways. Each map is fitted to the places it shows. Select
        a place to open its page. A table after the maps lists every route in words.
      </p>
      <RouteMap investigation={scope?.slug} />
    </>
  );
}
