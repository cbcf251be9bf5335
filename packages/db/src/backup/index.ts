// `armstrail-admin backup` and `restore`: a logical backup in a format of our own, written and
// read by Node over the ordinary `pg` client, so that one code path serves PostgreSQL and the
// embedded database alike. pg_dump cannot: the embedded server is PostgreSQL 18, which an older
// pg_dump refuses, and a laptop running `npm start` may have no pg_dump at all.
//
// The file is gzipped JSON lines: a header (format, version, the migrations the data fits,
// the audit head, each table's columns and row count, the sequences), then each table's rows
// in dependency order, each row an array of the columns' text forms, then an end line. Rows
// are read through a cursor inside one snapshot and streamed out, never held all at once.
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, createGzip } from "node:zlib";
import { AuditHeadSchema } from "@armstrail/domain";
import pg from "pg";
import { z } from "zod";
import { AUDIT_HEAD_SQL, toAuditHead, type AuditHeadRow } from "../services/audit";
import {
  fixTextForms,
  quoteIdent,
  readForeignKeys,
  readMigrations,
  readTables,
  type AppliedMigration,
  type TableShape,
} from "./schema";

export const BACKUP_FORMAT = "armstrail-backup";
export const BACKUP_VERSION = 1;

/** A backup that cannot be made or restored; the message says why, for the person running it. */
export class BackupError extends Error {
  override name = "BackupError";
}

const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  auditHead: AuditHeadSchema,
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.string()),
      rows: z.number().int().nonnegative(),
    }),
  ),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string() })),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

const TableLineSchema = z.object({ table: z.string() });
const EndLineSchema = z.object({ end: z.literal(true) });
const RowSchema = z.array(z.string().nullable());

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await fixTextForms(client);
  return client;
}

async function readAuditHead(client: pg.Client) {
  return toAuditHead((await client.query<AuditHeadRow>(AUDIT_HEAD_SQL)).rows[0]);
}

const FETCH_SIZE = 500;

/** The header and every row, as lines, read inside the snapshot the caller opened. */
async function* backupLines(client: pg.Client, header: BackupHeader, tables: TableShape[]) {
  yield `${JSON.stringify(header)}\n`;
  for (const table of tables) {
    yield `${JSON.stringify({ table: table.name })}\n`;
    const columns = table.columns.map((c) => `${quoteIdent(c)}::text`).join(", ");
    const order = table.key.length ? ` ORDER BY ${table.key.map(quoteIdent).join(", ")}` : "";
    await client.query(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${quoteIdent(table.name)}${order}`,
    );
    for (;;) {
      const batch = await client.query<(string | null)[]>({
        text: `FETCH ${FETCH_SIZE} FROM backup_rows`,
        rowMode: "array",
      });
      if (batch.rows.length === 0) break;
      yield batch.rows.map((r) => `${JSON.stringify(r)}\n`).join("");
    }
    await client.query("CLOSE backup_rows");
  }
  yield `${JSON.stringify({ end: true })}\n`;
}

/**
 * Writes a gzipped backup of the whole database to `out`, from one consistent snapshot
 * (writers carry on meanwhile). Returns the header, which names the audit head.
 */
export async function backupDatabase(url: string, out: Writable): Promise<BackupHeader> {
  const client = await connect(url);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await readMigrations(client);
    if (!migrations?.length) {
      throw new BackupError("This database has never been migrated: there is nothing to back up.");
    }
    const tables = await readTables(client);
    const counts: number[] = [];
    for (const t of tables) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${quoteIdent(t.name)}`,
      );
      counts.push(Number(rows[0]?.n ?? 0));
    }
    const head = await readAuditHead(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      auditHead: head,
      tables: tables.map((t, i) => ({ name: t.name, columns: t.columns, rows: counts[i] ?? 0 })),
      sequences: await readSequences(client),
    };
    await pipeline(Readable.from(backupLines(client, header, tables)), createGzip(), out);
    await client.query("COMMIT");
    return header;
  } finally {
    await client.end();
  }
}

