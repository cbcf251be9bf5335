import { claimsCsvResponse } from "../downloads";

export const dynamic = "force-dynamic";

/** One row per published claim, of every investigation. */
export function GET() {
  return claimsCsvResponse(null);
}
