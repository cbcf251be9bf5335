import { siteUrl } from "~/env";
import { downloadHeaders } from "~/lib/dataset";
import { allTransfers, transfersCsv } from "../downloads";

export const dynamic = "force-dynamic";

/** One row per dated quantity estimate of a transfer. */
export async function GET() {
  const transfers = await allTransfers();
  return new Response(transfersCsv(transfers, siteUrl()), {
    headers: downloadHeaders("text/csv; charset=utf-8; header=present", "armstrail-transfers.csv"),
  });
}
