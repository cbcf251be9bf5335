import { expect, test } from "@armstrail/e2e/csp-guard";
import { admin, browserAs } from "./helpers";

// The import screen as a newsroom uses it: a file whose ids use letters of its own goes
// into a new investigation. The dry run writes nothing and shows each refusal by line, each
// exact match with the register (kept or refused by a person) and what would be created;
// the import then makes drafts with new refs, and importing the same file again changes
// nothing.
const stamp = Date.now().toString(36);
const slug = `import-check-${stamp}`;
const dossier = JSON.stringify(
  {
    title: `Import check ${stamp}`,
    sources: [
      {
        id: "DOC-1",
        publisher: "Harbour Gazette",
        title: `Ships at the quay ${stamp}`,
        title_is_descriptive: false,
        date: "2024-04-01",
        address: `https://example.org/import-${stamp}`,
        kind: "news",
      },
      {
        id: "DOC-2",
        publisher: "Broken",
        title: "No address",
        title_is_descriptive: false,
        date: null,
        address: "nowhere",
        kind: "news",
      },
    ],
    actors: [
      {
        id: "PARTY-1",
        name: "Russian Federation",
        kind: "state",
        country: "RU",
        description: "The state, as the register already holds it.",
        aliases: [],
        sources: ["DOC-1"],
      },
      {
        id: "PARTY-2",
        name: `Quay Operator ${stamp}`,
        kind: "think tank",
        country: "RU",
        description: "Runs the quay.",
        aliases: [],
        sources: ["DOC-1"],
      },
    ],
  },
  null,
  2,
);

test("a dossier is checked in a dry run, then imported as drafts into a new investigation", async ({
  browser,
}) => {
  const { page, context } = await browserAs(browser, admin);
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import a dossier" })).toBeVisible();

  // Without a file, the refusal names the field.
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.locator("#f-text-error")).toContainText("Choose a dossier file");

  await page.getByLabel("Dossier file", { exact: true }).setInputFiles({
    name: "check.json",
    mimeType: "application/json",
    buffer: Buffer.from(dossier),
  });
  await page.getByLabel("Investigation", { exact: true }).selectOption({
    label: "A new investigation…",
  });
  await page.getByLabel("New investigation's slug").fill(slug);
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();

  const report = page.getByRole("region", { name: "What the import would do" });
  await expect(report).toContainText(/Would import 1 sources, 1 actors as drafts/);
  await expect(report).toContainText("1 linked to records already held");
  // The broken source is refused by its line and id.
  await expect(report).toContainText(/line \d+ · sources · DOC-2/);
  // The exact match links unless a person unticks it.
  const match = report.getByLabel(/PARTY-1 is A\d+ “Russian Federation”/);
  await expect(match).toBeChecked();

  await report.getByRole("button", { name: "Import 2 records as drafts" }).click();
  const done = page.getByRole("status").filter({ hasText: "Imported" });
  await expect(done).toContainText(/Imported 1 sources, 1 actors as drafts/);
  await done.getByRole("link", { name: "Send the drafts to review" }).click();
  await expect(page.getByRole("link", { name: `Quay Operator ${stamp}` })).toBeVisible();

  // The same file into the same investigation again, now offered by its title: nothing
  // changes.
  await page.goto("/import");
  await page.getByLabel("Dossier file", { exact: true }).setInputFiles({
    name: "check.json",
    mimeType: "application/json",
    buffer: Buffer.from(dossier),
  });
  await page.getByLabel("Investigation", { exact: true }).selectOption({
    label: `Import check ${stamp}`,
  });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("heading", { name: "Already imported" })).toBeVisible();
  await context.close();
});
