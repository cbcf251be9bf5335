// vitest globalSetup for packages with database tests: prepares the migrated template
// once, before any test file asks for a copy of it.
import { applyMigrations } from "../migrate";
import { migrationPaths, prepareTemplate, testDbConfig } from "./database";

export default async function setup() {
  const { adminUrl, kind } = testDbConfig();
  if (kind === "embedded") await applyMigrations(adminUrl, migrationPaths);
  else await prepareTemplate(adminUrl);
}
