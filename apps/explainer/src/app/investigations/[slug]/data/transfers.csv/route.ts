import { transfersCsvResponse } from "~/app/data/downloads";
import { type InvestigationParams, withScope } from "~/server/investigation";

export const dynamic = "force-dynamic";

/** The site-wide download, limited to one investigation. */
export function GET(_request: Request, { params }: InvestigationParams) {
  return withScope(params, transfersCsvResponse);
}
