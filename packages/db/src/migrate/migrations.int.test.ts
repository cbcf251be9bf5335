import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabaseFromTemplate, migrationPaths, testDbConfig, useTestDb } from "../testing";
import {
  SNAPSHOT_FILE,
  applyMigrations,
  diffSchemas,
  fingerprintDatabase,
  isEmptyDiff,
  readMigrationList,
} from "./index";

const { adminUrl, kind } = testDbConfig();

describe("migrations", () => {
  const t = useTestDb();

  it("have been diffed from the current schema.prisma (run pnpm db:migrate:new after editing it)", async () => {
    const schema = await readFile(migrationPaths.schemaPath, "utf8");
    const snapshot = await readFile(path.join(migrationPaths.migrationsDir, SNAPSHOT_FILE), "utf8");
    const pending = await diffSchemas(t.url, snapshot, schema);
    expect(pending, "schema.prisma has changes that no migration contains").toSatisfy(isEmptyDiff);
  });

  it("record themselves as `prisma migrate deploy` does, so either tool can apply later ones", async () => {
    const list = await readMigrationList(migrationPaths.migrationsDir);
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const rows = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    await client.end();
    expect(rows.rows.map((r) => r.migration_name)).toEqual(
      list.migrationDirectories.map((d) => d.path),
    );
    for (const [i, dir] of list.migrationDirectories.entries()) {
      const sql = dir.migrationFile.content.tag === "ok" ? dir.migrationFile.content.value : "";
      expect(rows.rows[i]?.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(rows.rows[i]?.finished_at).not.toBeNull();
    }
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(t.url, migrationPaths)).toEqual([]);
  });

  it.skipIf(kind === "embedded")(
    `build the same tables, columns, keys and indexes that schema.prisma describes${kind === "embedded" ? " (skipped: needs a second database, and the embedded server holds one)" : ""}`,
    async () => {
      // Database A: the migrations, as every deployment applies them. Database B: the
      // engine's own translation of schema.prisma. Any drift between them fails here.
      const schema = await readFile(migrationPaths.schemaPath, "utf8");
      const fromSchema = await diffSchemas(t.url, null, schema);
      const scratch = await createDatabaseFromTemplate(adminUrl);
      const empty = new pg.Client({ connectionString: scratch.url });
      try {
        await empty.connect();
        await empty.query("DROP SCHEMA public CASCADE");
        await empty.query(fromSchema);
        await empty.end();
        const [migrated, described] = await Promise.all([
          fingerprintDatabase(t.url),
          fingerprintDatabase(scratch.url),
        ]);
        expect(migrated.length).toBeGreaterThan(100);
        expect(migrated).toEqual(described);
      } finally {
        await scratch.drop();
      }
    },
  );

  it("keep the rules Prisma cannot express as CHECK constraints", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const rows = await client.query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname",
    );
    await client.end();
    expect(rows.rows.map((r) => r.conname)).toEqual(
      expect.arrayContaining([
        "claim_revisions_four_eyes_check",
        "claim_subjects_one_target_check",
        "entity_revisions_four_eyes_check",
        "actor_merge_proposals_four_eyes_check",
        "quantity_estimates_order_check",
      ]),
    );
  });
});

describe("the drift check itself", () => {
  const t = useTestDb();
  it("notices a column that schema.prisma has and the migrations lack", async () => {
    const schema = await readFile(migrationPaths.schemaPath, "utf8");
    const changed = schema.replace("model Source {\n", "model Source {\n  extraColumn String?\n");
    expect(changed).not.toBe(schema);
    expect(isEmptyDiff(await diffSchemas(t.url, schema, changed))).toBe(false);
  });
});
