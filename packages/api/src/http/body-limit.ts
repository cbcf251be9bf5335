// Every request body is bounded before anything parses it. A stated Content-Length over the
// limit is refused unread; a body without one (chunked) is read only up to the limit, then
// cancelled. Written for the Fetch API's Request, so any route handler can use it: the
// apps' /api/trpc handlers do, and /api/auth and the other routes may.
import { errorResponse } from "./error-response";

/** Returns the request, with its body read into memory, or a 413 answer if it is too large. */
export async function limitBody(req: Request, maxBytes: number): Promise<Request | Response> {
  const tooLarge = () =>
    errorResponse(
      413,
      "PAYLOAD_TOO_LARGE",
      `The request body is larger than this endpoint accepts (${maxBytes} bytes)`,
    );
  const stated = req.headers.get("content-length");
  if (stated !== null && !(Number(stated) <= maxBytes)) return tooLarge();
  if (!req.body) return req;

  const reader: ReadableStreamDefaultReader<Uint8Array> = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new Request(req.url, { method: req.method, headers, body, signal: req.signal });
}

/** Refuses a request whose address (path and query) is longer than `maxLength` characters. */
export function limitUrl(req: Request, maxLength: number): Response | null {
  const url = new URL(req.url);
  return url.pathname.length + url.search.length > maxLength
    ? errorResponse(
        414,
        "BAD_REQUEST",
        `The request's address is longer than ${maxLength} characters`,
      )
    : null;
}
