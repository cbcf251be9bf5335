import { expect, test } from "@armstrail/e2e/csp-guard";

test.describe("downloads, feed and markup", () => {
  test("the JSON download parses and has every published claim", async ({ request }) => {
    const res = await request.get("/data/claims.json");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = (await res.json()) as {
      meta: { licence: string };
      claims: { ref: string; verdict: string }[];
    };
    // Every published claim of every investigation, as the public API counts them.
    const counts = (await (await request.get("/api/trpc/claim.counts?input=%7B%7D")).json()) as {
      result: { data: { total: number } };
    };
    expect(body.claims).toHaveLength(counts.result.data.total);
    expect(body.claims.find((c) => c.ref === "C39")?.verdict).toBe("inaccurate");
    expect(body.meta.licence).toBeTruthy();
  });

  test("the CSV and FollowTheMoney downloads have a row per record", async ({ request }) => {
    const csv = await (await request.get("/data/claims.csv")).text();
    expect(csv.split("\n")[0]).toContain("verdict");
    expect(csv).toContain("C39");
    const ftm = (await (await request.get("/data/entities.ftm.jsonl")).text()).trim().split("\n");
    const entities = ftm.map(
      (l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
    );
    expect(entities.length).toBeGreaterThanOrEqual(56);
    expect(entities.every((e) => e.id && e.schema && typeof e.properties === "object")).toBe(true);
    expect(entities.some((e) => e.schema === "Vessel")).toBe(true);
  });

  test("the Atom feed is well-formed and lists the published claims", async ({ page, request }) => {
    const res = await request.get("/feed.xml");
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await res.text();
    await page.goto("/");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        ns: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName("entry").length,
        hasUpdated: doc.querySelector("feed > updated") !== null,
      };
    }, xml);
    expect(parsed).toEqual({
      error: false,
      ns: "http://www.w3.org/2005/Atom",
      entries: expect.any(Number) as unknown as number,
      hasUpdated: true,
    });
    expect(parsed.entries).toBeGreaterThanOrEqual(45);
  });

  test("every kind of page links the feed from its head", async ({ page }) => {
    for (const path of ["/", "/claims", "/claims/C39", "/actors", "/methodology"]) {
      await page.goto(path);
      const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(feed, path).toHaveCount(1);
      expect(await feed.getAttribute("href"), path).toMatch(/\/feed\.xml$/);
    }
  });

  test("every claim page carries valid ClaimReview JSON-LD", async ({ page }) => {
    await page.goto("/claims/C39");
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const review = blocks
      .map((b) => JSON.parse(b) as Record<string, unknown>)
      .find((j) => j["@type"] === "ClaimReview") as
      | {
          claimReviewed: string;
          url: string;
          reviewRating: { alternateName: string };
          author: { name: string };
          itemReviewed: { "@type": string };
        }
      | undefined;
    expect(review).toBeDefined();
    expect(review!.claimReviewed.length).toBeLessThan(75);
    expect(review!.claimReviewed.toLowerCase()).not.toContain("inaccurate");
    expect(review!.reviewRating.alternateName).toBe("Inaccurate");
    expect(new URL(review!.url).host).toBe(new URL(page.url()).host);
    expect(review!.url).toMatch(/\/claims\/C39$/);
    expect(review!.author.name).toBe("Arms Trail");
    expect(review!.itemReviewed["@type"]).toBe("Claim");
  });

  test("an investigation's pages name its own feed first, then the site's", async ({ page }) => {
    for (const path of [
      "/investigations/russia-north-korea-munitions",
      "/investigations/russia-north-korea-munitions/claims",
    ]) {
      await page.goto(path);
      const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(feeds, path).toHaveCount(2);
      // The story writes its head itself (a path); Next.js writes the others' (a full address).
      const href = (await feeds.first().getAttribute("href")) ?? "";
      expect(new URL(href, page.url()).pathname, path).toBe(
        "/investigations/russia-north-korea-munitions/feed.xml",
      );
    }
  });

  test("sitemap and robots are served", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/claims/C39");
    expect(sitemap).toContain("/actors/A45");
    expect(sitemap).toContain("/investigations/russia-north-korea-munitions/timeline");
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap:/i);
  });
});
