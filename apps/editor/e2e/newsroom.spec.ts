import { type Page, expect, test } from "@playwright/test";
import { type Person, admin, browserAs, callMutation, explainerUrl, signIn } from "./helpers";

// One newsroom's day, in order: people are invited, a claim is drafted, reviewed, sent back,
// revised, approved (and appears on the explainer), then retracted (and leaves it). Each
// step is a test so a failure names the step; they share the database's state.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const people: Record<"contributor" | "fact_checker" | "editor", Person> = {
  contributor: {
    email: `carla-${stamp}@newsroom.test`,
    name: "Carla Contributor",
    password: "carla's long password 1",
  },
  fact_checker: {
    email: `felix-${stamp}@newsroom.test`,
    name: "Felix Checker",
    password: "felix's long password 2",
  },
  editor: {
    email: `edna-${stamp}@newsroom.test`,
    name: "Edna Editor",
    password: "edna's long password 3",
  },
};
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
  await page.getByRole("link", { name: "People" }).click();
  const links: Partial<Record<keyof typeof people, string>> = {};
  for (const [role, person] of Object.entries(people) as [keyof typeof people, Person][]) {
    await page.getByLabel("Email", { exact: true }).fill(person.email);
    await page.getByLabel("Role", { exact: true }).selectOption(role);
    await page.getByRole("button", { name: "Create invitation" }).click();
    // Wait for this person's invitation, not the previous one still on screen.
    await expect(page.getByRole("status").filter({ hasText: person.email })).toBeVisible();
    const link = page.getByTestId("invite-link");
    await expect(link).toBeVisible();
    links[role] = (await link.textContent())!.trim();
  }
  for (const [role, person] of Object.entries(people) as [keyof typeof people, Person][]) {
    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(links[role]!);
    await invited.getByLabel("Your name").fill(person.name);
    await invited.getByLabel("Password", { exact: true }).fill(person.password);
    await invited.getByLabel("Password again").fill(person.password);
    await invited.getByRole("button", { name: "Join the newsroom" }).click();
    await expect(invited.getByRole("heading", { name: "Sign in" })).toBeVisible();
    // A one-time link: following it again finds nothing to accept.
    await invited.goto(links[role]!);
    // (Next's route announcer is an empty alert too: pick ours by what it says.)
    await expect(invited.getByRole("alert").filter({ hasText: /invitation/i })).toContainText(
      /used|expired|no longer/i,
    );
    await context.close();
  }
});

test("the contributor drafts a claim with evidence and sends it to review", async ({ browser }) => {
  const { page, context } = await browserAs(browser, people.contributor);
  await page.getByRole("link", { name: "Claims" }).click();
  await page.getByRole("link", { name: "New claim" }).click();
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
  await author.page.getByLabel("Statement").fill(`Conflict test claim ${stamp}`);
  await author.page.getByLabel("Claimant").fill("A wire report");
  await author.page.getByLabel("Claim type").selectOption("opinion");
  await author.page.getByLabel("Verdict").selectOption("opinion");
  await author.page.getByLabel("Finding").fill("First finding.");
  await author.page.getByRole("button", { name: "Create draft" }).click();
  await expect(author.page).toHaveURL(/\/claims\/C\d+$/);
  const ref = author.page.url().split("/").pop()!;
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
