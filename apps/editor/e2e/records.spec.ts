import type { Page } from "@playwright/test";
import { expect, test } from "@armstrail/e2e/csp-guard";
import {
  admin,
  browserAs,
  callMutation,
  explainerUrl,
  invitePeople,
  newPeople,
  openOnExplainer,
  signIn,
} from "./helpers";

// The entity and story screens as a newsroom uses them: actors with the domain's checks
// shown beside the field, publication by a second person, a transfer with its figure, a
// merge of two actors that are one, and a new story block. The steps share the state they
// make (their own people and records, named with a stamp) and nothing from other files;
// the published case the database starts with provides the claim and source they cite.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const people = newPeople(stamp, {
  contributor: "Rita Researcher",
  fact_checker: "Vera Verifier",
  editor: "Otto Editor",
});
const actorName = `Rason Freight Company ${stamp}`;
const duplicateName = `Rason Freight Co. ${stamp}`;
const seeded = {
  recipient: "A01",
  source: "S01",
  claim: "C01",
  investigation: "russia-north-korea-munitions",
};
let actorRef = "";
let duplicateRef = "";
let transferRef = "";

/** The record page's ref, from its address (/entities/<type>/<ref>). */
function refOf(page: Page): string {
  return page.url().split("/").pop()!;
}

async function recordIds(page: Page, type: string, ref: string) {
  return page.evaluate(
    async ([t, r]) => {
      const res = await fetch(
        `/api/trpc/${t}.get?input=${encodeURIComponent(JSON.stringify({ ref: r }))}`,
      );
      const body = (await res.json()) as { result: { data: { id: string; version: number } } };
      return body.result.data;
    },
    [type, ref] as const,
  );
}

/** A second person publishes a record that is in review, from its page. */
async function publish(page: Page, type: string, ref: string) {
  await page.goto(`/entities/${type}/${ref}`);
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
}

async function createActor(page: Page, name: string, country: string) {
  await page.goto("/entities/actor/new");
  // The record forms are built from the domain's schemas: each control's id is its field's
  // path in the API (#f-country, #f-estimates-0-best), which is also where errors land.
  await page.locator("#f-name").fill(name);
  await page.locator("#f-kind").selectOption("company");
  await page.locator("#f-country").fill(country);
  await page
    .locator("#f-description")
    .fill("A freight forwarder in the Rason special economic zone.");
  await page.getByRole("button", { name: "Create actor" }).click();
}

async function sendToReview(page: Page) {
  await page.getByRole("button", { name: "Send to review" }).click();
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
}

test("an admin invites a contributor, a fact-checker and an editor for the records desk", async ({
  page,
  browser,
}) => {
  await signIn(page, admin);
  await invitePeople(page, browser, people);
});

test("a contributor's actor with a bad country shows the error beside the field, saves nothing, then saves when fixed", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.contributor);
  await createActor(page, actorName, "ZZ");
  await expect(page.locator("#f-country-error")).toContainText("Not an ISO 3166-1 country code");
  await expect(page.locator("#f-country")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/entities\/actor\/new$/);

  // Nothing was saved: no actor by that name exists yet.
  await page.goto(`/entities/actor?query=${encodeURIComponent(stamp)}`);
  await expect(page.getByText("Nothing matches.")).toBeVisible();

  await createActor(page, actorName, "KP");
  await expect(page).toHaveURL(/\/entities\/actor\/A\d+$/);
  actorRef = refOf(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(actorName);
  await sendToReview(page);

  // The same company entered again by mistake, to be merged later.
  await createActor(page, duplicateName, "KP");
  await expect(page).toHaveURL(/\/entities\/actor\/A\d+$/);
  duplicateRef = refOf(page);
  await sendToReview(page);
  await context.close();
});

test("the contributor cannot publish; a fact-checker does, and the actor is on the explainer", async ({
  browser,
}) => {
  const author = await browserAs(browser, people.contributor);
  await author.page.goto(`/entities/actor/${actorRef}`);
  await expect(author.page.getByText("In review", { exact: true }).first()).toBeVisible();
  await expect(author.page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  const { id, version } = await recordIds(author.page, "actor", actorRef);
  expect(await callMutation(author.page, "actor.publish", { id, baseVersion: version })).toBe(
    "FORBIDDEN",
  );
  await author.context.close();

  const checker = await browserAs(browser, people.fact_checker);
  await publish(checker.page, "actor", actorRef);
  await publish(checker.page, "actor", duplicateRef);
  await checker.context.close();

  const reader = await openOnExplainer(browser, `/actors/${actorRef}`, actorName);
  await reader.close();
});

test("a transfer with a dated estimate and a route leg is published and its figure shows on the explainer", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.contributor);
  await page.goto("/entities/transfer/new");
  await page.locator("#f-itemCategory").selectOption("artillery_ammunition");
  await page.locator("#f-status").selectOption("reported");
  await page.locator("#f-designation").fill(`152 mm shells, lot ${stamp}`);
  // The duplicate supplies, so that the merge below has a reference to move.
  await page.locator("#f-supplierRef").fill(duplicateRef);
  await page.locator("#f-recipientRef").fill(seeded.recipient);

  await page.getByRole("button", { name: "Add route leg" }).click();
  await page.locator("#f-routeLegs-0-mode").selectOption("rail");
  await page.locator("#f-routeLegs-0-label").fill("Tumangang to Khasan by rail");

  await page.getByRole("button", { name: "Add quantity estimate" }).click();
  await page.locator("#f-estimates-0-best").fill("4321");
  await page.locator("#f-estimates-0-unit").fill("containers");
  await page.locator("#f-estimates-0-qualifier").selectOption("about");
  await page.locator("#f-estimates-0-stage").selectOption("delivered");
  await page.locator("#f-estimates-0-asOf").fill("2024-02");
  await page.locator("#f-estimates-0-estimatedBy").fill("A test ministry");
  await page.locator("#f-estimates-0-sourceRef").fill(seeded.source);

  await page.getByRole("button", { name: "Create transfer" }).click();
  await expect(page).toHaveURL(/\/entities\/transfer\/T\d+$/);
  transferRef = refOf(page);
  await sendToReview(page);
  await context.close();

  const checker = await browserAs(browser, people.fact_checker);
  await publish(checker.page, "transfer", transferRef);
  await checker.context.close();

  const reader = await openOnExplainer(browser, `/transfers/${transferRef}`, "4,321");
  await expect(reader.locator("main")).toContainText("Tumangang to Khasan by rail");
  await expect(reader.locator("main")).toContainText(duplicateName);
  await reader.close();
});

