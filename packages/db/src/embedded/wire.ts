// PostgreSQL wire-protocol framing for the embedded server, kept apart from the sockets
// so it can be tested byte by byte. PGlite is one backend session shared by every
// connection, so the server must know where each client's exchange begins and ends (a
// simple Query, or Parse/Bind/Describe/Execute up to Sync) and hand PGlite whole
// exchanges only: messages of two clients never interleave. It also reads PGlite's
// answers far enough to see the last ReadyForQuery status, which says whether the
// session is free again ('I') or still belongs to the client (a transaction, 'T' or
// 'E'; or an answer that did not end in ReadyForQuery, such as after a Flush).

/** Codes of the untyped packets a client may send before its startup message. */
export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;
export const PROTOCOL_3 = 196608;

export type FrontendPacket =
  /** The startup message: its own unit, answered with authentication and ReadyForQuery. */
  | { kind: "startup"; bytes: Uint8Array }
  /** SSL or GSS encryption asked for: the server answers 'N' and the client goes on in plain. */
  | { kind: "encryption-request" }
  /** A cancel request arrives on a connection of its own; PGlite has no backend to signal. */
  | { kind: "cancel" }
  /** A typed message after startup, by its type letter ('P', 'B', 'S', 'Q', 'X', ...). */
  | { kind: "message"; type: string; bytes: Uint8Array };

export class ProtocolError extends Error {}

/** Longest message accepted from a client; PostgreSQL itself refuses more than 1 GiB. */
const MAX_MESSAGE = 1 << 30;

/**
 * Splits a client's byte stream into packets. Before startup the packets are untyped
 * (length, then a code); after it, each message is a type byte, then a length that
 * counts itself but not the type byte.
 */
export class FrontendFramer {
  #buffer: Buffer = Buffer.alloc(0);
  #started = false;

  push(chunk: Uint8Array): FrontendPacket[] {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : Buffer.from(chunk);
    const packets: FrontendPacket[] = [];
    for (;;) {
      const packet = this.#started ? this.#typed() : this.#untyped();
      if (!packet) return packets;
      packets.push(packet);
    }
  }

  #take(length: number): Uint8Array {
    const bytes = new Uint8Array(this.#buffer.subarray(0, length));
    this.#buffer = this.#buffer.subarray(length);
    return bytes;
  }

  #untyped(): FrontendPacket | null {
    if (this.#buffer.length < 8) return null;
    const length = this.#buffer.readInt32BE(0);
    const code = this.#buffer.readInt32BE(4);
    if (length < 8 || length > MAX_MESSAGE) throw new ProtocolError(`bad startup length ${length}`);
    if (this.#buffer.length < length) return null;
    const bytes = this.#take(length);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) return { kind: "encryption-request" };
    if (code === CANCEL_REQUEST) return { kind: "cancel" };
    if (code !== PROTOCOL_3) throw new ProtocolError(`unsupported protocol ${code}`);
    this.#started = true;
    return { kind: "startup", bytes };
  }

  #typed(): FrontendPacket | null {
    if (this.#buffer.length < 5) return null;
    const length = this.#buffer.readInt32BE(1);
    if (length < 4 || length > MAX_MESSAGE) throw new ProtocolError(`bad message length ${length}`);
    if (this.#buffer.length < 1 + length) return null;
    const type = String.fromCharCode(this.#buffer[0] ?? 0);
    return { kind: "message", type, bytes: this.#take(1 + length) };
  }
}

/**
 * Messages after which the client waits for an answer, so the messages gathered so far
 * go to PGlite as one unit: Sync and simple Query end an exchange with ReadyForQuery;
 * FunctionCall too; Flush asks for what is pending without ending it; CopyDone and
 * CopyFail end a COPY's data.
 */
const UNIT_ENDS = new Set(["S", "Q", "F", "H", "c", "f"]);

export function endsUnit(type: string): boolean {
  return UNIT_ENDS.has(type);
}

/**
 * Follows PGlite's answer stream (backend messages: type byte, then a length) across
 * chunk boundaries, and remembers whether the last whole message was ReadyForQuery and
 * with which transaction status.
 */
export class ReadyTracker {
  #head: number[] = [];
  #type = 0;
  #left = 0;
  #atBodyStart = false;
  #status: string | null = null;
  #lastWasReady = false;

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.#head.length < 5) {
        this.#head.push(chunk[i++] ?? 0);
        if (this.#head.length < 5) continue;
        const [type = 0, a = 0, b = 0, c = 0, d = 0] = this.#head;
        this.#type = type;
        this.#left = (((a << 24) | (b << 16) | (c << 8) | d) >>> 0) - 4;
        this.#atBodyStart = true;
        this.#lastWasReady = false;
        if (this.#left <= 0) this.#finish();
        continue;
      }
      if (this.#atBodyStart && this.#type === READY_FOR_QUERY) {
        this.#status = String.fromCharCode(chunk[i] ?? 0);
      }
      this.#atBodyStart = false;
      const n = Math.min(this.#left, chunk.length - i);
      i += n;
      this.#left -= n;
      if (this.#left === 0) this.#finish();
    }
  }

  #finish() {
    this.#lastWasReady = this.#type === READY_FOR_QUERY;
    this.#head = [];
    this.#left = 0;
  }

  /** The session is free for another client: the answer ended in ReadyForQuery 'I'. */
  get idle(): boolean {
    return this.#lastWasReady && this.#status === "I";
  }

  /** Status of the last ReadyForQuery seen: 'I' idle, 'T' in a transaction, 'E' in a failed one. */
  get status(): string | null {
    return this.#status;
  }
}

const READY_FOR_QUERY = 0x5a; // 'Z'
