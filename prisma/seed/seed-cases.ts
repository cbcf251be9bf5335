// The cases the seed imports: each folder under ./cases/ is one investigation (the folder's
// name is its slug, declared in data/investigations.json) with its dossier.json.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedImportedCase, type Db } from "@armstrail/db";

export const casesDir = fileURLToPath(new URL("./cases/", import.meta.url));

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
    const { report, published } = await seedImportedCase(db, { name, text }, slug);
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
