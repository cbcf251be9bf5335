import { claimsJsonResponse } from "../downloads";

export const dynamic = "force-dynamic";

/** Every investigation's published claims in full. */
export function GET() {
  return claimsJsonResponse(null);
}
