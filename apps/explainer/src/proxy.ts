// Runs before routing: an address no page can use gets a clear 4xx here, where Next
// itself would answer 500 (it fails to decode a malformed dynamic segment, then fails to
// render its missing /400 page). See lib/request-address.ts.
import { errorResponse } from "@armstrail/api/http";
import { NextResponse, type NextRequest } from "next/server";
import { addressProblem } from "~/lib/request-address";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const problem = addressProblem(pathname, search);
  if (!problem) return NextResponse.next();
  const api = pathname.startsWith("/api/");
  if (problem === "malformed") {
    if (api)
      return errorResponse(404, "NOT_FOUND", "No such address: its percent-encoding is malformed");
    // An address that names nothing: the site's own 404 page.
    // (Built from nextUrl, which keeps Next's own idea of the host: a URL from the Host
    // header would send the rewrite through Next's external proxy.)
    const notFound = request.nextUrl.clone();
    notFound.pathname = "/_not-found";
    notFound.search = "";
    return NextResponse.rewrite(notFound, { status: 404 });
  }
  const message = "The address contains a NUL character (%00), which nothing here accepts.";
  if (api) return errorResponse(400, "BAD_REQUEST", message);
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad request</title><h1>Bad request</h1><p>${message} <a href="/">Go to the story</a>.</p></html>`,
    { status: 400, headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

export const config = {
  // Everything but the build's own files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
