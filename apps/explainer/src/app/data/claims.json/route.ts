import { siteUrl } from "~/env";
import { DATA_LICENCE, citation, downloadHeaders } from "~/lib/dataset";
import { allClaims } from "../downloads";

export const dynamic = "force-dynamic";

/** Every published claim in full, with a header saying where it came from and on what terms. */
export async function GET() {
  const claims = await allClaims();
  const now = new Date();
  const body = {
    meta: {
      licence: DATA_LICENCE,
      citation: citation(now, `${siteUrl()}/data`),
      generatedAt: now.toISOString(),
      count: claims.length,
    },
    claims,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: downloadHeaders("application/json; charset=utf-8", "armstrail-claims.json"),
  });
}
