// Test databases on a real PostgreSQL: a template database is migrated once per set of
// migrations, and each test file gets its own copy (CREATE DATABASE ... TEMPLATE ...).
// On the embedded server, which holds a single database, test files run one at a time
// and each starts from emptied tables instead.
import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations, defaultMigrationPaths, readMigrationList } from "../migrate";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const migrationPaths = defaultMigrationPaths(repoRoot);

export type TestDbKind = "postgres" | "embedded";

export function testDbConfig(): { adminUrl: string; kind: TestDbKind } {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      "Database tests need DATABASE_URL. Run them with `npm test`, which finds or starts a database and says which.",
    );
  }
  const kind = process.env.ARMSTRAIL_TEST_DB_KIND === "embedded" ? "embedded" : "postgres";
  return { adminUrl, kind };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The template's name changes whenever a migration does, so a stale template is never used. */
export async function templateName(): Promise<string> {
  const list = await readMigrationList(migrationPaths.migrationsDir);
  const hash = createHash("sha256");
  for (const m of list.migrationDirectories) {
    hash.update(m.path);
    if (m.migrationFile.content.tag === "ok") hash.update(m.migrationFile.content.value);
  }
  hash.update(await readFile(migrationPaths.schemaPath, "utf8"));
  return `armstrail_tpl_${hash.digest("hex").slice(0, 12)}`;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Makes sure a migrated template exists. Safe to call from several processes at once. */
export async function prepareTemplate(adminUrl: string): Promise<string> {
  const name = await templateName();
  await withClient(adminUrl, async (c) => {
    await c.query("SELECT pg_advisory_lock(hashtext('armstrail_test_template'))");
    try {
      const found = await c.query<{ datistemplate: boolean }>(
        "SELECT datistemplate FROM pg_database WHERE datname = $1",
        [name],
      );
      if (found.rows[0]?.datistemplate) return;
      // A half-made template from an interrupted run is dropped and made again.
      if (found.rows.length) await c.query(`DROP DATABASE ${quote(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${quote(name)}`);
      await applyMigrations(withDatabase(adminUrl, name), migrationPaths);
      await c.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
      await c.query(`ALTER DATABASE ${quote(name)} IS_TEMPLATE true`);
    } finally {
      await c.query("SELECT pg_advisory_unlock(hashtext('armstrail_test_template'))");
    }
  });
  return name;
}

/** A fresh, migrated database of its own; `drop` removes it. */
export async function createDatabaseFromTemplate(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = await prepareTemplate(adminUrl);
  const name = `armstrail_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await withClient(adminUrl, (c) =>
    c.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`),
  );
  return {
    url: withDatabase(adminUrl, name),
    drop: () =>
      withClient(adminUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/** Embedded: migrate the one database and empty every table, keeping migration history. */
export async function resetEmbeddedDatabase(url: string): Promise<void> {
  await applyMigrations(url, migrationPaths);
  await withClient(url, async (c) => {
    const tables = await c.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (!tables.rows.length) return;
    // The audit log refuses TRUNCATE through a trigger; a superuser's session can switch
    // user triggers off for one transaction (the embedded server's user is one).
    await c.query("BEGIN");
    try {
      await c.query("SET LOCAL session_replication_role = replica");
      await c.query(`TRUNCATE ${tables.rows.map((t) => quote(t.tablename)).join(", ")} CASCADE`);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    }
  });
}
