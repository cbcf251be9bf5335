// Helpers for database tests. Import only from *.int.test.ts files.
import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { backupDatabase, restoreDatabase } from "../backup";
import { createDb, type Db } from "../client";
import { createDatabaseFromTemplate, resetEmbeddedDatabase, testDbConfig } from "./database";

export * from "./database";
export * from "./factories";

export interface TestDb {
  readonly db: Db;
  readonly url: string;
  readonly kind: "postgres" | "embedded";
}

/**
 * Gives the test file a database of its own, migrated and empty, for all its tests.
 * Use inside a describe block or at the top of the file.
 */
export function useTestDb(): TestDb {
  let db: Db | undefined;
  let url = "";
  let drop: (() => Promise<void>) | undefined;
  const { adminUrl, kind } = testDbConfig();
  beforeAll(async () => {
    if (kind === "embedded") {
      await resetEmbeddedDatabase(adminUrl);
      url = adminUrl;
    } else {
      const created = await createDatabaseFromTemplate(adminUrl);
      url = created.url;
      drop = created.drop;
    }
    db = createDb({ url, maxConnections: kind === "embedded" ? 2 : 10 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });
  return {
    get db() {
      if (!db) throw new Error("The test database is ready only inside tests and hooks");
      return db;
    },
    get url() {
      return url;
    },
    kind,
  };
}

/**
 * A second migrated, empty database, for tests that copy one database into another (backup
 * and restore). The embedded server holds a single database, so there this empties the
 * test's own: read what the test needs from it first.
 */
export async function freshTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { adminUrl, kind } = testDbConfig();
  if (kind === "postgres") return createDatabaseFromTemplate(adminUrl);
  await resetEmbeddedDatabase(adminUrl);
  return { url: adminUrl, drop: () => Promise.resolve() };
}

/** Tests that need several real sessions at once cannot run on the embedded server. */
export const severalSessionsSkipReason =
  "needs several real database sessions at once; the embedded server (PGlite) is one session underneath";

/** A whole backup of the database at `url`, in memory (test databases are small). */
export async function backupToBuffer(url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await backupDatabase(url, out);
  return Buffer.concat(chunks);
}

export const restoreFromBuffer = (url: string, bytes: Buffer) =>
  restoreDatabase(url, Readable.from([bytes]));
