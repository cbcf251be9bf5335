import { expect, test } from "@armstrail/e2e/csp-guard";

// What a reader does, end to end, on the seeded first case.

test("follow a footnote in the story to claim C39: rated inaccurate, with its sources", async ({
  page,
}) => {
  await page.goto("/");
  const marker = page.locator('a.fn[href="/claims/C39"]').first();
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAttribute("aria-label", /inaccurate/);
  await marker.click();
  await expect(page).toHaveURL(/\/claims\/C39$/);
  await expect(page.locator("main")).toContainText("Inaccurate");
  await expect(page.locator("main")).toContainText("28 March");
  const external = page.locator('main a[href^="http"]');
  expect(await external.count()).toBeGreaterThanOrEqual(3);
});

test("filter the claims to inaccurate and get exactly those", async ({ page }) => {
  await page.goto("/claims");
  await page.locator('select[name="verdict"]').selectOption("inaccurate");
  await page.getByRole("button", { name: "Show claims" }).click();
  await expect(page).toHaveURL(/verdict=inaccurate/);
  const results = page.locator("main ol.claims > li");
  await expect(results).toHaveCount(6);
  const texts = await results.locator(".verdict").allTextContents();
  expect(new Set(texts)).toEqual(new Set(["Inaccurate"]));
});

test("search for Vostochny", async ({ page }) => {
  await page.goto("/search");
  await page
    .getByRole("searchbox")
    .or(page.getByLabel(/search/i))
    .first()
    .fill("Vostochny");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Vostochny/);
  await expect(page.locator("main")).toContainText("Vostochny port");
  await expect(page.locator('main a[href="/actors/A47"]').first()).toBeVisible();
});

test("read the timeline in date order", async ({ page }) => {
  await page.goto("/timeline");
  const dates = await page
    .locator("main ol time[datetime]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThanOrEqual(41);
  expect(dates).toEqual([...dates].sort());
  // A month-only date is shown as the month, never as a made-up day.
  await expect(page.locator('main time[datetime="2023-08"]').first()).toHaveText(/^August 2023/);
});

test("open an actor and reach a transfer from it", async ({ page }) => {
  await page.goto("/actors/A45");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rajin");
  await page.locator('main a[href="/transfers/T01"]').first().click();
  await expect(page).toHaveURL(/\/transfers\/T01$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The dated estimates: the chart and the same figures as a table.
  await expect(page.locator("main svg[role='img']").first()).toBeVisible();
  await expect(page.locator("main table")).toContainText("13,000");
  await expect(page.locator("main table")).toContainText("1,000");
});

test("the network and map pages draw", async ({ page }) => {
  await page.goto("/network");
  const graph = page.locator("main svg[role='img']").first();
  await expect(graph).toBeVisible();
  // Actor nodes are links drawn over the picture (links inside role="img" would hide them).
  expect(await page.locator("main svg a").count()).toBeGreaterThan(3);
  await page.goto("/map");
  const map = page.locator("main svg[role='img']").first();
  await expect(map).toBeVisible();
  expect(await map.locator("path").count()).toBeGreaterThan(5);
  await expect(page.locator("main")).toContainText("Vostochny");
});

test("an unknown reference is a clear 404, not a stack trace", async ({ page }) => {
  for (const url of ["/claims/C999", "/actors/A999", "/transfers/not-a-ref", "/no-such-page"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
    await expect(page.locator("body")).not.toContainText(/at .*\.js:\d+/);
  }
});
