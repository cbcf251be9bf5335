// The embedded default: PostgreSQL in WebAssembly (PGlite) behind a wire-protocol socket,
// so `pg` and Prisma's adapter talk to it exactly as to a real server. One process owns
// the data folder; everything else connects over the socket.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data between runs. */
  dataDir: string;
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
  // PGlite is one session underneath; the socket server queues clients onto it and keeps
  // a client's transaction to itself. Clients should keep their pools small.
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: 100 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
