// The public API's answers are the same for every reader until an editor publishes, so
// caches (the reader's, a CDN's) may keep them briefly and ask again cheaply: each good
// answer to a GET carries an ETag of its bytes and a short public Cache-Control, and a
// request whose If-None-Match names the same ETag gets 304 with no body. Errors and
// anything not a GET are never cached.
import { createHash } from "node:crypto";

export interface CachePolicy {
  /** Seconds a cache may serve the answer without asking. */
  maxAge: number;
  /** Seconds after that it may still serve it while it asks again in the background. */
  staleWhileRevalidate: number;
}

/** An ETag of these bytes: strong, as the bytes are exactly what was sent. */
export function etagOf(body: Uint8Array | string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (or `*`), weak or strong. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === "*" || t === etag);
}

/** The response with validators and a cache policy, or a 304 when the reader has it. */
export async function withValidators(
  req: Request,
  res: Response,
  policy: CachePolicy,
): Promise<Response> {
  const headers = new Headers(res.headers);
  if (req.method !== "GET" || res.status !== 200) {
    headers.set("cache-control", "no-store");
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = etagOf(body);
  headers.set("etag", etag);
  headers.set(
    "cache-control",
    `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
  );
  if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) {
    for (const h of ["content-length", "content-type"]) headers.delete(h);
    return new Response(null, { status: 304, headers });
  }
  headers.set("content-length", String(body.byteLength));
  return new Response(body, { status: 200, headers });
}
