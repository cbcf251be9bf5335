import { publicRouter } from "@armstrail/api";
import {
  MAX_BATCH_SIZE,
  MAX_URL_LENGTH,
  callCount,
  clientAddressReader,
  createRateLimiter,
  errorResponse,
  limitBody,
  limitUrl,
  type RateLimiter,
  withValidators,
} from "@armstrail/api/http";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "~/env";
import { db } from "~/server/db";

const ENDPOINT = "/api/trpc";
/** The public API has only queries, whose input travels in the address: a body is small. */
const MAX_BODY_BYTES = 16 * 1024;
const PUBLIC_API_CACHE = { maxAge: 30, staleWhileRevalidate: 60 };

let limits: { limiter: RateLimiter | null; clientAddress: (h: Headers) => string } | undefined;
function rateLimits() {
  if (!limits) {
    const e = env();
    limits = {
      limiter:
        e.PUBLIC_API_RATE_LIMIT > 0
          ? createRateLimiter({ perMinute: e.PUBLIC_API_RATE_LIMIT })
          : null,
      clientAddress: clientAddressReader(e.TRUSTED_PROXIES),
    };
  }
  return limits;
}

// The explainer mounts only the public router: no editor procedure is reachable here.
// Before tRPC parses anything, a request is held to the address's rate limit (each call of
// a batch counts), a bounded address and body; tRPC refuses a batch of more than
// MAX_BATCH_SIZE calls.
async function handler(incoming: Request) {
  const { limiter, clientAddress } = rateLimits();
  if (limiter) {
    const taken = limiter.take(
      clientAddress(incoming.headers),
      Math.min(callCount(incoming, ENDPOINT), MAX_BATCH_SIZE),
    );
    if (!taken.ok)
      return errorResponse(
        429,
        "TOO_MANY_REQUESTS",
        `Too many requests from your address: try again in ${taken.retryAfterSeconds} s`,
        { "retry-after": String(taken.retryAfterSeconds) },
      );
  }
  const tooLong = limitUrl(incoming, MAX_URL_LENGTH);
  if (tooLong) return tooLong;
  const req = await limitBody(incoming, MAX_BODY_BYTES);
  if (req instanceof Response) return req;

  const res = await fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: publicRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => ({ db: db(), session: null }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"}:`, error.cause ?? error);
    },
  });
  // Published data changes only when an editor publishes: half a minute in a cache is fine, and
  // an unchanged answer costs the reader a 304.
  return withValidators(req, res, PUBLIC_API_CACHE);
}

export { handler as GET, handler as POST };
