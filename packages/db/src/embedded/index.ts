// The embedded default: PostgreSQL in WebAssembly (PGlite) behind a wire-protocol socket,
// so `pg` and Prisma's adapter talk to it exactly as to a real server. One process owns
// the data folder; everything else connects over the socket. The socket server is our
// own (server.ts): it hands PGlite whole exchanges, so concurrent clients never mix.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { EmbeddedWireServer } from "./server";

export interface EmbeddedServer {
  url: string;
  port: number;
  /** Exchanges served so far: what a load test reports. */
  readonly exchanges: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data between runs. */
  dataDir: string;
  /** 0 takes a free port; the returned `port` and `url` say which. */
  port: number;
  host?: string;
}

export async function startEmbeddedServer({
  dataDir,
  port,
  host = "127.0.0.1",
}: EmbeddedOptions): Promise<EmbeddedServer> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // PGlite is one session underneath; the server runs one client's exchange at a time
  // and keeps a client's transaction to itself. Clients should keep their pools small.
  const server = new EmbeddedWireServer({ db, port, host, maxConnections: 100 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${server.port}/postgres?sslmode=disable`,
    port: server.port,
    get exchanges() {
      return server.exchanges;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
