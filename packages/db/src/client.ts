import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
export type { Prisma } from "./generated/prisma/client";

export interface DbOptions {
  url: string;
  /** Pool size. Keep it small against the embedded database, which is one session underneath. */
  maxConnections?: number;
}

/** The one way to get a database client: Prisma 7 on the `pg` driver adapter, no native engine. */
export function createDb({ url, maxConnections = 10 }: DbOptions): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: maxConnections }),
  });
}
