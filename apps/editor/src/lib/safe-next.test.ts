import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps a path on this site", () => {
    expect(safeNext("/claims/C12?tab=history")).toBe("/claims/C12?tab=history");
    expect(safeNext("/claims/C12#evidence")).toBe("/claims/C12#evidence");
  });
  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    // What `?next=%2F%09%2Fevil.example` decodes to: browsers drop the tab.
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "javascript:alert(1)",
    "claims",
    "",
  ])("refuses %j and goes home instead", (next) => {
    expect(safeNext(next)).toBe("/");
  });
  it("never returns a control character, so the value is safe in a Location header", () => {
    for (const c of ["\n", "\r", "\t", "\0", "\u007f"]) {
      const path = safeNext(`/claims${c}x`);
      expect([...path].every((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f)).toBe(
        true,
      );
    }
  });
  it("refuses a repeated parameter (an array) and anything else that is not a string", () => {
    expect(safeNext(["/claims", "//evil.example"])).toBe("/");
    expect(safeNext(undefined)).toBe("/");
  });
});
