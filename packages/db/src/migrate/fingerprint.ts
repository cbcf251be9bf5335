import pg from "pg";

/**
 * A description of a database's tables, columns, enums, indexes and keys, in a stable
 * order. Two databases with equal fingerprints have the same structure as far as Prisma
 * models it. CHECK constraints, which migrations add by hand for rules Prisma cannot
 * express, and Prisma's own bookkeeping table are left out.
 */
export async function fingerprintDatabase(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const lines: string[] = [];
    const columns = await client.query<Record<string, string | null>>(`
      SELECT table_name, column_name, udt_name, is_nullable, column_default,
             character_maximum_length::text AS len, numeric_precision::text AS prec, numeric_scale::text AS scale
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    for (const c of columns.rows) lines.push(`column ${Object.values(c).map(String).join(" ")}`);
    const enums = await client.query<{ typname: string; labels: string }>(`
      SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
      GROUP BY t.typname ORDER BY t.typname`);
    for (const e of enums.rows) lines.push(`enum ${e.typname} ${e.labels}`);
    const indexes = await client.query<{ indexdef: string }>(`
      SELECT indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY indexname`);
    for (const i of indexes.rows) lines.push(`index ${i.indexdef}`);
    const constraints = await client.query<{ conname: string; def: string }>(`
      SELECT c.conname, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public'
      JOIN pg_class r ON r.oid = c.conrelid
      WHERE c.contype <> 'c' AND r.relname <> '_prisma_migrations'
      ORDER BY c.conname`);
    for (const c of constraints.rows) lines.push(`constraint ${c.conname} ${c.def}`);
    return lines;
  } finally {
    await client.end();
  }
}
