// A ceiling on request bodies, checked before anything parses them: a Content-Length over it
// is refused at once, and a body without one (chunked) is read only until it passes it. Route
// handlers call it first, so a 50 MB post to an anonymous endpoint costs at most the limit.
import type { ReadableStreamReadResult } from "node:stream/web";

/** What most JSON endpoints need: well above any form here, far below a memory problem. */
export const DEFAULT_BODY_LIMIT = 100 * 1024;

export type LimitedBody = { ok: true; request: Request } | { ok: false; response: Response };

function tooLarge(maxBytes: number): Response {
  return Response.json(
    { error: `The request body is larger than this endpoint accepts (${maxBytes} bytes).` },
    { status: 413, headers: { connection: "close" } },
  );
}

/**
 * The request with its body read into memory, if it is at most `maxBytes`; otherwise a 413
 * answer to send instead. Requests without a body pass through untouched.
 */
export async function limitBody(
  request: Request,
  maxBytes = DEFAULT_BODY_LIMIT,
): Promise<LimitedBody> {
  if (!request.body) return { ok: true, request };
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) {
    await request.body.cancel().catch(() => undefined);
    return { ok: false, response: tooLarge(maxBytes) };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = (await reader.read()) as ReadableStreamReadResult<Uint8Array>;
    if (chunk.done) break;
    const value = chunk.value;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(size));
  return {
    ok: true,
    request: new Request(request.url, {
      method: request.method,
      headers,
      body,
      signal: request.signal,
    }),
  };
}