/** Sequences that have handed out values, and the last one each gave. */
async function readSequences(client: pg.Client): Promise<BackupHeader["sequences"]> {
  const { rows } = await client.query<{ name: string; lastValue: string }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences
     WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY sequencename`,
  );
  return rows;
}

/** The file's lines, one at a time, from the gzipped stream. */
async function* readLines(input: Readable): AsyncGenerator<string> {
  const unzipped = input.pipe(createGunzip());
  input.once("error", (e) => unzipped.destroy(e));
  const decoder = new StringDecoder("utf8");
  let pending = "";
  try {
    for await (const chunk of unzipped) {
      pending += decoder.write(chunk as Buffer);
      let nl: number;
      while ((nl = pending.indexOf("\n")) >= 0) {
        yield pending.slice(0, nl);
        pending = pending.slice(nl + 1);
      }
    }
  } catch (e) {
    throw new BackupError(
      `The file is not a readable backup (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  pending += decoder.end();
  if (pending) yield pending;
}

function parseLine(line: string, where: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw new BackupError(`The file is damaged: ${where} is not JSON.`);
  }
}

function readHeader(line: string | undefined): BackupHeader {
  if (line === undefined) throw new BackupError("The file is empty.");
  const raw = parseLine(line, "its first line");
  const format = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!format.success || format.data.format !== BACKUP_FORMAT) {
    throw new BackupError("The file is not an Arms Trail backup.");
  }
  if (format.data.version !== BACKUP_VERSION) {
    throw new BackupError(
      `The backup is in format version ${format.data.version}; this version of Arms Trail reads version ${BACKUP_VERSION}.`,
    );
  }
  const header = BackupHeaderSchema.safeParse(raw);
  if (!header.success) throw new BackupError("The file's header is damaged.");
  return header.data;
}

const names = (ms: AppliedMigration[]) => ms.map((m) => `${m.name} (${m.checksum.slice(0, 8)})`);

/** The database must have the backup's schema exactly: same migrations, same tables and columns. */
function checkSchema(
  header: BackupHeader,
  migrations: AppliedMigration[] | null,
  tables: TableShape[],
) {
  if (!migrations?.length) {
    throw new BackupError(
      "The target database has not been migrated. Run `pnpm db:migrate` against it (with the version of Arms Trail that made the backup), then restore.",
    );
  }
  const want = names(header.migrations);
  const have = names(migrations);
  if (want.join("\n") !== have.join("\n")) {
    const missing = want.filter((m) => !have.includes(m));
    const extra = have.filter((m) => !want.includes(m));
    throw new BackupError(
      [
        "The target database's schema is not the backup's.",
        ...(missing.length
          ? [`Migrations in the backup, not in the database: ${missing.join(", ")}.`]
          : []),
        ...(extra.length
          ? [`Migrations in the database, not in the backup: ${extra.join(", ")}.`]
          : []),
        "Restore into a database migrated by the version of Arms Trail that made the backup, then migrate it forward.",
      ].join("\n"),
    );
  }
  const shape = (ts: { name: string; columns: string[] }[]) =>
    ts
      .map((t) => `${t.name}(${t.columns.join(",")})`)
      .sort()
      .join("\n");
  if (shape(header.tables) !== shape(tables)) {
    throw new BackupError(
      "The target database's tables differ from the backup's although their migrations agree: it was changed by hand.",
    );
  }
}

/** Rows per INSERT: enough to be quick, few enough to stay far below the parameter limit. */
function batchSize(columns: number) {
  return Math.max(1, Math.min(500, Math.floor(20_000 / columns)));
}

