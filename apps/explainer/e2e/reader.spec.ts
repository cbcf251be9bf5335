import { expect, test } from "@armstrail/e2e/csp-guard";

// What a reader does, end to end, on the seeded first case.
const story = "/investigations/russia-north-korea-munitions";

test("from the list of investigations to a story, and a footnote to claim C39", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Investigations");
  await page.locator(`main a[href="${story}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${story}$`));
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

test("the home page lists each investigation with its verdict counts", async ({ page }) => {
  await page.goto("/");
  const item = page
    .locator("main ol.investigations > li")
    .filter({ has: page.locator(`a[href="${story}"]`) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("45 claims checked");
  const inaccurate = item.locator(`a[href="${story}/claims?verdict=inaccurate"]`);
  await expect(inaccurate).toContainText("6");
  await inaccurate.click();
  await expect(page).toHaveURL(new RegExp(`${story}/claims\\?verdict=inaccurate$`));
  await expect(page.locator("main ol.claims > li")).toHaveCount(6);
});

test("the story's checked article comes from its record: its claims in reading order", async ({
  page,
}) => {
  await page.goto(story);
  const checked = page.locator("#checked-articles");
  await expect(checked.getByRole("heading", { level: 2 })).toHaveText("The article we checked");
  // Its counts are the article's own: six badges adding up to the number it states.
  const counts = await checked.locator("ul.counts li").allTextContents();
  expect(counts).toHaveLength(6);
  const total = counts.reduce((sum, t) => sum + Number(/(\d+)\s*$/.exec(t)?.[1] ?? 0), 0);
  await expect(checked).toContainText(`We split it into ${total} claims`);
  await checked.locator("summary").first().click();
  const passages = checked.locator("blockquote.passage");
  expect(await passages.count()).toBe(total);
});

test("an investigation has its own claims, transfers, timeline, network, map, data and feed", async ({
  page,
  request,
}) => {
  for (const [view, heading] of [
    ["claims", "Claims"],
    ["transfers", "Transfers"],
    ["timeline", "Timeline"],
    ["network", "Network of transfers"],
    ["map", "Map of the routes"],
    ["data", "Data and licence"],
  ] as const) {
    const res = await page.goto(`${story}/${view}`);
    expect(res?.status(), view).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), view).toHaveText(heading);
    const nav = page.getByRole("navigation", { name: "This investigation" });
    await expect(nav.locator('a[aria-current="page"]'), view).toHaveAttribute(
      "href",
      `${story}/${view}`,
    );
  }
  await page.goto(`${story}/claims`);
  await expect(page.locator("main h2#results")).toHaveText("45 claims published");
  const json = (await (await request.get(`${story}/data/claims.json`)).json()) as {
    meta: { citation: string };
    claims: { ref: string }[];
  };
  expect(json.claims).toHaveLength(45);
  const feed = await (await request.get(`${story}/feed.xml`)).text();
  expect(feed).toContain(`<id>http://127.0.0.1:${process.env.E2E_PORT ?? 3100}${story}</id>`);
  expect((feed.match(/<entry>/g) ?? []).length).toBeGreaterThanOrEqual(45);
});

test("addresses that moved answer with a permanent redirect; an unknown investigation is a 404", async ({
  request,
}) => {
  const moved: [string, string][] = [
    ["/investigations", "/"],
    [`${story}/claims/C39`, "/claims/C39"],
    [`${story}/transfers/T01`, "/transfers/T01"],
  ];
  for (const [from, to] of moved) {
    const res = await request.get(from, { maxRedirects: 0 });
    expect(res.status(), from).toBe(308);
    expect(new URL(res.headers().location ?? "", "http://x").pathname, from).toBe(to);
  }
  for (const url of ["/investigations/no-such-case", "/investigations/no-such-case/claims"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});
