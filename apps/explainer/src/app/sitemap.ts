import type { MetadataRoute } from "next";
import { siteUrl } from "~/env";
import { investigationPath, investigationViews } from "~/lib/investigations";
import { all, data } from "~/server/data";

export const dynamic = "force-dynamic";

const newest = (dates: readonly string[]) =>
  dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);

/**
 * Every public page: the site-wide ones and each investigation's. lastModified is given where
 * the data knows it: claims and corrections.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const [investigations, claims, actors, transfers, sanctions, corrections] = await Promise.all([
    data.investigations(),
    all((cursor) => data.claims({ limit: 100, cursor })),
    all((cursor) => data.actors({ limit: 100, cursor })),
    all((cursor) => data.transfers({ limit: 100, cursor })),
    all((cursor) => data.sanctions({ limit: 100, cursor })),
    data.corrections(),
  ]);
  const claimsChanged = newest(claims.map((c) => c.updatedAt));
  const correctionsChanged = newest(corrections.map((c) => c.at));
  const page = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] =>
    lastModified ? { url: `${site}${path}`, lastModified } : { url: `${site}${path}` };

  return [
    page("/", newest([claimsChanged, correctionsChanged].filter((d) => d !== undefined))),
    ...investigations.flatMap((i) =>
      investigationViews.map(({ view }) => page(investigationPath(i.slug, view))),
    ),
    page("/claims", claimsChanged),
    ...claims.map((c) => page(`/claims/${c.ref}`, c.updatedAt)),
    page("/actors"),
    ...actors.map((a) => page(`/actors/${a.ref}`)),
    page("/transfers"),
    ...transfers.map((t) => page(`/transfers/${t.ref}`)),
    page("/sanctions"),
    ...sanctions.map((s) => page(`/sanctions/${s.ref}`)),
    page("/timeline"),
    page("/network"),
    page("/map"),
    page("/sources"),
    page("/search"),
    page("/corrections", correctionsChanged),
    page("/methodology"),
    page("/data", claimsChanged),
  ];
}
