import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy, pageSecurity } from "./security-headers";

describe("page security headers", () => {
  it("allows scripts and styles only from the site or with this request's nonce", () => {
    const { nonce, requestHeaders, responseHeaders } = pageSecurity(new Request("http://x.test/"));
    const policy = Object.fromEntries(responseHeaders)["Content-Security-Policy"];
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    // Next.js reads the nonce from the request's own policy header.
    expect(requestHeaders.get("content-security-policy")).toBe(policy);
    expect(requestHeaders.get("x-nonce")).toBe(nonce);
  });

  it("makes a new nonce for every request", () => {
    const a = pageSecurity(new Request("http://x.test/")).nonce;
    const b = pageSecurity(new Request("http://x.test/")).nonce;
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS only over HTTPS: directly, through a proxy, or by configuration", () => {
    const hsts = (r: Request, publicUrl?: string) =>
      pageSecurity(r, { publicUrl }).responseHeaders.some(
        ([k]) => k === "Strict-Transport-Security",
      );
    expect(hsts(new Request("http://x.test/"))).toBe(false);
    expect(hsts(new Request("http://x.test/"), "http://x.test")).toBe(false);
    expect(hsts(new Request("https://x.test/"))).toBe(true);
    expect(hsts(new Request("http://x.test/", { headers: { "x-forwarded-proto": "https" } }))).toBe(
      true,
    );
    expect(hsts(new Request("http://x.test/"), "https://x.example")).toBe(true);
  });

  it("loosens only for development, and upgrades requests only over HTTPS", () => {
    expect(pageContentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy("n")).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });
});
