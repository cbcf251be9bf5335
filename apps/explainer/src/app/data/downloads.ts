// The downloads, built from published data only, site-wide or of one investigation. Shared by
// the route handlers that serve them and by the data pages, which state how many records each
// one holds.
import "server-only";
import type { PublicClaim } from "@armstrail/domain";
import { siteUrl } from "~/env";
import { toCsv } from "~/lib/csv";
import { joinList } from "~/lib/csv";
import { DATA_LICENCE, citation, downloadHeaders } from "~/lib/dataset";
import { type FtmEntity, toFtmEntities } from "~/lib/ftm";
import { type Scope, scopedPath } from "~/lib/investigations";
import { all, data } from "~/server/data";
import { transfersCsv } from "~/lib/transfers-csv";

export const allClaims = (investigation?: string) =>
  all((cursor) => data.claims({ limit: 100, cursor, investigation }));
export const allTransfers = (investigation?: string) =>
  all((cursor) => data.transfers({ limit: 100, cursor, investigation }));
const allActors = () => all((cursor) => data.actors({ limit: 100, cursor }));
const allSanctions = () => all((cursor) => data.sanctions({ limit: 100, cursor }));

export const CLAIM_COLUMNS = [
  "ref",
  "statement",
  "claimant",
  "claim_type",
  "verdict",
  "likelihood",
  "confidence",
  "finding",
  "evidence",
  "evidence_grades",
  "source_urls",
  "appeared_in_url",
  "published_at",
  "updated_at",
  "url",
] as const;

/** One row per published claim; evidence refs and their grades line up, joined by ';'. */
export function claimsCsv(claims: readonly PublicClaim[], site: string): string {
  return toCsv(
    CLAIM_COLUMNS,
    claims.map((c) => [
      c.ref,
      c.statement,
      c.claimant,
      c.claimType,
      c.verdict,
      c.likelihood,
      c.confidence,
      c.finding,
      c.evidence.map((e) => e.source.ref).join(";"),
      c.evidence.map((e) => e.grade).join(";"),
      joinList(c.evidence.map((e) => e.source.url)),
      c.appearance?.url,
      c.publishedAt,
      c.updatedAt,
      `${site}/claims/${c.ref}`,
    ]),
  );
}

export { TRANSFER_COLUMNS, estimateRows, transfersCsv } from "~/lib/transfers-csv";

export async function ftmEntities(): Promise<FtmEntity[]> {
  const [actors, sanctions, transfers] = await Promise.all([
    allActors(),
    allSanctions(),
    allTransfers(),
  ]);
  return toFtmEntities({ actors, sanctions, transfers });
}

/** "armstrail-claims.csv", or "armstrail-<slug>-claims.csv" for one investigation's file. */
function filename(scope: Scope, name: string): string {
  return scope ? `armstrail-${scope.slug}-${name}` : `armstrail-${name}`;
}

/** Every published claim in full, with a header saying where it came from and on what terms. */
export async function claimsJsonResponse(scope: Scope): Promise<Response> {
  const claims = await allClaims(scope?.slug);
  const now = new Date();
  const body = {
    meta: {
      licence: DATA_LICENCE,
      citation: citation(now, `${siteUrl()}${scopedPath(scope, "/data")}`, scope?.title),
      generatedAt: now.toISOString(),
      count: claims.length,
    },
    claims,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: downloadHeaders("application/json; charset=utf-8", filename(scope, "claims.json")),
  });
}

/** One row per published claim. */
export async function claimsCsvResponse(scope: Scope): Promise<Response> {
  const claims = await allClaims(scope?.slug);
  return new Response(claimsCsv(claims, siteUrl()), {
    headers: downloadHeaders(
      "text/csv; charset=utf-8; header=present",
      filename(scope, "claims.csv"),
    ),
  });
}

/** One row per dated quantity estimate of a transfer. */
export async function transfersCsvResponse(scope: Scope): Promise<Response> {
  const transfers = await allTransfers(scope?.slug);
  return new Response(transfersCsv(transfers, siteUrl()), {
    headers: downloadHeaders(
      "text/csv; charset=utf-8; header=present",
      filename(scope, "transfers.csv"),
    ),
  });
}
