import { expect, test } from "@armstrail/e2e/csp-guard";
import { startAndWait } from "@armstrail/e2e/start";

// What the explainer sends with every answer, read over HTTP: the browser-side check that no
// page breaks its own policy is in csp-guard.ts, which every spec uses.
const fixed = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test.describe("security headers", () => {
  test.skip(({ isMobile }) => isMobile, "same server answers at any width");

  test("every answer carries them; pages get a fresh nonce policy their scripts carry", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of [
      "/",
      "/investigations/russia-north-korea-munitions",
      "/claims",
      "/network",
      "/map",
      "/no-such-page",
      "/claims/C39",
    ]) {
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
      // Every script and style the page carries is one the policy lets in.
      const html = await res.text();
      for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) {
        if (/type="application\/ld\+json"/.test(tag)) continue;
        expect(tag, path).toContain(`nonce="${nonce}"`);
      }
      // Plain HTTP: no HSTS (it would pin a local address to HTTPS).
      expect(h["strict-transport-security"], path).toBeUndefined();
    }
    expect(nonces.size).toBe(7);
    for (const path of ["/api/trpc/claim.byRef?input=%7B%22ref%22%3A%22C39%22%7D", "/feed.xml"]) {
      const h = (await request.get(path)).headers();
      for (const [name, value] of Object.entries(fixed))
        expect(h[name], `${path} ${name}`).toBe(value);
      expect(h["content-security-policy"], path).toBeTruthy();
    }
  });

  test("HSTS when the request came over HTTPS", async ({ request }) => {
    const res = await request.get("/claims", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  test("the network page's filter still works under the policy", async ({ page }) => {
    await page.goto("/network");
    // The filter appears only once its script has run: the policy let it.
    const filters = page.getByRole("checkbox");
    await expect(filters.first()).toBeChecked();
    const status = page.getByRole("status");
    const before = await status.textContent();
    await filters.first().uncheck();
    await expect(status).not.toHaveText(before ?? "");
  });

  test("a big body to /api/revalidate is refused unread", async ({ request }) => {
    const res = await request.post("/api/revalidate", { data: "x".repeat(2 * 1024 * 1024) });
    expect(res.status()).toBe(413);
  });

  test("a bad environment stops the start, with its message", async () => {
    test.setTimeout(120_000);
    const port = Number(process.env.E2E_PORT ?? 3100) + 9;
    const { code, output } = await startAndWait(
      {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "postgresql://x/y",
        REVALIDATE_SECRET: "short",
      },
      port,
    );
    expect(code).not.toBe(0);
    expect(output).toContain("REVALIDATE_SECRET must be at least 16 characters");
  });
});
