import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@armstrail/e2e/csp-guard";

// axe-core on one page of every type, at desktop and phone width (the two projects),
// with a full-page screenshot of each attached to the report.
const pages = [
  ["investigations", "/"],
  ["story", "/investigations/russia-north-korea-munitions"],
  ["investigation claims", "/investigations/russia-north-korea-munitions/claims"],
  ["investigation data", "/investigations/russia-north-korea-munitions/data"],
  ["claims", "/claims"],
  ["claim", "/claims/C39"],
  ["actors", "/actors"],
  ["actor", "/actors/A45"],
  ["transfers", "/transfers"],
  ["transfer", "/transfers/T01"],
  ["sanctions", "/sanctions"],
  ["sanction", "/sanctions/X05"],
  ["timeline", "/timeline"],
  ["network", "/network"],
  ["map", "/map"],
  ["sources", "/sources"],
  ["search", "/search?q=Vostochny"],
  ["corrections", "/corrections"],
  ["methodology", "/methodology"],
  ["data", "/data"],
  ["not found", "/claims/C999"],
] as const;

for (const [name, url] of pages) {
  test(`${name} page (${url}): no axe violations, readable without sideways scrolling`, async ({
    page,
  }, testInfo) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ") ?? ""}`,
      ),
    ).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "page scrolls sideways").toBeLessThanOrEqual(1);
    const title = await page.title();
    expect(title.length).toBeGreaterThan(5);
    if (url !== "/claims/C999") {
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    }
    await testInfo.attach(`${name}-${testInfo.project.name}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
}

test("everything works by keyboard: the skip link and a footnote", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard checks at desktop width");
  await page.goto("/investigations/russia-north-korea-munitions");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  const marker = page.locator("a.fn").first();
  await marker.focus();
  await expect(marker).toBeFocused();
  const href = await marker.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
