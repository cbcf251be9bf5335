import { feedResponse } from "~/server/feed";

export const dynamic = "force-dynamic";

/** Atom 1.0: every investigation's published claims and every correction or retraction. */
export function GET() {
  return feedResponse(null);
}
