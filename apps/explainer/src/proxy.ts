// Runs before routing: an address no page can use gets a clear 4xx here, where Next
// itself would answer 500 (it fails to decode a malformed dynamic segment, then fails to
// render its missing /400 page). See lib/request-address.ts.
import { errorResponse } from "@armstrail/api/http";
import { NextResponse, type NextRequest } from "next/server";
import { addressProblem } from "~/lib/request-address";

/**
 * A small page of its own. Rewriting to the site's 404 page instead went through Next's
 * internal proxy, which failed (500) when the client had gone.
 */
function page(status: number, title: string, message: string) {
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} · Arms Trail</title><h1>${title}</h1><p>${message} <a href="/">Go to the story</a>.</p></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const problem = addressProblem(pathname, search);
  if (!problem) return NextResponse.next();
  const api = pathname.startsWith("/api/");
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
