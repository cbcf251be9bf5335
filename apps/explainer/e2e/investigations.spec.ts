import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "@armstrail/e2e/csp-guard";

// A reader walks both seeded investigations: the first case (seed data) and the second
// (imported from prisma/seed/cases/). What each page should hold is read from the public
// API, so the test names no case's records; what it proves is that the pages of one
// investigation never show the other's claims, and that `/` lists both with their counts.

interface Investigation {
  ref: string;
  slug: string;
  title: string;
  counts: { total: number; byVerdict: Record<string, number> };
}

async function query<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await request.get(`/api/trpc/${path}${search}`);
  expect(res.status(), path).toBe(200);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function investigations(request: APIRequestContext) {
  const list = await query<Investigation[]>(request, "investigation.list");
  expect(list.length).toBeGreaterThanOrEqual(2);
  return list;
}

/** The refs of an investigation's published claims, every page of them. */
async function claimRefs(request: APIRequestContext, slug: string): Promise<Set<string>> {
  const refs = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { items: { ref: string }[]; nextCursor: string | null } = await query(
      request,
      "claim.list",
      { investigation: slug, limit: 100, cursor },
    );
    for (const c of page.items) refs.add(c.ref);
    cursor = page.nextCursor;
  } while (cursor);
  return refs;
}

/** The claim refs a page links to, wherever its claim pages live. */
async function linkedClaims(page: Page): Promise<Set<string>> {
  const hrefs = await page
    .locator('main a[href*="/claims/C"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  return new Set(hrefs.map((h) => /\/claims\/(C\d+)/.exec(h)?.[1]).filter((r) => r !== undefined));
}

test("the home page lists both investigations, each with its own claim count", async ({
  page,
  request,
}) => {
  const list = await investigations(request);
  await page.goto("/");
  for (const inv of list) {
    const link = page.locator(`main a[href="/investigations/${inv.slug}"]`).first();
    await expect(link, inv.slug).toBeVisible();
    // The entry that links to the investigation carries its title and its own count.
    const entry = page
      .locator("main li, main article, main section")
      .filter({ has: page.locator(`a[href="/investigations/${inv.slug}"]`) })
      .last();
    await expect(entry).toContainText(inv.title);
    await expect(entry).toContainText(String(inv.counts.total));
  }
  // The two counts differ, so neither entry can be showing the other's.
  expect(new Set(list.map((i) => i.counts.total)).size).toBe(list.length);
});

test("each investigation's page shows its own claims and none of the other's", async ({
  page,
  request,
}) => {
  const list = await investigations(request);
  const own = new Map<string, Set<string>>();
  for (const inv of list) own.set(inv.slug, await claimRefs(request, inv.slug));
  for (const inv of list) {
    const mine = own.get(inv.slug)!;
    expect(mine.size, inv.slug).toBe(inv.counts.total);
    await page.goto(`/investigations/${inv.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(inv.title);
    const shown = await linkedClaims(page);
    // A story links claims through its paragraphs and its published checked articles; an
    // investigation with neither yet (the imported second case's article waits for review)
    // links none, but never another investigation's.
    const detail = await query<{ articles: unknown[] }>(request, "investigation.bySlug", {
      slug: inv.slug,
    });
    if (detail.articles.length > 0)
      expect(shown.size, `${inv.slug} links to claims`).toBeGreaterThan(0);
    // Each seeded investigation tells a story of its own, section by section.
    const story = await query<{ sections: { title: string }[] }>(request, "story.get", {
      investigation: inv.slug,
    });
    expect(story.sections.length, `${inv.slug} has a story`).toBeGreaterThan(0);
    for (const section of story.sections)
      await expect(
        page.getByRole("heading", { name: section.title, exact: true }),
        inv.slug,
      ).toBeVisible();
    const foreign = [...shown].filter((ref) => !mine.has(ref));
    expect(foreign, `${inv.slug} shows another investigation's claims`).toEqual([]);
  }
});

test("each investigation's claims list holds exactly its claims", async ({ page, request }) => {
  const list = await investigations(request);
  for (const inv of list) {
    const mine = await claimRefs(request, inv.slug);
    await page.goto(`/investigations/${inv.slug}/claims`);
    const shown = await linkedClaims(page);
    // The list may page; what it shows is a part of this investigation's claims, never more.
    expect(
      [...shown].filter((ref) => !mine.has(ref)),
      inv.slug,
    ).toEqual([]);
    expect(shown.size).toBeGreaterThanOrEqual(Math.min(mine.size, 10));
  }
});
