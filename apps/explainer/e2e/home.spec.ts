import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("the explainer's home page", () => {
  test("lists the 45 published claims with their verdicts, and no draft", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const claims = page.locator("ol.claims > li");
    await expect(claims).toHaveCount(45);
    const c39 = page.locator("li#C39");
    await expect(c39.locator(".verdict")).toHaveText("Inaccurate");
    await expect(page.locator("li#C901")).toHaveCount(0);
    await expect(page.getByText("Unchecked", { exact: false })).toHaveCount(0);
  });

  test("has no accessibility violations that axe-core can find", async ({ page }) => {
    await page.goto("/");
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test("the public API answers claim.byRef for C39 with its verdict", async ({ request }) => {
  const res = await request.get(
    `/api/trpc/claim.byRef?input=${encodeURIComponent(JSON.stringify({ ref: "C39" }))}`,
  );
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { result: { data: { verdict: string } } };
  expect(body.result.data.verdict).toBe("inaccurate");
});
