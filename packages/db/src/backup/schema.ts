// What a backup needs to know about a database's shape, read from the catalogue so that a new
// table or column is backed up without anyone remembering to list it. Backup and restore
// read it the same way, so a restore can tell whether the file fits the database.
import type pg from "pg";

export interface TableShape {
  name: string;
  /** Stored columns in table order (generated columns are left out: they are recomputed). */
  columns: string[];
  /** Primary-key columns, for a stable row order in the file. */
  key: string[];
}

export interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  references: string;
  referencedColumns: string[];
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Prisma's bookkeeping: compared between file and database, never copied. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/**
 * Every table of the public schema, parents before children where the foreign keys allow
 * (claims and their revisions refer to each other, so a cycle is broken by name).
 */
export async function readTables(client: pg.Client): Promise<TableShape[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; key: string[] }>(
    `SELECT c.relname AS name,
       array(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum) AS columns,
       array(SELECT a.attname::text FROM pg_index i
             JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY k.n) AS key
     FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
     WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
     ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const keys = await readForeignKeys(client);
  return dependencyOrder(rows, keys);
}

export async function readForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT con.conname AS name, child.relname AS table, parent.relname AS references,
       array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.n) AS columns,
       array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.n) AS "referencedColumns"
     FROM pg_constraint con
     JOIN pg_class child ON child.oid = con.conrelid
     JOIN pg_class parent ON parent.oid = con.confrelid
     JOIN pg_namespace ns ON ns.oid = child.relnamespace
     WHERE con.contype = 'f' AND ns.nspname = 'public'
     ORDER BY con.conname`,
  );
  return rows;
}

function dependencyOrder<T extends { name: string }>(tables: T[], keys: ForeignKey[]): T[] {
  const remaining = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map<string, Set<string>>();
  for (const k of keys) {
    if (k.table === k.references) continue;
    parents.set(k.table, (parents.get(k.table) ?? new Set()).add(k.references));
  }
  const ordered: T[] = [];
  while (remaining.size) {
    const ready = [...remaining.values()].find((t) =>
      [...(parents.get(t.name) ?? [])].every((p) => !remaining.has(p)),
    );
    // In a cycle nothing is ready: take the first by name, the rest follow.
    const next = ready ?? [...remaining.values()][0]!;
    ordered.push(next);
    remaining.delete(next.name);
  }
  return ordered;
}

export interface AppliedMigration {
  name: string;
  checksum: string;
}

/** The migrations a database has applied, or null when it has never been migrated. */
export async function readMigrations(client: pg.Client): Promise<AppliedMigration[] | null> {
  const { rows: found } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass($1) IS NOT NULL AS exists",
    [`public.${MIGRATIONS_TABLE}`],
  );
  if (!found[0]?.exists) return null;
  const { rows } = await client.query<AppliedMigration>(
    `SELECT migration_name AS name, checksum FROM ${quoteIdent(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

/**
 * Text in, text out: every value travels as PostgreSQL's own text form, which each type reads
 * back exactly. These settings fix the forms that would otherwise follow the server's.
 */
export async function fixTextForms(client: pg.Client): Promise<void> {
  await client.query(
    "SET DateStyle = ISO; SET TimeZone = 'UTC'; SET IntervalStyle = postgres; SET extra_float_digits = 3; SET bytea_output = hex",
  );
}
