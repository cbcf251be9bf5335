// The map of every investigation's routes. An investigation's own map mounts the same
// component with its slug (see ~/components/route-map); `?investigation=<slug>` does too.
export const dynamic = "force-dynamic";

import { RouteMap } from "~/components/route-map";
import { pageMetadata } from "~/lib/metadata";

export const metadata = pageMetadata({
  title: "Map of the routes",
  description:
    "The routes of the published transfers and the places where events happened, on maps fitted to those places that work offline.",
  path: "/map",
});

export default async function MapPage({
  searchParams,
}: {
  searchParams: Promise<{ investigation?: string | string[] }>;
}) {
  const { investigation } = await searchParams;
  const slug =
    typeof investigation === "string" && investigation !== "" ? investigation : undefined;
  return (
    <>
      <h1>Map of the routes</h1>
      <p>
        The routes the sources describe, drawn from the published transfers, and the places where
        events happened. Lines join the places named in the data; they are schematic and do not
        trace actual sea lanes, roads or railways. Each map is fitted to the places it shows. Select
        a place to open its page. A table after the maps lists every route in words.
      </p>
      <RouteMap investigation={slug} />
    </>
  );
}
