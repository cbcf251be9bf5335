// Where an investigation's pages live and what they say about themselves. A view is either
// site-wide (every investigation at once, at today's addresses: /claims, /timeline, ...) or
// scoped to one investigation (/investigations/<slug>/claims, ...). Every word about a case
// comes from the investigation's record; this module only arranges it. Pure.
import type { PageMeta } from "./metadata";

/** The investigation a view is limited to, as its record states it; null for the site-wide view. */
export type Scope = { slug: string; title: string; standfirst: string } | null;

export const INVESTIGATIONS_PATH = "/investigations";

/** "/investigations/<slug>" and its views: "/investigations/<slug>/claims". */
export function investigationPath(slug: string, view?: string): string {
  const base = `${INVESTIGATIONS_PATH}/${encodeURIComponent(slug)}`;
  return view ? `${base}/${view.replace(/^\/+/, "")}` : base;
}

/**
 * A site-wide path as the scope has it: "/claims?verdict=accurate" stays as it is on the
 * site-wide view and becomes "/investigations/<slug>/claims?verdict=accurate" within one.
 */
export function scopedPath(scope: Scope, path: string): string {
  if (!scope) return path;
  if (path === "/" || path === "") return investigationPath(scope.slug);
  return investigationPath(scope.slug, path);
}

/**
 * A page's metadata within a scope: the investigation's title after the page's own, its
 * standfirst before the page's generic description, and the scoped address.
 */
export function scopedMeta(scope: Scope, meta: PageMeta): PageMeta {
  if (!scope) return meta;
  return {
    ...meta,
    title: `${meta.title}: ${scope.title}`,
    description: `${scope.standfirst} ${meta.description}`,
    path: scopedPath(scope, meta.path),
    feed: investigationFeed(scope),
  };
}

/** An investigation's own Atom feed, named after it. */
export function investigationFeed(scope: NonNullable<Scope>): { href: string; title: string } {
  return { href: investigationPath(scope.slug, "feed.xml"), title: `Arms Trail: ${scope.title}` };
}

/** The views every investigation has, in the order its navigation lists them. */
export const investigationViews = [
  { view: "", label: "Story" },
  { view: "claims", label: "Claims" },
  { view: "transfers", label: "Transfers" },
  { view: "timeline", label: "Timeline" },
  { view: "network", label: "Network" },
  { view: "map", label: "Map" },
  { view: "data", label: "Data" },
] as const;

export type InvestigationView = (typeof investigationViews)[number]["view"];

/** An investigation's status, as readers see it. */
export const investigationStatusWords = {
  open: "Open",
  concluded: "Concluded",
  archived: "Archived",
} as const;

/** "1 claim", "45 claims". */
export function claimCount(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "claim" : "claims"}`;
}

/** A text field of the record as paragraphs: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}
