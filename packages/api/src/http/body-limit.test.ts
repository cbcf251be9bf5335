import { describe, expect, it } from "vitest";
import { limitBody, limitUrl } from "./body-limit";

/** A body streamed in chunks with no Content-Length, as a chunked upload arrives. */
function chunked(chunks: number, size: number) {
  let sent = 0;
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      if (sent === chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  const req = new Request("http://x.test/api/trpc/a", {
    method: "POST",
    body,
    duplex: "half",
  });
  return { req, pulled: () => pulled };
}

describe("limitBody", () => {
  it("refuses a stated Content-Length over the limit without reading the body", async () => {
    const req = new Request("http://x.test/api/trpc/a", {
      method: "POST",
      body: "x".repeat(2000),
      headers: { "content-length": "2000" },
    });
    const res = await limitBody(req, 1000);
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
    expect(req.bodyUsed).toBe(false);
    const body = (await (res as Response).json()) as { error: { message: string; data: object } };
    expect(body.error.message).toMatch(/larger than this endpoint accepts \(1000 bytes\)/);
    expect(body.error.data).toEqual({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
  });

  it("stops reading a body without a length once it passes the limit", async () => {
    const { req, pulled } = chunked(1000, 1024);
    const res = await limitBody(req, 10 * 1024);
    expect((res as Response).status).toBe(413);
    expect(pulled()).toBeLessThan(20);
  });

  it("passes a body within the limit on, whole and readable", async () => {
    const { req } = chunked(3, 100);
    const out = await limitBody(req, 1000);
    expect(out).toBeInstanceOf(Request);
    expect((await (out as Request).text()).length).toBe(300);
    const get = new Request("http://x.test/api/trpc/a?input=%7B%7D");
    expect(await limitBody(get, 10)).toBe(get);
  });
});

describe("limitUrl", () => {
  it("refuses an address longer than the limit, path and query together", async () => {
    expect(limitUrl(new Request(`http://x.test/a?input=${"x".repeat(50)}`), 100)).toBeNull();
    const res = limitUrl(new Request(`http://x.test/a?input=${"x".repeat(200)}`), 100);
    expect(res?.status).toBe(414);
    expect(((await res!.json()) as { error: { message: string } }).error.message).toMatch(
      /longer than 100 characters/,
    );
  });
});
