// The Content-Security-Policy and HSTS for a page, applied by proxy.ts: a fresh nonce per
// request, which Next.js puts on every script it writes (see @armstrail/api/http).
import { pageSecurity } from "@armstrail/api/http";
import { NextResponse } from "next/server";
import { env } from "~/env";

export function securePage(request: Request): NextResponse {
  const { EDITOR_URL, NODE_ENV } = env();
  const { requestHeaders, responseHeaders } = pageSecurity(request, {
    publicUrl: EDITOR_URL,
    dev: NODE_ENV === "development",
  });
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of responseHeaders) response.headers.set(name, value);
  return response;
}