test("an editor proposes merging the duplicate, another approves: its explainer address redirects and the transfer names the survivor", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, people.editor);
  await page.goto(`/entities/actor/${actorRef}`);
  await page.getByLabel("Duplicate actor's reference").fill(duplicateRef);
  await page.getByRole("button", { name: `Merge into ${actorRef}` }).click();
  // Both are published: the merge waits for a second editor, and its proposer cannot approve it.
  await expect(
    page.getByRole("status").filter({ hasText: `The merge of ${duplicateRef} into ${actorRef}` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve merge" })).toHaveCount(0);
  await context.close();

  const second = await browserAs(browser, admin);
  await second.page.goto(`/entities/actor/${actorRef}`);
  await second.page.getByRole("button", { name: "Approve merge" }).click();
  await expect(
    second.page.getByRole("heading", { name: "Merges waiting for a second editor" }),
  ).toHaveCount(0);
  // In the editor, the transfer now names the survivor.
  await second.page.goto(`/entities/transfer/${transferRef}`);
  await expect(second.page.locator("#f-supplierRef")).toHaveValue(actorRef);
  await second.context.close();

  const reader = await browser.newPage({ baseURL: explainerUrl });
  await expect
    .poll(
      async () => {
        await reader.goto(`${explainerUrl}/actors/${duplicateRef}`);
        return new URL(reader.url()).pathname;
      },
      { timeout: 30_000, intervals: [500, 1000] },
    )
    .toBe(`/actors/${actorRef}`);
  await expect(reader.locator("main")).toContainText(actorName);
  await reader.close();

  const transfer = await openOnExplainer(browser, `/transfers/${transferRef}`, actorName);
  await expect(transfer.locator("main")).not.toContainText(duplicateName);
  await transfer.close();
});

test("an editor adds a story block citing a published claim; another editor approves it and it is on the story page", async ({
  browser,
}) => {
  const paragraph = `The records desk checked this new paragraph, marked ${stamp}.`;
  const { page, context } = await browserAs(browser, people.editor);
  await page.goto("/story");
  await page.getByRole("link", { name: "New block" }).click();
  await expect(page.getByRole("heading", { name: "New story block" })).toBeVisible();
  // With several investigations, each section is named with the story it belongs to.
  const firstSection = page.getByLabel("Section", { exact: true }).locator("option").first();
  await expect(firstSection).toContainText(/: /);

  // A figure with no claim behind it is refused beside the text, and nothing is created.
  await page.getByLabel("Text", { exact: true }).fill("About 9,000 containers crossed that year.");
  await page.getByRole("button", { name: "Create draft block" }).click();
  await expect(page.locator("#f-body-error")).toContainText("cites no claim");
  await expect(page).toHaveURL(/\/story\/new/);

  await page.getByLabel("Text", { exact: true }).fill(`${paragraph}{{${seeded.claim}}}`);
  await page.getByRole("button", { name: "Create draft block" }).click();
  await expect(page).toHaveURL(/\/story\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(page.locator("main")).toContainText(`Cites: ${seeded.claim}`);
  const blockUrl = page.url();
  await sendToReview(page);
  // Four eyes: its author is not offered the approval.
  await expect(page.getByRole("button", { name: "Approve…" })).toHaveCount(0);
  await context.close();

  // The admin is an editor too, and a different person.
  const reviewer = await browserAs(browser, admin);
  await reviewer.page.goto(blockUrl);
  await reviewer.page.getByRole("button", { name: "Approve…" }).click();
  await reviewer.page.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(reviewer.page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await reviewer.context.close();

  // The story is the section's investigation's, at its own address.
  const reader = await openOnExplainer(
    browser,
    `/investigations/${seeded.investigation}`,
    paragraph,
  );
  await reader.close();
});
