import { siteUrl } from "~/env";
import { buildAtomFeed, feedEntries } from "~/lib/atom";
import { allClaims } from "../data/downloads";
import { publicApi } from "~/server/api";
import { data } from "~/server/data";

export const dynamic = "force-dynamic";

/** Atom 1.0: every published claim and every correction or retraction, newest first. */
export async function GET() {
  const site = siteUrl();
  // The audit head is read fresh, not from the published-data cache: it moves with every change.
  const [claims, corrections, auditHead] = await Promise.all([
    allClaims(),
    data.corrections(),
    publicApi().audit.head(),
  ]);
  const xml = buildAtomFeed({
    id: `${site}/`,
    title: "Arms Trail: checked claims",
    subtitle:
      "Claims about the Russia–North Korea arms trade, each checked against public sources, with every correction and retraction.",
    selfUrl: `${site}/feed.xml`,
    siteUrl: `${site}/`,
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
