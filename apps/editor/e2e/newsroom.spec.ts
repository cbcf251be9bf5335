import type { Page } from "@playwright/test";
import { expect, test } from "@armstrail/e2e/csp-guard";
import {
  admin,
  browserAs,
  callMutation,
  explainerUrl,
  invitePeople,
  newPeople,
  signIn,
} from "./helpers";

// One newsroom's day, in order: people are invited, a claim is drafted, reviewed, sent back,
// revised, approved (and appears on the explainer), then retracted (and leaves it). Each
// step is a test so a failure names the step; they share the database's state.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const people = newPeople(stamp, {
  contributor: "Carla Contributor",
  fact_checker: "Felix Checker",
  editor: "Edna Editor",
});
const statement = `North Korea shipped artillery shells by rail in autumn ${stamp}`;
const hostile = `<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">`;
let claimRef = "";

async function openClaim(page: Page) {
  await page.goto(`/claims/${claimRef}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(claimRef);
}

test("an admin invites a contributor, a fact-checker and an editor, who set their passwords", async ({
  page,
  browser,
}) => {
  await signIn(page, admin);
  await invitePeople(page, browser, people);
});

test("the contributor drafts a claim with evidence and sends it to review", async ({ browser }) => {
  const { page, context } = await browserAs(browser, people.contributor);
  await page.getByRole("link", { name: "Claims" }).click();
  await page.getByRole("link", { name: "New claim" }).click();
  await page.locator("#f-investigation").selectOption("russia-north-korea-munitions");
  await page.getByLabel("Statement").fill(statement);
  await page.getByLabel("Claimant").fill("A defence ministry spokesperson");
  await page.getByLabel("Claim type").selectOption("event");
  await page.getByLabel("Verdict").selectOption("mostly_accurate");
  await page.getByLabel("Finding").fill(`Rail imagery supports it. ${hostile}`);
  await page.getByRole("button", { name: "Add evidence" }).click();
  await page.getByRole("button", { name: "Add a new source" }).click();
  await page.getByLabel("Address (URL)").fill(`https://example.org/rail-${stamp}`);
  await page.getByLabel("Publisher").fill("Example Monitor");
  await page.getByLabel("Title", { exact: true }).fill(`Rail cars at Tumangang ${stamp}`);
  await page.getByLabel("Kind of source").selectOption("research");
  await page.getByRole("button", { name: "Create source" }).click();
  await expect(page.getByText(/Chosen: S\d+/)).toBeVisible();
  await page.getByLabel("Source reliability").selectOption("B");
  await page.getByLabel("Information credibility").selectOption("2");
  await page.getByLabel("What it supports").fill("Imagery of loaded rail cars at the border.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/claims\/C\d+$/);
  claimRef = page.url().split("/").pop()!;
  // The hostile text is shown as text and never runs.
  await expect(page.locator("main")).toContainText("<script>");
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await page.getByRole("button", { name: "Send to review" }).click();
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  await context.close();
});

test("the fact-checker requests changes", async ({ browser }) => {
  const { page, context } = await browserAs(browser, people.fact_checker);
  await page.getByRole("link", { name: "Review queue" }).click();
  await page.getByRole("link", { name: statement }).click();
  await page.getByRole("button", { name: "Request changes…" }).click();
  await page.getByLabel("What needs to change").fill("Say which month, and grade the imagery.");
  await page.getByRole("button", { name: "Confirm: request changes" }).click();
  await expect(page.getByText("Changes requested", { exact: true }).first()).toBeVisible();
  await context.close();
});

test("the contributor revises and resubmits, and can neither see nor call approve", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.contributor);
  await openClaim(page);
  await expect(page.getByText("Say which month, and grade the imagery.")).toBeVisible();
  await page.getByLabel("Statement").fill(`${statement}, in October`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version" })).toBeVisible();
  await page.getByRole("button", { name: "Send to review" }).click();
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  const id = await page.evaluate(async (ref) => {
    const res = await fetch(
      `/api/trpc/claim.get?input=${encodeURIComponent(JSON.stringify({ ref }))}`,
    );
    const body = (await res.json()) as { result: { data: { id: string; version: number } } };
    return body.result.data;
  }, claimRef);
  expect(await callMutation(page, "claim.approve", { id: id.id, baseVersion: id.version })).toBe(
    "FORBIDDEN",
  );
  await context.close();
});

