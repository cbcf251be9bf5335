import type { Metadata } from "next";
import { siteUrl } from "~/env";

/** What every page says about itself: its title, a description, and its path on the site. */
export type PageMeta = { title: string; description: string; path: string };

/** Open Graph facts that are the same on every page. */
export const siteOpenGraph = { siteName: "Arms Trail", type: "website", locale: "en_GB" } as const;

/** Feed readers find the Atom feed from any page's head. */
export const feedLink = {
  type: "application/atom+xml",
  href: "/feed.xml",
  title: "Arms Trail: claims",
} as const;

/** Title, description, canonical URL, feed link and Open Graph tags for a page. */
export function pageMetadata({ title, description, path }: PageMeta): Metadata {
  const url = pageUrl(path);
  return {
    title,
    description,
    // Next replaces, not merges, the layout's `alternates`: the feed is named again here.
    alternates: {
      canonical: url,
      types: { [feedLink.type]: [{ url: feedLink.href, title: feedLink.title }] },
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
