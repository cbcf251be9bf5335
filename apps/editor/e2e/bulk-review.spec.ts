import type { Page } from "@playwright/test";
import { expect, test } from "@armstrail/e2e/csp-guard";
import { admin, browserAs, invitePeople, newPeople, postMutation, signIn } from "./helpers";

// Bulk review in the review queue, as two people: a contributor sends 22 records to review
// at once (20 sources, an actor citing one, and a claim citing both), and a fact-checker
// publishes them in one form post, with JavaScript off, so the plain form works. Each record
// is still decided on its own: the fact-checker's own draft, slipped into the selection, is
// refused on four eyes and the result says so beside the others' outcomes.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const people = newPeople(stamp, {
  contributor: "Bea Bulkwriter",
  fact_checker: "Pim Publisher",
});
const SOURCES = 20;
let refs: { kind: string; ref: string; label: string }[] = [];
let ownRef = "";

/** An editor mutation from inside the signed-in page (as its own code would); its result. */
async function call<T>(page: Page, path: string, input: unknown): Promise<T> {
  const answer = await postMutation(page, path, input);
  if (!answer.ok) throw new Error(`${path} failed: ${answer.code}`);
  return answer.data as T;
}

const sourceInput = (title: string) => ({
  publisher: "Bulk Wire",
  title,
  titleIsDescriptive: false,
  published: "2024-05-02",
  url: `https://example.org/bulk-${stamp}-${title.replaceAll(/\W+/g, "-")}`,
  kind: "news_agency",
  kindNote: null,
});

/** Ticks a record in the queue by its label ("Source S123"). */
async function tick(page: Page, kind: string, ref: string) {
  await page.getByLabel(`${kind} ${ref}`, { exact: true }).check();
}

test("an admin invites a contributor and a fact-checker", async ({ page, browser }) => {
  await signIn(page, admin);
  await invitePeople(page, browser, people);
});

test("the contributor drafts 22 records and sends them to review in one go", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.contributor);
  refs = [];
  for (let i = 1; i <= SOURCES; i++) {
    const s = await call<{ ref: string }>(
      page,
      "source.create",
      sourceInput(`Bulk report ${i} ${stamp}`),
    );
    refs.push({ kind: "Source", ref: s.ref, label: `Bulk report ${i}` });
  }
  const actor = await call<{ ref: string }>(page, "actor.create", {
    name: `Bulk Shipping ${stamp}`,
    kind: "company",
    country: "RU",
    description: "A shipping company in a bulk-review test.",
    aliases: [],
    identifiers: [],
    links: [],
    sourceRefs: [refs[0]!.ref],
  });
  refs.push({ kind: "Actor", ref: actor.ref, label: "Bulk Shipping" });
  const claim = await call<{ ref: string }>(page, "claim.create", {
    investigation: "russia-north-korea-munitions",
    statement: `Bulk Shipping ${stamp} carried shells in May 2024.`,
    claimant: "A test ministry",
    claimType: "event",
    verdict: "accurate",
    finding: "The wire report says so.",
    evidence: [{ source: refs[1]!.ref, reliability: "B", credibility: 2, supports: "It says so." }],
    subjects: [{ kind: "actor", ref: actor.ref }],
  });
  refs.push({ kind: "Claim", ref: claim.ref, label: "carried shells" });

  await page.goto("/review?stage=to_submit");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  // Select-all ticks every record shown (a script: wait until the page has one running);
  // untick it and choose ours one by one.
  await page.waitForLoadState("networkidle");
  const all = page.getByLabel("Select all shown");
  await all.check();
  await expect(page.getByLabel(`Source ${refs[0]!.ref}`, { exact: true })).toBeChecked();
  await all.uncheck();
  for (const r of refs) await tick(page, r.kind, r.ref);
  await page.getByLabel("Action").selectOption("submit");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(
    page.getByRole("heading", { name: `${refs.length} of ${refs.length} done, 0 refused` }),
  ).toBeVisible();
  await context.close();
});

test("the fact-checker publishes them with one plain form post, and is refused their own draft", async ({
  browser,
}) => {
  // Their own draft, sent to review, slipped into the selection: four eyes refuses it.
  const signedIn = await browserAs(browser, people.fact_checker);
  const own = await call<{ id: string; ref: string; version: number }>(
    signedIn.page,
    "source.create",
    sourceInput(`Own report ${stamp}`),
  );
  await call(signedIn.page, "source.submit", { id: own.id, baseVersion: own.version });
  ownRef = own.ref;
  const storageState = await signedIn.context.storageState();
  await signedIn.context.close();

  // No JavaScript at all: the queue's form posts and the page comes back with the outcome.
  const context = await browser.newContext({ storageState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/review?stage=in_review");
  for (const r of refs) await tick(page, r.kind, r.ref);
  await tick(page, "Source", ownRef);
  await page.getByLabel("Action").selectOption("publish");
  await page.getByRole("button", { name: "Apply to selected" }).click();

  const total = refs.length + 1;
  await expect(
    page.getByRole("heading", { name: `${refs.length} of ${total} done, 1 refused` }),
  ).toBeVisible();
  const outcome = page.getByRole("status").filter({ hasText: "done," });
  for (const r of refs)
    await expect(
      outcome.getByRole("row", { name: new RegExp(`${r.kind} ${r.ref}\\b`) }),
    ).toContainText(/Done: (published|approved)/);
  await expect(outcome.getByRole("row", { name: new RegExp(`Source ${ownRef}\\b`) })).toContainText(
    /Refused.*another fact-checker/,
  );
  // Dependency order: the cited sources come before the actor, the actor before the claim.
  const rows = (await outcome.locator("tbody tr td:first-child").allTextContents()).map((t) =>
    t.trim(),
  );
  const at = (kind: string, ref: string) => rows.indexOf(`${kind} ${ref}`);
  const [first, second] = refs;
  const actor = refs.find((r) => r.kind === "Actor")!;
  const claim = refs.find((r) => r.kind === "Claim")!;
  expect(at("Source", first!.ref)).toBeLessThan(at("Actor", actor.ref));
  expect(at("Source", second!.ref)).toBeLessThan(at("Claim", claim.ref));
  expect(at("Actor", actor.ref)).toBeLessThan(at("Claim", claim.ref));

  // Published means gone from the queue; the refused one still waits there.
  await page.goto("/review?stage=in_review");
  await expect(page.getByLabel(`Source ${refs[0]!.ref}`, { exact: true })).toHaveCount(0);
  await expect(page.getByLabel(`Source ${ownRef}`, { exact: true })).toHaveCount(1);
  await context.close();
});
