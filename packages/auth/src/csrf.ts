// Cross-site request forgery guard for cookie-authenticated mutations. SameSite=Lax already
// keeps the session cookie off cross-site POSTs in current browsers; this is the second
// lock, for older browsers and same-site-but-cross-origin pages: a mutation must come from
// one of our own origins, which browsers state in Origin (or, failing that, Sec-Fetch-Site).
import { hasBearerToken } from "./caller";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * True when the request may go ahead: a read, a bearer-token request (browsers never attach
 * one on their own, so a forged page cannot send it), or a mutation whose Origin is one of
 * `allowedOrigins`, or without Origin, whose Sec-Fetch-Site says same-origin.
 */
export function isSameOriginMutation(request: Request, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  if (hasBearerToken(request.headers)) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const allowed = new Set(allowedOrigins.map(originOf).filter((o) => o !== null));
    // "null" is what sandboxed frames and some redirects send: never ours.
    return origin !== "null" && allowed.has(originOf(origin) ?? "");
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}
