// What an app's route handlers put in front of the routers: bounds on a request's size and
// batch, a per-address rate limit, refusals in tRPC's error envelope, and the security
// headers both apps send.
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
export { MAX_BATCH_SIZE, MAX_URL_LENGTH };

/** How many calls a tRPC request makes: the comma-separated procedures after the endpoint. */
export function callCount(req: Request, endpoint: string): number {
  const path = new URL(req.url).pathname.slice(endpoint.length + 1);
  return path.split(",").length;
}
