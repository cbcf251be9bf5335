import { scopedMeta } from "~/lib/investigations";
import { pageMetadata } from "~/lib/metadata";
import { type InvestigationParams, scopeOf } from "~/server/investigation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: InvestigationParams) {
  return pageMetadata(
    scopedMeta(await scopeOf(params), {
      title: "Map of the routes",
      description:
        "The routes of the published transfers and the places named in them, on a map that works offline.",
      path: "/map",
    }),
  );
}

// The site-wide map page, given this address's slug, draws this investigation alone.
export { default } from "~/app/map/page";
