// Runs before routing. An address no page can use gets a clear 4xx here, where Next
// itself would answer 500 (it fails to decode a malformed dynamic segment, then fails to
// render its missing /400 page; see lib/request-address.ts). Every page then gets its
// security policy with a fresh nonce (server/page-security.ts); /api has its own policy
// from next.config.ts, and prefetches carry no HTML, so they need no nonce.
import { errorResponse } from "@armstrail/api/http";
import { NextResponse, type NextRequest } from "next/server";
import { addressProblem } from "~/lib/request-address";
import { securePage } from "~/server/page-security";

/**
 * A small page of its own. Rewriting to the site's 404 page instead went through Next's
 * internal proxy, which failed (500) when the client had gone.
 */
function page(status: number, title: string, message: string) {
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} · Arms Trail</title><h1>${title}</h1><p>${message} <a href="/">See every investigation</a>.</p></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const problem = addressProblem(pathname, search);
  const api = pathname.startsWith("/api/");
  if (!problem) {
    const prefetch =
      request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
    return api || prefetch || pathname === "/favicon.ico"
      ? NextResponse.next()
      : securePage(request);
  }
  if (problem === "malformed") {
    const message = "No such address: its percent-encoding is malformed.";
    return api ? errorResponse(404, "NOT_FOUND", message) : page(404, "Not found", message);
  }
  const message = "The address contains a NUL character (%00), which nothing here accepts.";
  return api ? errorResponse(400, "BAD_REQUEST", message) : page(400, "Bad request", message);
}

export const config = {
  // Everything but the build's own files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
