import "server-only";
import { allClaims } from "~/app/data/downloads";
import { siteUrl } from "~/env";
import { buildAtomFeed, feedEntries, feedHeader } from "~/lib/atom";
import type { Scope } from "~/lib/investigations";
import { publicApi } from "./api";
import { data } from "./data";

/**
 * The Atom feed of every investigation (/feed.xml) or of one (/investigations/<slug>/feed.xml):
 * its published claims and its corrections and retractions, newest first.
 */
export async function feedResponse(scope: Scope): Promise<Response> {
  const site = siteUrl();
  // The audit head is read fresh, not from the published-data cache: it moves with every change.
  const [claims, corrections, auditHead] = await Promise.all([
    allClaims(scope?.slug),
    data.corrections(scope?.slug),
    publicApi().audit.head(),
  ]);
  const xml = buildAtomFeed({
    ...feedHeader(site, scope),
    author: "Arms Trail",
    rights: "Data: CC BY 4.0. Code: Apache-2.0.",
    generatedAt: new Date().toISOString(),
    auditHead,
    entries: feedEntries(claims, corrections, site),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
