import { expect, test } from "@armstrail/e2e/csp-guard";
import pg from "pg";

// Pages are served from a cache; the editor tells the explainer when something changed.
const secret = process.env.E2E_REVALIDATE_SECRET ?? "e2e-revalidate-secret-0123456789";

async function sql(query: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(query, params);
  } finally {
    await client.end();
  }
}

test.describe("freshness", () => {
  test.skip(({ isMobile }) => isMobile, "changes the database; run once, at desktop width");

  test("an unauthenticated revalidation call is refused", async ({ request }) => {
    expect((await request.post("/api/revalidate")).status()).toBe(401);
    expect(
      (
        await request.post("/api/revalidate", {
          headers: { authorization: "Bearer wrong-secret-wrong-secret" },
        })
      ).status(),
    ).toBe(401);
  });

  test("a retraction shows on the site as soon as the editor revalidates", async ({
    page,
    request,
  }) => {
    await page.goto("/claims/C45");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await sql("UPDATE claims SET status = 'retracted', retracted_at = now() WHERE ref = 'C45'");
    try {
      // Still served from the cache: nothing told the explainer yet.
      await page.goto("/claims/C45");
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/not found/i);
      const res = await request.post("/api/revalidate", {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(res.status()).toBe(200);
      const started = Date.now();
      await expect(async () => {
        const r = await page.goto("/claims/C45");
        expect(r?.status()).toBe(404);
      }).toPass({ timeout: 10_000 });
      // The story, served by a route handler from the same cache, counts one claim fewer.
      await page.goto("/investigations/russia-north-korea-munitions");
      await expect(page.locator("main")).toContainText("All 44 claims");
      test.info().annotations.push({
        type: "seconds to show the retraction",
        description: ((Date.now() - started) / 1000).toFixed(2),
      });
    } finally {
      await sql("UPDATE claims SET status = 'approved', retracted_at = NULL WHERE ref = 'C45'");
      await request.post("/api/revalidate", { headers: { authorization: `Bearer ${secret}` } });
    }
  });
});
