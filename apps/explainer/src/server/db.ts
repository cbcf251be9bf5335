import "server-only";
import { createDb, type Db } from "@armstrail/db";
import { env } from "~/env";

// One pool per server process (kept across hot reloads in development).
const holder = globalThis as unknown as { armstrailDb?: Db };

export function db(): Db {
  holder.armstrailDb ??= createDb({
    url: env().DATABASE_URL,
    maxConnections: env().DATABASE_POOL_SIZE,
  });
  return holder.armstrailDb;
}
