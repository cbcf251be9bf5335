// Backup and restore on a real database (PostgreSQL, or the embedded one): a restored copy
// holds every row of every table exactly, its audit chain verifies up to the same head, and
// a restore that cannot be done exactly (wrong schema, rows already there, a damaged or cut
// file) writes nothing.
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../client";
import { appendAudit, auditHead, verifyAuditChain } from "../services/audit";
import {
  backupToBuffer,
  freshTestDatabase,
  insertCase,
  linkedCase,
  restoreFromBuffer,
  useTestDb,
} from "../testing";
import { BackupError } from "./index";

const backupBytes = backupToBuffer;
const restoreBytes = restoreFromBuffer;

/** Every row of every table (but Prisma's migration history), as PostgreSQL prints it. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
    );
    const out: Record<string, string[]> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT t::text AS row FROM "${tablename}" t ORDER BY 1`,
      );
      out[tablename] = rows.map((r) => r.row);
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Rewrites a backup's lines, for files that were damaged or made elsewhere. */
function editLines(bytes: Buffer, edit: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(bytes).toString("utf8").split("\n").filter(Boolean);
  return gzipSync(`${edit(lines).join("\n")}\n`);
}

const rowCount = (c: Record<string, string[]>) =>
  Object.values(c).reduce((n, rows) => n + rows.length, 0);

describe("backup and restore", () => {
  const t = useTestDb();
  const opened: { db: Db; drop: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) {
      await o.db.$disconnect();
      await o.drop();
    }
  });
  /** A new empty database and a client on it (on the embedded server: the same one, emptied). */
  async function target() {
    const fresh = await freshTestDatabase();
    const db = t.kind === "embedded" ? t.db : createDb({ url: fresh.url, maxConnections: 2 });
    if (t.kind !== "embedded") opened.push({ db, drop: fresh.drop });
    return { url: fresh.url, db };
  }

  let file: Buffer;
  let before: Record<string, string[]>;

  it("copies every row of every table exactly, the audit log verbatim", async () => {
    await insertCase(t.db, linkedCase());
    await t.db.$transaction(async (tx) => {
      for (const i of [1, 2, 3]) {
        await appendAudit(
          tx,
          { userId: null, label: "tester", via: "command" },
          { action: "test", entityType: "test", entityId: `${i}`, after: { n: i, at: new Date() } },
        );
      }
    });
    before = await contents(t.url);
    expect(before.audit_log!.length).toBeGreaterThanOrEqual(3);
    expect(before.claim_revisions!.length).toBeGreaterThanOrEqual(2);
    const head = await auditHead(t.db);

    file = await backupBytes(t.url);
    const copy = await target();
    const report = await restoreBytes(copy.url, file);
    expect(report.rows).toBe(rowCount(before));
    expect(report.header.auditHead.hash).toBe(head.hash);

    expect(await contents(copy.url)).toEqual(before);
    expect(await verifyAuditChain(copy.db, { head: head.hash })).toMatchObject({
      ok: true,
      entries: head.count,
      head: { followedBy: 0 },
    });
    // Sequences carry on from where they were: the next entry appends to the same chain.
    await copy.db.$transaction((tx) =>
      appendAudit(
        tx,
        { userId: null, label: "tester", via: "command" },
        { action: "after", entityType: "test" },
      ),
    );
    expect(await verifyAuditChain(copy.db, { head: head.hash })).toMatchObject({
      ok: true,
      head: { followedBy: 1 },
    });
  });

  it("refuses a database that already holds rows, and changes nothing", async () => {
    const { url, db } = await target();
    await restoreBytes(url, file);
    const held = await contents(url);
    await expect(restoreBytes(url, file)).rejects.toThrow(/not empty/);
    expect(await contents(url)).toEqual(held);
    await db.$queryRaw`SELECT 1`;
  });

  it("refuses a backup of another schema, naming the migrations that differ", async () => {
    const { url } = await target();
    const other = editLines(file, ([header, ...rest]) => {
      const h = JSON.parse(header!) as { migrations: { name: string; checksum: string }[] };
      h.migrations.push({ name: "29990101000000_from_the_future", checksum: "abc" });
      return [JSON.stringify(h), ...rest];
    });
    const refusal = restoreBytes(url, other);
    await expect(refusal).rejects.toThrow(BackupError);
    await expect(restoreBytes(url, other)).rejects.toThrow(/29990101000000_from_the_future/);
    expect(rowCount(await contents(url))).toBe(0);
  });

  it("refuses a file cut short or damaged, and leaves the database empty", async () => {
    const { url } = await target();
    // The first half of the file: the end line and many rows are missing.
    const cut = editLines(file, (lines) => lines.slice(0, Math.ceil(lines.length / 2)));
    await expect(restoreBytes(url, cut)).rejects.toThrow(/ends early|should have/);
    expect(rowCount(await contents(url))).toBe(0);

    // A row too short for its table.
    const short = editLines(file, (lines) => {
      const i = lines.findIndex((l) => l.startsWith("["));
      return lines.map((l, j) =>
        j === i ? JSON.stringify((JSON.parse(l) as unknown[]).slice(1)) : l,
      );
    });
    await expect(restoreBytes(url, short)).rejects.toThrow(/not a row of/);
    // The one source is gone (its count made to agree): evidence now cites nothing.
    const orphaned = editLines(file, ([header, ...rest]) => {
      const h = JSON.parse(header!) as { tables: { name: string; rows: number }[] };
      h.tables.find((x) => x.name === "sources")!.rows -= 1;
      const at = rest.indexOf(JSON.stringify({ table: "sources" }));
      return [JSON.stringify(h), ...rest.filter((_, j) => j !== at + 1)];
    });
    await expect(restoreBytes(url, orphaned)).rejects.toThrow(/refers to a missing row of sources/);
    expect(rowCount(await contents(url))).toBe(0);

    await expect(restoreBytes(url, Buffer.from("not gzip"))).rejects.toThrow(
      /not a readable backup/,
    );
    await expect(restoreBytes(url, gzipSync('{"hello":"world"}\n'))).rejects.toThrow(
      /not an Arms Trail backup/,
    );
    const newer = editLines(file, ([header, ...rest]) => [
      header!.replace('"version":1', '"version":2'),
      ...rest,
    ]);
    await expect(restoreBytes(url, newer)).rejects.toThrow(/format version 2/);
    expect(rowCount(await contents(url))).toBe(0);
  });
});
