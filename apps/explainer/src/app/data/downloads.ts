// The downloads, built from published data only. Shared by the route handlers that serve
// them and by /data, which states how many records each one holds.
import "server-only";
import type { PublicClaim } from "@armstrail/domain";
import { toCsv } from "~/lib/csv";
import { joinList } from "~/lib/csv";
import { type FtmEntity, toFtmEntities } from "~/lib/ftm";
import { all, data } from "~/server/data";

export const allClaims = () => all((cursor) => data.claims({ limit: 100, cursor }));
export const allTransfers = () => all((cursor) => data.transfers({ limit: 100, cursor }));
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
