import { describe, expect, it, vi } from "vitest";
import { POST } from "./route";

describe("the editor's auth endpoint", () => {
  it("refuses a 50 MB anonymous body after reading no more than its limit", async () => {
    // Never reached with the limit in place; without it, Better Auth would read it all.
    vi.stubEnv("DATABASE_URL", "postgresql://127.0.0.1:1/none");
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 50 * 1024) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(120));
      },
    });
    // A streamed body needs `duplex`, which the DOM's RequestInit does not list yet.
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://editor.test" },
      body,
      duplex: "half",
    };
    const res = await POST(new Request("http://editor.test/api/auth/sign-in/email", init));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });
});
