import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { noFilters, openSchemaEngine } from "./engine";

export { fingerprintDatabase } from "./fingerprint";

/** Where the repository keeps schema.prisma and migrations/. */
export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

export function defaultMigrationPaths(repoRoot: string): MigrationPaths {
  return {
    schemaPath: path.join(repoRoot, "prisma", "schema.prisma"),
    migrationsDir: path.join(repoRoot, "prisma", "migrations"),
  };
}

/** The schema as of the newest migration, kept beside them so new migrations can be diffed without a database. */
export const SNAPSHOT_FILE = "schema.snapshot.prisma";
const LOCKFILE = "migration_lock.toml";

export async function readMigrationList(migrationsDir: string) {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok" as const,
          value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8"),
        },
      },
    })),
  );
  let lockContent: string | null = null;
  try {
    lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8");
  } catch {
    lockContent = null;
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Applies every migration not yet applied, exactly as `prisma migrate deploy` would,
 * recording them in `_prisma_migrations` so either tool can take over later.
 */
export async function applyMigrations(
  connectionString: string,
  paths: MigrationPaths,
): Promise<string[]> {
  const schema = await readFile(paths.schemaPath, "utf8");
  const engine = await openSchemaEngine(connectionString, schema);
  try {
    const migrationsList = await readMigrationList(paths.migrationsDir);
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database from one Prisma schema (or nothing) to another. The
 * engine insists on a live connection even for this, but reads and writes nothing.
 */
export async function diffSchemas(
  connectionString: string,
  from: string | null,
  to: string,
): Promise<string> {
  const engine = await openSchemaEngine(connectionString, to);
  try {
    const files = (content: string) => [{ path: "schema.prisma", content }];
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: files(from) },
      to: { tag: "schemaDatamodel", files: files(to) },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

/** True when a diff script has no statements, only comments and blank lines. */
export function isEmptyDiff(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}
