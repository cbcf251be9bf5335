// The security headers both apps send, in one place so the explainer and the editor cannot
// drift apart. Pages get a Content-Security-Policy with a fresh nonce per request (each app's
// proxy.ts makes it; Next.js reads it from the request's own CSP header and puts it on every
// script it writes), so no inline script runs unless the server wrote it. Everything else
// (API answers, files) gets the fixed headers from each app's next.config.ts.

export interface PageSecurityOptions {
  /** The app's configured public address; HSTS is sent when it is https. */
  publicUrl?: string;
  /** Development: React's debugging needs eval and Next's overlay inline styles. */
  dev?: boolean;
}

/** Sent on every response, pages and API alike. */
export const FIXED_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers that predate CSP's frame-ancestors: nobody frames these apps.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
];

/** For answers that are never rendered as a page (JSON, files): nothing may load or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The rules for next.config.ts's `headers()`: the fixed headers on every answer, and the API's
 * policy on /api (pages get theirs from proxy.ts).
 */
export function securityHeaderRules() {
  return [
    { source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] },
    {
      source: "/api/:path*",
      headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
    },
  ];
}

/** Two years, the preload lists' minimum. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce (128 bits, base64). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The policy for a page: scripts and styles only from this site or carrying the nonce. */
export function pageContentSecurityPolicy(
  nonce: string,
  { https = false, dev = false }: { https?: boolean; dev?: boolean } = {},
): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': a script the page trusted may load Next.js's chunks; 'self' is only
    // a fallback for browsers without it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Whether a request reached us over HTTPS (directly, through a proxy, or by configuration). */
export function isHttps(request: Request, publicUrl?: string): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (
    new URL(request.url).protocol === "https:" ||
    forwarded === "https" ||
    (publicUrl?.startsWith("https://") ?? false)
  );
}

/**
 * What a proxy adds to a page request: the request's headers with the policy on them (Next.js
 * takes the nonce from there) and `x-nonce` (for a route handler's own markup), and the
 * headers to send back.
 */
export function pageSecurity(request: Request, options: PageSecurityOptions = {}) {
  const nonce = makeNonce();
  const https = isHttps(request, options.publicUrl);
  const policy = pageContentSecurityPolicy(nonce, { https, dev: options.dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const responseHeaders: [string, string][] = [["Content-Security-Policy", policy]];
  // Browsers ignore HSTS over plain HTTP, and it would pin a local http:// address.
  if (https) responseHeaders.push(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
  return { nonce, requestHeaders, responseHeaders };
}
