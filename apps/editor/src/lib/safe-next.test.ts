import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps a path on this site", () => {
    expect(safeNext("/claims/C12?tab=history")).toBe("/claims/C12?tab=history");
  });
  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
  ])("refuses %j and goes home instead", (next) => {
    expect(safeNext(next)).toBe("/");
  });
});
