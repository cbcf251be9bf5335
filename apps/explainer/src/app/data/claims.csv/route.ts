import { siteUrl } from "~/env";
import { downloadHeaders } from "~/lib/dataset";
import { allClaims, claimsCsv } from "../downloads";

export const dynamic = "force-dynamic";

/** One row per published claim. */
export async function GET() {
  const claims = await allClaims();
  return new Response(claimsCsv(claims, siteUrl()), {
    headers: downloadHeaders("text/csv; charset=utf-8; header=present", "armstrail-claims.csv"),
  });
}
