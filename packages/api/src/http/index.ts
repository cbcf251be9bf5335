// What both apps' HTTP edges share, apart from tRPC: request body limits and security headers.
export { DEFAULT_BODY_LIMIT, limitBody, type LimitedBody } from "./body-limit";
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
