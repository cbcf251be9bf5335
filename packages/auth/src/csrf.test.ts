import { describe, expect, it } from "vitest";
import { isSameOriginMutation } from "./csrf";

const EDITOR = "https://editor.example.org";

function post(headers: Record<string, string>, method = "POST") {
  return new Request(`${EDITOR}/api/trpc/claim.approve`, { method, headers });
}

describe("isSameOriginMutation", () => {
  it.each([
    ["a POST from the editor's own origin", { origin: EDITOR }, true],
    ["the same origin written with a trailing slash", { origin: `${EDITOR}/` }, true],
    ["a POST from another site", { origin: "https://evil.example" }, false],
    ["a POST from a sibling subdomain", { origin: "https://news.example.org" }, false],
    ["a POST from plain http on the same host", { origin: "http://editor.example.org" }, false],
    ["a sandboxed frame (Origin: null)", { origin: "null" }, false],
    ["no Origin but Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }, true],
    ["no Origin and Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }, false],
    ["no Origin and Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }, false],
    ["neither header", {}, false],
    [
      "a foreign Origin even if Sec-Fetch-Site claims same-origin",
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
      false,
    ],
    ["a bearer-token request from anywhere", { authorization: "Bearer at_abc" }, true],
    [
      "a malformed Authorization header is no exemption",
      { authorization: "Basic abc", origin: "https://evil.example" },
      false,
    ],
  ])("%s: %s", (_name, headers, expected) => {
    expect(isSameOriginMutation(post(headers), [EDITOR])).toBe(expected);
  });

  it("lets reads through: they change nothing", () => {
    expect(isSameOriginMutation(post({ origin: "https://evil.example" }, "GET"), [EDITOR])).toBe(
      true,
    );
  });

  it("refuses everything when no origin is allowed", () => {
    expect(isSameOriginMutation(post({ origin: EDITOR }), [])).toBe(false);
  });
});
