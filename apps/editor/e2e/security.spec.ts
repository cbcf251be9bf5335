import { expect, test } from "@armstrail/e2e/csp-guard";
import { admin, editorUrl } from "./helpers";
import { startAndWait } from "@armstrail/e2e/start";

// What the editor sends with every answer, read over HTTP, and the sign-in page's `next`; the
// browser-side check that no page breaks its own policy is in csp-guard.ts.
const fixed = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test.describe("security", () => {
  test("every answer carries the headers; pages a fresh nonce policy", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ["/sign-in", "/sign-in?joined=x", "/no-such-page"]) {
      const res = await request.get(path);
      const h = res.headers();
      for (const [name, value] of Object.entries(fixed))
        expect(h[name], `${path} ${name}`).toBe(value);
      expect(h["permissions-policy"], path).toContain("camera=()");
      const policy = h["content-security-policy"] ?? "";
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).not.toContain("unsafe-inline");
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      for (const tag of (await res.text()).match(/<(script|style)\b[^>]*>/g) ?? []) {
        expect(tag, path).toContain(`nonce="${nonce}"`);
      }
      expect(h["strict-transport-security"], path).toBeUndefined();
    }
    expect(nonces.size).toBe(3);
    const api = (await request.get("/api/auth/get-session")).headers();
    for (const [name, value] of Object.entries(fixed)) expect(api[name], name).toBe(value);
    expect(api["content-security-policy"]).toContain("default-src 'none'");
    const https = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  test("a signed-in visit to sign-in goes back only to a path on this site", async ({
    request,
  }) => {
    const signIn = await request.post("/api/auth/sign-in/email", {
      data: { email: admin.email, password: admin.password },
      headers: { origin: editorUrl },
    });
    expect(signIn.status()).toBe(200);
    const cases: [string, string][] = [
      ["%2F%09%2Fevil.example", "/"],
      ["%2F.%2F%2Fevil.example", "/"],
      ["https%3A%2F%2Fevil.example", "/"],
      ["%2Fclaims%0A%0DSet-Cookie%3A%20x%3Dy", "/claimsSet-Cookie:%20x=y"],
      ["%0A", "/"],
      ["%2Fclaims%3Fstatus%3Ddraft", "/claims?status=draft"],
    ];
    for (const [next, location] of cases) {
      const res = await request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
      expect(res.status(), next).toBe(307);
      expect(res.headers()["location"], next).toBe(location);
    }
  });

  test("a big anonymous body to /api/auth is refused", async ({ request }) => {
    const res = await request.post("/api/auth/sign-in/email", {
      data: "x".repeat(2 * 1024 * 1024),
      headers: { origin: editorUrl, "content-type": "application/json" },
    });
    expect(res.status()).toBe(413);
  });

  test("a bad environment stops the start, with its message", async () => {
    test.setTimeout(120_000);
    const port = Number(process.env.E2E_EDITOR_PORT ?? 3101) + 7;
    const { code, output } = await startAndWait(
      { DATABASE_URL: "postgresql://127.0.0.1:1/none", BETTER_AUTH_SECRET: "too short" },
      port,
    );
    expect(code).not.toBe(0);
    expect(output).toContain("BETTER_AUTH_SECRET must be at least 32 characters");
  });
});
