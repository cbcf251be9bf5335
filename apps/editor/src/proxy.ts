// Runs before every page (not the API, not static files): gives it its security policy.
import type { NextRequest } from "next/server";
import { securePage } from "~/server/page-security";

export function proxy(request: NextRequest) {
  return securePage(request);
}

export const config = {
  matcher: [
    {
      // Not /api (JSON, with its own policy from next.config.ts, and bodies the proxy would
      // buffer), not Next.js's hashed files.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico).*)",
      // Prefetches carry no HTML, so no nonce is needed.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
