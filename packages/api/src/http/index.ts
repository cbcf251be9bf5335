// What an app's route handlers put in front of the routers: bounds on a request's size and
// batch, a per-address rate limit, refusals in tRPC's error envelope, the security headers
// both apps send, and the public API's cache validators.
import { MAX_BATCH_SIZE, MAX_URL_LENGTH } from "@armstrail/domain";

export { limitBody, limitUrl } from "./body-limit";
export { clientAddressReader, TrustedProxiesSchema } from "./client-address";
export { errorResponse } from "./error-response";
export { createRateLimiter, type RateLimiter } from "./rate-limit";
export {
  API_CONTENT_SECURITY_POLICY,
  FIXED_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
  isHttps,
  makeNonce,
  pageContentSecurityPolicy,
  pageSecurity,
  securityHeaderRules,
  type PageSecurityOptions,
} from "./security-headers";
export { etagOf, matchesIfNoneMatch, withValidators, type CachePolicy } from "./validators";
export { MAX_BATCH_SIZE, MAX_URL_LENGTH };

/** How many calls a tRPC request makes: the comma-separated procedures after the endpoint. */
export function callCount(req: Request, endpoint: string): number {
  const path = new URL(req.url).pathname.slice(endpoint.length + 1);
  return path.split(",").length;
}
