import { transfersCsvResponse } from "../downloads";

export const dynamic = "force-dynamic";

/** One row per dated quantity estimate of a transfer, of every investigation. */
export function GET() {
  return transfersCsvResponse(null);
}
