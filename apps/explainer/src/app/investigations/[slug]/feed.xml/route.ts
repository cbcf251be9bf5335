import { type InvestigationParams, withScope } from "~/server/investigation";
import { feedResponse } from "~/server/feed";

export const dynamic = "force-dynamic";

/** Atom 1.0: one investigation's published claims and its corrections and retractions. */
export function GET(_request: Request, { params }: InvestigationParams) {
  return withScope(params, feedResponse);
}
