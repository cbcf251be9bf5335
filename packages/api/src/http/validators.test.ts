import { describe, expect, it } from "vitest";
import { etagOf, matchesIfNoneMatch, withValidators } from "./validators";

const policy = { maxAge: 30, staleWhileRevalidate: 300 };
const get = (headers: Record<string, string> = {}) =>
  new Request("http://x.test/api/trpc/claim.byRef", { headers });
const ok = (body: string) =>
  new Response(body, { status: 200, headers: { "content-type": "application/json" } });

describe("withValidators", () => {
  it("gives a good GET answer an ETag of its bytes and a short public cache policy", async () => {
    const res = await withValidators(get(), ok('{"result":1}'), policy);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"result":1}');
    expect(res.headers.get("etag")).toBe(etagOf('{"result":1}'));
    expect(res.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=300");
    expect(res.headers.get("content-type")).toBe("application/json");
  });

  it("answers 304 with no body when the reader already holds those bytes", async () => {
    const etag = etagOf('{"result":1}');
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const res = await withValidators(
        get({ "if-none-match": header }),
        ok('{"result":1}'),
        policy,
      );
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe("");
      expect(res.headers.get("etag")).toBe(etag);
    }
  });

  it("sends the whole answer again once the bytes changed", async () => {
    const stale = etagOf('{"result":1}');
    const res = await withValidators(get({ "if-none-match": stale }), ok('{"result":2}'), policy);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).not.toBe(stale);
  });

  it("never lets an error or a POST be cached", async () => {
    const refused = await withValidators(get(), new Response("{}", { status: 404 }), policy);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("etag")).toBeNull();
    const post = new Request("http://x.test/api/trpc/search", { method: "POST", body: "{}" });
    const posted = await withValidators(post, ok("{}"), policy);
    expect(posted.headers.get("cache-control")).toBe("no-store");
    expect(posted.headers.get("etag")).toBeNull();
  });
});

describe("matchesIfNoneMatch", () => {
  it("matches only the same tag", () => {
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
    expect(matchesIfNoneMatch('"b"', '"a"')).toBe(false);
    expect(matchesIfNoneMatch('"b", W/"a"', '"a"')).toBe(true);
  });
});
