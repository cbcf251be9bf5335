import type { Metadata } from "next";
import { siteUrl } from "~/env";

/**
 * What every page says about itself: its title, a description, its path on the site, and the
 * feed of the investigation it belongs to, if any (the site's own feed is always named).
 */
export type PageMeta = {
  title: string;
  description: string;
  path: string;
  feed?: { href: string; title: string };
};

/** Open Graph facts that are the same on every page. */
export const siteOpenGraph = { siteName: "Arms Trail", type: "website", locale: "en_GB" } as const;

/** Feed readers find the Atom feed from any page's head. */
export const feedLink = {
  type: "application/atom+xml",
  href: "/feed.xml",
  title: "Arms Trail: claims",
} as const;

/** The feeds a page names in its head: its investigation's first, then the whole site's. */
export function feedLinks(meta: Pick<PageMeta, "feed">): { href: string; title: string }[] {
  const site = { href: feedLink.href, title: feedLink.title };
  return meta.feed ? [meta.feed, site] : [site];
}

/** Title, description, canonical URL, feed links and Open Graph tags for a page. */
export function pageMetadata(meta: PageMeta): Metadata {
  const { title, description, path } = meta;
  const url = pageUrl(path);
  return {
    title,
    description,
    // Next replaces, not merges, the layout's `alternates`: the feed is named again here.
    alternates: {
      canonical: url,
      types: { [feedLink.type]: feedLinks(meta).map((f) => ({ url: f.href, title: f.title })) },
    },
    openGraph: {
      title,
      description,
      url,
      ...siteOpenGraph,
    },
    twitter: { card: "summary", title, description },
  };
}

/** The canonical, absolute address of a page. */
export function pageUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
