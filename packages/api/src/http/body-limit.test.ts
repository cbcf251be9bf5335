import { describe, expect, it } from "vitest";
import { limitBody } from "./body-limit";

const url = "http://app.test/api/thing";

/** A body that arrives in chunks with no Content-Length, and says how much was pulled. */
function chunked(chunks: number, chunkSize: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkSize).fill(120));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("limitBody", () => {
  it("passes a small body through, readable again", async () => {
    const req = new Request(url, { method: "POST", body: JSON.stringify({ a: 1 }) });
    const limited = await limitBody(req, 1024);
    expect(limited.ok).toBe(true);
    if (limited.ok) expect(await limited.request.text()).toBe('{"a":1}');
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const body = chunked(1000, 1024);
    const req = new Request(url, {
      method: "POST",
      body: body.stream,
      headers: { "content-length": String(50 * 1024 * 1024) },
      duplex: "half",
    });
    const limited = await limitBody(req, 1024);
    expect(limited.ok).toBe(false);
    if (!limited.ok) {
      expect(limited.response.status).toBe(413);
      expect(await limited.response.text()).toMatch(/larger than this endpoint accepts/);
    }
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading an undeclared body as soon as it passes the limit", async () => {
    const body = chunked(50 * 1024, 1024); // 50 MB if read whole
    const req = new Request(url, {
      method: "POST",
      body: body.stream,
      duplex: "half",
    });
    const limited = await limitBody(req, 16 * 1024);
    expect(limited.ok).toBe(false);
    expect(body.pulled()).toBeLessThan(20);
  });

  it("leaves a request without a body alone", async () => {
    const req = new Request(url);
    const limited = await limitBody(req, 10);
    expect(limited).toEqual({ ok: true, request: req });
  });
});