async function insertRows(
  client: pg.Client,
  table: BackupHeader["tables"][number],
  rows: (string | null)[][],
) {
  if (!rows.length) return;
  const width = table.columns.length;
  const values = rows
    .map((_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(", ")})`)
    .join(", ");
  // Each value is the column's text form with no type of its own: PostgreSQL reads it as the
  // column's type, exactly as it wrote it.
  await client.query(
    `INSERT INTO ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) VALUES ${values}`,
    rows.flat(),
  );
}

/** Every row of the body, checked against the header as it goes. */
async function loadBody(client: pg.Client, header: BackupHeader, lines: AsyncGenerator<string>) {
  let index = -1;
  let table: BackupHeader["tables"][number] | undefined;
  let loaded = 0;
  let batch: (string | null)[][] = [];
  const finishTable = async () => {
    if (!table) return;
    await insertRows(client, table, batch);
    batch = [];
    if (loaded !== table.rows) {
      throw new BackupError(
        `The file is damaged: ${table.name} should have ${table.rows} rows, it has ${loaded}.`,
      );
    }
  };
  let lineNo = 1;
  for await (const line of lines) {
    lineNo++;
    const value = parseLine(line, `line ${lineNo}`);
    if (Array.isArray(value)) {
      const row = RowSchema.safeParse(value);
      if (!table || !row.success || row.data.length !== table.columns.length) {
        throw new BackupError(
          `The file is damaged: line ${lineNo} is not a row of ${table?.name ?? "any table"}.`,
        );
      }
      batch.push(row.data);
      loaded++;
      if (batch.length >= batchSize(table.columns.length)) {
        await insertRows(client, table, batch);
        batch = [];
      }
      continue;
    }
    await finishTable();
    if (EndLineSchema.safeParse(value).success) {
      if (index !== header.tables.length - 1) break;
      return;
    }
    const next = TableLineSchema.safeParse(value);
    index++;
    table = header.tables[index];
    if (!next.success || next.data.table !== table?.name) {
      throw new BackupError(`The file is damaged: line ${lineNo} does not start the next table.`);
    }
    loaded = 0;
  }
  throw new BackupError("The file ends early: the backup is incomplete.");
}

/** With triggers off the foreign keys were not checked while loading; check them now. */
async function checkForeignKeys(client: pg.Client) {
  for (const fk of await readForeignKeys(client)) {
    const child = fk.columns.map((c) => `c.${quoteIdent(c)}`);
    const match = fk.columns
      .map((c, i) => `p.${quoteIdent(fk.referencedColumns[i]!)} = c.${quoteIdent(c)}`)
      .join(" AND ");
    const { rows } = await client.query(
      `SELECT 1 FROM ${quoteIdent(fk.table)} c
       WHERE ${child.map((c) => `${c} IS NOT NULL`).join(" AND ")}
         AND NOT EXISTS (SELECT 1 FROM ${quoteIdent(fk.references)} p WHERE ${match})
       LIMIT 1`,
    );
    if (rows.length) {
      throw new BackupError(
        `The file is damaged: a row of ${fk.table} refers to a missing row of ${fk.references} (${fk.name}).`,
      );
    }
  }
}

export interface RestoreReport {
  header: BackupHeader;
  rows: number;
}

/**
 * Restores a backup into an empty database migrated to the backup's schema, in one
 * transaction: it refuses a database that holds any row, a different schema, and a damaged
 * or incomplete file, and then nothing is written. Rows go in verbatim, the audit log's
 * included (its seq, hashes and times), with triggers off; foreign keys, sequences and the
 * audit head are checked or set afterwards. Needs a superuser's connection, as switching
 * triggers off does (the embedded database's user is one).
 */
export async function restoreDatabase(url: string, input: Readable): Promise<RestoreReport> {
  const lines = readLines(input);
  try {
    const first = await lines.next();
    return await restoreInto(url, readHeader(first.done ? undefined : first.value), lines);
  } finally {
    // Stops reading (and unzipping) the file when a restore ends before its last line.
    await lines.return(undefined);
  }
}

async function restoreInto(
  url: string,
  header: BackupHeader,
  lines: AsyncGenerator<string>,
): Promise<RestoreReport> {
  const client = await connect(url);
  try {
    await client.query("BEGIN");
    const { rows: role } = await client.query<{ super: boolean }>(
      "SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user",
    );
    if (!role[0]?.super) {
      throw new BackupError(
        "Restoring needs a superuser's connection (it loads rows with triggers off, as the audit log refuses to be written any other way than appended). Set DATABASE_URL to one.",
      );
    }
    const tables = await readTables(client);
    checkSchema(header, await readMigrations(client), tables);
    for (const t of tables) {
      const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(t.name)} LIMIT 1`);
      if (rows.length) {
        throw new BackupError(
          `The target database is not empty (${t.name} has rows). Restore only into a new, migrated database.`,
        );
      }
    }
    await client.query("SET LOCAL session_replication_role = replica");
    await loadBody(client, header, lines);
    await client.query("SET LOCAL session_replication_role = DEFAULT");
    await checkForeignKeys(client);
    for (const s of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, true)", [
        quoteIdent(s.name),
        s.lastValue,
      ]);
    }
    const head = await readAuditHead(client);
    if (head.hash !== header.auditHead.hash || head.count !== header.auditHead.count) {
      throw new BackupError("The restored audit log does not end at the backup's audit head.");
    }
    await client.query("COMMIT");
    return { header, rows: header.tables.reduce((n, t) => n + t.rows, 0) };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (e instanceof pg.DatabaseError) {
      throw new BackupError(`The database refused a row: ${e.message}.`);
    }
    throw e;
  } finally {
    await client.end();
  }
}