test("the fact-checker approves, and the claim is on the explainer within seconds", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.fact_checker);
  await openClaim(page);
  await page.getByRole("button", { name: "Approve…" }).click();
  await page.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  const reader = await browser.newPage({ baseURL: explainerUrl });
  await expect
    .poll(async () => (await reader.goto(`${explainerUrl}/claims/${claimRef}`))?.status(), {
      timeout: 15_000,
      intervals: [500, 1000],
    })
    .toBe(200);
  await expect(reader.locator("main")).toContainText("in October");
  await expect(reader.locator("main")).toContainText("<script>");
  expect(await reader.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await reader.close();
  await context.close();
});

test("an editor retracts it: it leaves the public pages and appears on /corrections", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.editor);
  await openClaim(page);
  await page.getByRole("button", { name: "Retract…" }).click();
  await page
    .getByLabel("Public reason for the retraction")
    .fill("The imagery was from a different year than reported.");
  await page.getByRole("button", { name: "Confirm: retract" }).click();
  await expect(page.getByText("Retracted", { exact: true }).first()).toBeVisible();
  const reader = await browser.newPage({ baseURL: explainerUrl });
  await expect
    .poll(async () => (await reader.goto(`${explainerUrl}/claims/${claimRef}`))?.status(), {
      timeout: 15_000,
      intervals: [500, 1000],
    })
    .not.toBe(200);
  await reader.goto(`${explainerUrl}/corrections`);
  await expect(reader.locator("main")).toContainText("different year than reported");
  await reader.close();
  await context.close();
});

test("two people editing one claim: the second save gets the conflict panel, not a lost update", async ({
  browser,
}) => {
  // A fresh draft by the contributor, then the fact-checker and the editor open it at once.
  const author = await browserAs(browser, people.contributor);
  await author.page.goto("/claims/new");
  await author.page.getByLabel("Investigation").selectOption("russia-north-korea-munitions");
  await author.page.getByLabel("Statement").fill(`Conflict test claim ${stamp}`);
  await author.page.getByLabel("Claimant").fill("A wire report");
  await author.page.getByLabel("Claim type").selectOption("opinion");
  await author.page.getByLabel("Verdict").selectOption("opinion");
  await author.page.getByLabel("Finding").fill("First finding.");
  await author.page.getByRole("button", { name: "Create draft" }).click();
  await expect(author.page).toHaveURL(/\/claims\/C\d+$/);
  const ref = author.page.url().split("/").pop()!;
  // Drafted under the wrong investigation: moved before anyone reads it.
  const move = author.page.getByRole("form", { name: "Move to another investigation" });
  await move.getByLabel("Investigation").selectOption("myanmar-military-supply");
  await move.getByRole("button", { name: "Move the claim" }).click();
  await expect(author.page.locator(".meta-line")).toContainText(/ in .*Myanmar/);
  await author.page.getByRole("button", { name: "Send to review" }).click();
  await expect(author.page.getByText("In review", { exact: true }).first()).toBeVisible();
  await author.context.close();

  const first = await browserAs(browser, people.fact_checker);
  const second = await browserAs(browser, people.editor);
  await first.page.goto(`/claims/${ref}`);
  await second.page.goto(`/claims/${ref}`);
  await first.page.getByLabel("Finding").fill("Finding as the fact-checker wrote it.");
  await first.page.getByRole("button", { name: "Save" }).click();
  await expect(
    first.page.getByRole("status").filter({ hasText: "Saved as version" }),
  ).toBeVisible();

  await second.page.getByLabel("Claimant").fill("A wire report (Yonhap)");
  await second.page.getByLabel("Finding").fill("Finding as the editor wrote it.");
  await second.page.getByRole("button", { name: "Save" }).click();
  const panel = second.page
    .getByRole("alert")
    .filter({ hasText: "changed while you were editing" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Finding as the fact-checker wrote it.");
  await expect(panel).toContainText("Finding as the editor wrote it.");
  // Both changed the finding: a person must choose. Keep the editor's.
  await panel
    .getByRole("group", { name: /Finding/ })
    .getByLabel("Keep mine")
    .check();
  await panel.getByRole("button", { name: "Save the merge" }).click();
  await expect(
    second.page.getByRole("status").filter({ hasText: "Saved as version" }),
  ).toBeVisible();

  await first.page.reload();
  await expect(first.page.getByLabel("Finding")).toHaveValue("Finding as the editor wrote it.");
  await expect(first.page.getByLabel("Claimant")).toHaveValue("A wire report (Yonhap)");
  await first.context.close();
  await second.context.close();
});
