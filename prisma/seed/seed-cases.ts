// The cases the seed imports: each folder under ./cases/ is one investigation (the folder's
// name is its slug, declared in data/investigations.json) with its dossier.json and, when it
// has one, its story.json (blocks citing the dossier's claim ids).
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CaseStorySchema, seedImportedCase, type CaseStory, type Db } from "@armstrail/db";

export const casesDir = fileURLToPath(new URL("./cases/", import.meta.url));

/** A case's story.json, when its folder has one. */
async function readStory(file: string): Promise<CaseStory | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  return CaseStorySchema.parse(JSON.parse(text));
}

/** Imports and publishes every case; returns one line of report per case. */
export async function seedCases(db: Db, dir = casesDir): Promise<string[]> {
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lines: string[] = [];
  for (const slug of slugs) {
    const name = `cases/${slug}/dossier.json`;
    const text = await readFile(path.join(dir, slug, "dossier.json"), "utf8");
    const story = await readStory(path.join(dir, slug, "story.json"));
    const { report, published } = await seedImportedCase(db, { name, text }, slug, story);
    const created = report.records.filter((r) => r.action === "create").length;
    const linked = report.records.filter((r) => r.action === "link").length;
    lines.push(
      report.unchanged && published === 0
        ? `${slug}: already imported, nothing changed.`
        : `${slug}: imported ${created} records (${linked} linked to the register), published ${published}.`,
    );
  }
  return lines;
}
