import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "@armstrail/e2e/csp-guard";
import { admin, browserAs } from "./helpers";

// The newsroom works in this app all day, some of them with a screen reader or the
// keyboard alone: axe-core on every kind of screen, signed in as the first admin (who sees
// every screen), plus the sign-in page as a stranger sees it. The seeded case provides the
// records; nothing here changes data.
const screens = [
  ["home", "/"],
  ["review queue", "/review"],
  ["claims", "/claims"],
  ["claim", "/claims/C39"],
  ["claim revisions", "/claims/C39/revisions"],
  ["new claim", "/claims/new"],
  ["records", "/entities"],
  ["actors", "/entities/actor"],
  ["actor", "/entities/actor/A01"],
  ["new transfer", "/entities/transfer/new"],
  ["transfer", "/entities/transfer/T01"],
  ["story", "/story"],
  ["new story block", "/story/new"],
  ["import", "/import"],
  ["new checked article", "/entities/checked_article/new"],
  ["people", "/admin/people"],
  ["API tokens", "/admin/tokens"],
  ["audit log", "/admin/audit"],
] as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ") ?? ""}`,
  );
}

test("the sign-in page has no axe violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("every screen has no axe violations and a title of its own", async ({ browser }) => {
  const { context, page } = await browserAs(browser, admin);
  const titles = new Set<string>();
  const found: string[] = [];
  for (const [name, url] of screens) {
    const answer = await page.goto(url);
    expect(answer?.status(), `${name} (${url})`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const v of await violations(page)) found.push(`${name} (${url}): ${v}`);
    titles.add(await page.title());
  }
  expect(found).toEqual([]);
  // Browser tabs and history tell the screens apart.
  expect(titles.size).toBeGreaterThan(screens.length / 2);
  await context.close();
});
