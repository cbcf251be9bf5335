// Serves one PGlite to many wire-protocol connections, one whole exchange at a time.
//
// PGlite is a single backend session. pglite-socket 0.2.17 (the newest release) queues
// single messages from all connections, so the Parse of one client can land between
// the Parse and the Bind of another: parameters bound to the wrong statement, and rows
// sent to the wrong client (pglite issue 1046, pull request 977, both open). This
// server instead gathers each connection's messages into units that end where the
// client waits for an answer (Sync, Query, Flush, ...; see wire.ts) and runs one unit
// at a time. After a unit, the session stays with that connection until PGlite's answer
// ends in ReadyForQuery 'I': so a transaction, or an extended exchange split by Flush,
// is never entered by another client. A connection that closes while holding the
// session has its exchange ended and its transaction rolled back.
import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { FrontendFramer, ProtocolError, ReadyTracker, endsUnit } from "./wire";

interface Unit {
  bytes: Uint8Array;
}

class Connection {
  readonly framer = new FrontendFramer();
  /** Messages of the unit being gathered. */
  gathering: Uint8Array[] = [];
  /** Whole units waiting for the session, in the client's order. */
  readonly units: Unit[] = [];
  /** The last unit's answer left the session with this client. */
  holdsSession = false;
  closed = false;
  constructor(readonly socket: net.Socket) {}
}

export interface WireServerOptions {
  db: PGlite;
  host: string;
  /** 0 takes a free port; `port` tells which afterwards. */
  port: number;
  maxConnections?: number;
  /** Where failures of the server itself are reported (default: stderr). */
  onError?: (error: unknown) => void;
}

export class EmbeddedWireServer {
  readonly #db: PGlite;
  readonly #server: net.Server;
  readonly #connections = new Set<Connection>();
  /** Connections with a whole unit to run, first come first served. */
  readonly #ready: Connection[] = [];
  /** The connection the session belongs to between its units, if any. */
  #owner: Connection | null = null;
  #pumping = false;
  readonly #onError: (error: unknown) => void;
  #port = 0;
  #exchanges = 0;

  constructor(private readonly options: WireServerOptions) {
    this.#db = options.db;
    this.#onError = options.onError ?? ((e) => console.error("[embedded database]", e));
    this.#server = net.createServer((socket) => this.#accept(socket));
    this.#server.maxConnections = options.maxConnections ?? 100;
  }

  get port(): number {
    return this.#port;
  }

  /** Units handed to PGlite so far (a query, an exchange up to Sync, a startup, ...). */
  get exchanges(): number {
    return this.#exchanges;
  }

  async start(): Promise<void> {
    await this.#db.waitReady;
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(this.options.port, this.options.host, () => {
        this.#server.off("error", reject);
        const address = this.#server.address();
        this.#port = typeof address === "object" && address ? address.port : this.options.port;
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    for (const c of this.#connections) c.socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    // Let a unit that is running finish and the closed connections give the session back.
    while (this.#pumping || this.#owner) await new Promise((r) => setTimeout(r, 10));
  }

  #accept(socket: net.Socket) {
    const c = new Connection(socket);
    this.#connections.add(c);
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.#receive(c, chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.#close(c));
  }

  #receive(c: Connection, chunk: Buffer) {
    let packets;
    try {
      packets = c.framer.push(chunk);
    } catch (e) {
      if (!(e instanceof ProtocolError)) this.#onError(e);
      c.socket.destroy();
      return;
    }
    for (const p of packets) {
      if (p.kind === "encryption-request") c.socket.write("N");
      else if (p.kind === "cancel") c.socket.destroy();
      else if (p.kind === "startup") this.#queue(c, [p.bytes]);
      else if (p.type === "X") c.socket.end();
      else {
        c.gathering.push(p.bytes);
        if (endsUnit(p.type)) {
          this.#queue(c, c.gathering);
          c.gathering = [];
        }
      }
    }
  }

  #queue(c: Connection, messages: Uint8Array[]) {
    c.units.push({ bytes: Buffer.concat(messages) });
    if (c !== this.#owner && !this.#ready.includes(c)) this.#ready.push(c);
    void this.#pump();
  }

  /** Runs units one at a time: the owner's while it holds the session, else the next in line. */
  async #pump() {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      for (;;) {
        const c = this.#owner ?? this.#ready.shift();
        if (!c) break;
        const unit = c.units.shift();
        if (!unit) break; // the owner has not sent its next unit yet
        await this.#run(c, unit);
        if (c.holdsSession && !c.closed) this.#owner = c;
        else {
          this.#owner = null;
          if (c.closed) await this.#release(c);
          else if (c.units.length) this.#ready.push(c);
        }
      }
    } finally {
      this.#pumping = false;
    }
  }

  async #run(c: Connection, unit: Unit) {
    const tracker = new ReadyTracker();
    this.#exchanges++;
    try {
      await this.#db.runExclusive(() =>
        this.#db.execProtocolRawStream(unit.bytes, {
          onRawData: (data) => {
            tracker.push(data);
            if (!c.closed && c.socket.writable) c.socket.write(Buffer.from(data));
          },
        }),
      );
      c.holdsSession = !tracker.idle;
    } catch (e) {
      this.#onError(e);
      c.holdsSession = this.#db.isInTransaction();
      c.socket.destroy();
    }
  }

  #close(c: Connection) {
    if (c.closed) return;
    c.closed = true;
    this.#connections.delete(c);
    c.units.length = 0;
    const i = this.#ready.indexOf(c);
    if (i >= 0) this.#ready.splice(i, 1);
    if (this.#owner === c && !this.#pumping) {
      void this.#release(c).then(() => {
        this.#owner = null;
        void this.#pump();
      });
    }
  }

  /** Ends what a vanished client left open, so the next client finds an idle session. */
  async #release(c: Connection) {
    if (!c.holdsSession) return;
    c.holdsSession = false;
    const sync = Uint8Array.of(0x53, 0, 0, 0, 4);
    try {
      await this.#db.runExclusive(async () => {
        await this.#db.execProtocolRawStream(sync, { onRawData: () => {} });
        if (this.#db.isInTransaction()) {
          await this.#db.execProtocolRawStream(simpleQuery("ROLLBACK"), { onRawData: () => {} });
        }
      });
    } catch (e) {
      this.#onError(e);
    }
  }
}

/** A simple Query message. */
function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const head = Buffer.alloc(5);
  head.write("Q", 0);
  head.writeInt32BE(4 + text.length, 1);
  return Buffer.concat([head, text]);
}
