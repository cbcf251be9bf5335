// The embedded server's framing: where a client's packets begin and end, whatever the
// chunks the socket hands over, and when PGlite's answer gives the session back.
import { describe, expect, it } from "vitest";
import {
  FrontendFramer,
  ProtocolError,
  ReadyTracker,
  endsUnit,
  PROTOCOL_3,
  SSL_REQUEST,
} from "./wire";

function untyped(code: number, body = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + body.length, 0);
  head.writeInt32BE(code, 4);
  return Buffer.concat([head, body]);
}

function typed(type: string, body: string | Buffer = ""): Buffer {
  const payload = typeof body === "string" ? Buffer.from(body) : body;
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(4 + payload.length, 1);
  return Buffer.concat([head, payload]);
}

const startup = untyped(PROTOCOL_3, Buffer.from("user\0postgres\0database\0postgres\0\0"));
// What `pg` sends for one parameterised query: Parse, Bind, Describe, Execute, Sync.
const extended = [
  typed("P", "\0SELECT $1::int\0\0\0"),
  typed("B", "\0\0\0\0\0\x01\0\0\0\x011\0\0"),
  typed("D", "P\0"),
  typed("E", "\0\0\0\0\0"),
  typed("S"),
];

function describePackets(framer: FrontendFramer, bytes: Buffer, chunk: number) {
  const out = [];
  for (let i = 0; i < bytes.length; i += chunk) {
    for (const p of framer.push(bytes.subarray(i, i + chunk))) {
      out.push(p.kind === "message" ? `${p.type}:${p.bytes.length}` : p.kind);
    }
  }
  return out;
}

describe("FrontendFramer", () => {
  const stream = Buffer.concat([
    untyped(SSL_REQUEST),
    startup,
    ...extended,
    typed("Q", "select 1\0"),
    typed("X"),
  ]);
  const expected = [
    "encryption-request",
    "startup",
    ...extended.map((m) => `${String.fromCharCode(m[0] ?? 0)}:${m.length}`),
    "Q:14",
    "X:5",
  ];

  it("finds the same packets whether they come whole, byte by byte or in odd pieces", () => {
    for (const chunk of [stream.length, 1, 3, 7, 64]) {
      expect(describePackets(new FrontendFramer(), stream, chunk)).toEqual(expected);
    }
  });

  it("hands back each message's own bytes", () => {
    const framer = new FrontendFramer();
    framer.push(startup);
    const packets = framer.push(Buffer.concat(extended));
    expect(packets.map((p) => (p.kind === "message" ? Buffer.from(p.bytes) : null))).toEqual(
      extended,
    );
  });

  it("recognises a cancel request and refuses a protocol it does not speak", () => {
    expect(describePackets(new FrontendFramer(), untyped(80877102, Buffer.alloc(8)), 16)).toEqual([
      "cancel",
    ]);
    expect(() => new FrontendFramer().push(untyped(131072))).toThrow(ProtocolError);
    const framer = new FrontendFramer();
    framer.push(startup);
    expect(() => framer.push(Buffer.from([0x51, 0, 0, 0, 1]))).toThrow(ProtocolError);
  });

  it("ends a unit where the client waits for an answer, and only there", () => {
    expect(extended.map((m) => endsUnit(String.fromCharCode(m[0] ?? 0)))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    for (const t of ["Q", "S", "H", "F", "c", "f"]) expect(endsUnit(t)).toBe(true);
  });
});

describe("ReadyTracker", () => {
  const ready = (status: string) => typed("Z", status);
  const answer = (status: string) =>
    Buffer.concat([
      typed("1"),
      typed("2"),
      typed("T", Buffer.alloc(30)),
      typed("D", Buffer.alloc(40)),
      typed("C", "SELECT 1\0"),
      ready(status),
    ]);

  it("sees the status of the last ReadyForQuery, across any chunking", () => {
    for (const [status, idle] of [
      ["I", true],
      ["T", false],
      ["E", false],
    ] as const) {
      for (const chunk of [1, 2, 5, 6, 1000]) {
        const t = new ReadyTracker();
        const bytes = answer(status);
        for (let i = 0; i < bytes.length; i += chunk) t.push(bytes.subarray(i, i + chunk));
        expect([t.status, t.idle]).toEqual([status, idle]);
      }
    }
  });

  it("keeps the session with the client when the answer does not end in ReadyForQuery", () => {
    const t = new ReadyTracker();
    t.push(Buffer.concat([ready("I"), typed("1"), typed("2")]));
    expect(t.idle).toBe(false);
    t.push(ready("I"));
    expect(t.idle).toBe(true);
  });
});
